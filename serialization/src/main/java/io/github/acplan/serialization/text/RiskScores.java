package io.github.acplan.serialization.text;

import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.PlanFormatException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a register's probability and consequence scores (numbers, level words, or both) and checks the
 * written level against the level the scores give, on one {@link RiskScale}.
 */
final class RiskScores {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern NUMBER_AND_WORD =
      Pattern.compile("(\\d{1,4})\\s*[(\\-–—:,]?\\s*(\\p{L}[\\p{L}'’ʼ\\s]*?)\\s*\\)?\\.?");
  private static final Pattern WORD_AND_NUMBER =
      Pattern.compile("(\\p{L}[\\p{L}'’ʼ\\s]*?)\\s*[(\\-–—:,]?\\s*(\\d{1,4})\\s*\\)?\\.?");

  private final RiskScale scale;
  private final Findings findings;

  RiskScores(RiskScale scale, Findings findings) {
    this.scale = scale;
    this.findings = findings;
  }

  /**
   * Reads a score: a number is kept as written; a number with a word keeps the number, with a warning if
   * the word disagrees; a word is scored on the scale; an empty cell is 0 with a warning.
   *
   * @throws PlanFormatException if the cell is neither a number nor a level word
   */
  int score(RiskDraft r, RegisterColumn column, String what) throws PlanFormatException {
    RegisterCell cell = r.cells.get(column);
    String text = cell == null ? "" : cell.text().replace('\n', ' ').strip();
    if (text.isEmpty()) {
      findings.warn(r.line, "risk " + r.id + ": no " + what + " score; kept as 0, which is "
          + "off the scale (the validator reports it)");
      return 0;
    }
    if (NUMBER.matcher(text).matches()) {
      return Integer.parseInt(text);
    }
    Matcher nw = NUMBER_AND_WORD.matcher(text);
    Matcher wn = WORD_AND_NUMBER.matcher(text);
    String numberText = null;
    String word = null;
    if (nw.matches()) {
      numberText = nw.group(1);
      word = nw.group(2);
    } else if (wn.matches()) {
      word = wn.group(1);
      numberText = wn.group(2);
    }
    if (numberText != null && word != null) {
      int score = Integer.parseInt(numberText);
      Optional<RiskLevel> level = RiskLevel.fromText(word);
      if (level.isEmpty() || scale.scoreOf(level.get()) != score) {
        findings.warn(cell.line, "risk " + r.id + ": the " + what + " \"" + text + "\" "
            + (level.isEmpty() ? "has a word that names no level" : "has a word scored "
                + scale.scoreOf(level.get()) + " on the scale " + scale) + "; the number " + score
            + " is kept");
      }
      return score;
    }
    Optional<RiskLevel> level = RiskLevel.fromText(text);
    if (level.isPresent()) {
      return scale.scoreOf(level.get());
    }
    throw new PlanFormatException(findings.at(cell.line, cell.column), "risk " + r.id + ": the " + what
        + " score \"" + CellText.abbreviate(text) + "\" is neither a number nor a level (expected e.g. "
        + "\"2\", \"висока\", \"середній\", \"низька\")");
  }

  /**
   * Compares the written level ("високий", "6 (високий)", or the product "6") with the one the scores
   * give; a difference, or a level not understood, is a warning (the model computes the level).
   */
  void checkLevel(RiskDraft r, int probability, int consequence) {
    RegisterCell cell = r.cells.get(RegisterColumn.LEVEL);
    String text = cell == null ? "" : cell.text().replace('\n', ' ').strip();
    if (text.isEmpty()) {
      return;
    }
    Optional<RiskLevel> computed = scale.level(probability, consequence);
    String computedText = computed.map(l -> l.ukrainian() + " (" + l.id() + ")")
        .orElse("none, a score being off the scale " + scale);
    Matcher numberFirst = NUMBER_AND_WORD.matcher(text);
    Optional<RiskLevel> written = RiskLevel.fromText(numberFirst.matches() ? numberFirst.group(2) : text);
    if (written.isPresent()) {
      if (!computed.equals(written)) {
        findings.warn(cell.line, "risk " + r.id + ": the written level \"" + text
            + "\" differs from the level computed from the scores " + probability + " × " + consequence
            + ": " + computedText + "; the written level is not kept");
      }
    } else if (NUMBER.matcher(text).matches()) {
      int product = Integer.parseInt(text);
      if (product != probability * consequence) {
        findings.warn(cell.line, "risk " + r.id + ": the written level " + product
            + " is not the product of the scores " + probability + " × " + consequence + " = "
            + probability * consequence + "; the written level is not kept");
      }
    } else {
      findings.warn(cell.line, "risk " + r.id + ": the written level \""
          + CellText.abbreviate(text) + "\" names no level and is not kept; the level computed from "
          + "the scores is " + computedText);
    }
  }
}
