package io.github.acplan.serialization.text;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a plan in the table text that {@link PlanTextReader} reads: the approval block, the title block,
 * one header row and the row of column numbers, one TAB-separated line per section heading and per
 * measure (no page breaks, so no continuation rows), and the signatory.
 *
 * <p>Cell values are written so that they read back unchanged: line breaks as {@code <br>}, the
 * characters {@code & < > |} and any white space that reading would collapse as character references,
 * several indicators (expected results) as a {@code <ul><li>} list. Reading what this class wrote gives
 * back an equal plan, provided the plan's deadlines and responsible cells are what the reader makes of
 * their texts, and its title, body, approval and signatory texts are plain one-line texts that do not
 * themselves look like a period ("на 2020 рік") or an approval.
 *
 * <p>The format is the published table of a plan of measures: it has no columns for an anti-corruption
 * programme's risk register, resources or deadlines per year. Rather than drop them silently, the writer
 * refuses a plan that has any of them (write such a programme as JSON); a programme without them is
 * written as its table and reads back as a plan of {@link io.github.acplan.core.PlanKind#PLAN} kind.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanTextWriter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private static final PlanTextWriter STANDARD = new PlanTextWriter();

  private PlanTextWriter() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static PlanTextWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a plan to a string, lines ending with LF.
   *
   * @param plan the plan
   * @return the text
   * @throws IllegalArgumentException if the plan has a risk register, resources or deadlines per year,
   *     which the format cannot hold
   */
  public String write(Plan plan) {
    StringBuilder sb = new StringBuilder();
    try {
      write(plan, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /**
   * Writes a plan, lines ending with LF.
   *
   * @param plan the plan
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if the plan has a risk register, resources or deadlines per year,
   *     which the format cannot hold; nothing is written then
   */
  public void write(Plan plan, Appendable out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    refuseWhatTheTableCannotHold(plan);
    if (plan.approval().isPresent() && plan.approval().get().kind() == ActKind.SIGNATURE) {
      // "ЗАТВЕРДЖУЮ", the head's position, the signature's line with the name, the date
      Approval a = plan.approval().get();
      line(out, "ЗАТВЕРДЖУЮ");
      line(out, CellMarkup.encode(a.authority()));
      line(out, "__________ " + CellMarkup.encode(a.signedBy()));
      line(out, DATE.format(a.date()));
      line(out, "");
    } else if (plan.approval().isPresent()) {
      Approval a = plan.approval().get();
      line(out, "Додаток");
      line(out, "до " + genitive(a.kind()) + (a.authority().isEmpty() ? "" : " "
          + CellMarkup.encode(a.authority())));
      line(out, "від " + DATE.format(a.date()) + " № " + CellMarkup.encode(a.number()));
      line(out, "");
    }
    line(out, CellMarkup.encode(plan.title()));
    if (!plan.body().isEmpty()) {
      line(out, CellMarkup.encode(plan.body()));
    }
    line(out, period(plan.period()));
    line(out, "");
    List<String> header = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (Column c : PlanTextReader.STANDARD_LAYOUT) {
      header.add(c.header);
      numbers.add(Integer.toString(numbers.size() + 1));
    }
    line(out, String.join("\t", header));
    line(out, String.join("\t", numbers));
    for (Section s : plan.sections()) {
      line(out, s.number() + "." + (s.title().isEmpty() ? "" : " " + CellMarkup.encode(s.title()))
          + "\t\t\t\t\t");
      for (Measure m : s.measures()) {
        List<String> indicators = m.indicators().stream().map(Indicator::text).toList();
        List<String> results = m.expectedResults().stream().map(ExpectedResult::text).toList();
        line(out, String.join("\t", m.number().toString(), CellMarkup.encode(m.name()),
            CellMarkup.encode(m.deadline().text()), CellMarkup.encode(m.responsible().text()),
            CellMarkup.encodeItems(indicators), CellMarkup.encodeItems(results)));
      }
    }
    if (plan.signatory().isPresent()) {
      Signatory s = plan.signatory().get();
      line(out, "");
      line(out, CellMarkup.encode(s.position()));
      line(out, "");
      line(out, CellMarkup.encode(s.name()));
    }
  }

  private static void refuseWhatTheTableCannotHold(Plan plan) {
    String lost = null;
    if (!plan.risks().isEmpty()) {
      lost = "a risk register of " + plan.risks().size() + " risk(s)";
    } else {
      for (Measure m : plan.measures()) {
        if (!m.resources().isEmpty()) {
          lost = "resources in measure " + m.number();
          break;
        }
        if (!m.yearlyDeadlines().isEmpty()) {
          lost = "deadlines per year in measure " + m.number();
          break;
        }
      }
    }
    if (lost != null) {
      throw new IllegalArgumentException("The plan text format has no place for " + lost
          + " of this " + plan.kind().english() + "; write it as JSON instead");
    }
  }

  private static String genitive(ActKind kind) {
    // "Додаток до <act in the genitive>": до розпорядження, до наказу, до рішення.
    return kind == ActKind.NAKAZ ? "наказу" : kind.ukrainian();
  }

  private static String period(PlanPeriod period) {
    return period.isSingleYear() ? "на " + period.firstYear() + " рік"
        : "на " + period.firstYear() + "-" + period.lastYear() + " роки";
  }

  private static void line(Appendable out, String s) throws IOException {
    out.append(s).append('\n');
  }
}
