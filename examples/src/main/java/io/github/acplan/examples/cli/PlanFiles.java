package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import io.github.acplan.serialization.text.RiskRegisterTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the plan files named on the command line, the same way for every subcommand.
 *
 * <p>A name ending in {@code .json} is JSON; {@code .txt} or {@code .tsv} is the published table text;
 * any other name, and {@code -} (standard input), is JSON if its first character is "{". The bytes must
 * be UTF-8 (a leading byte-order mark is allowed).
 */
final class PlanFiles {
  private PlanFiles() {}

  /** A file that cannot be read or is not a plan; the message names the file and the place. */
  static final class BadPlanException extends Exception {
    private static final long serialVersionUID = 1L;

    BadPlanException(String message) {
      super(message);
    }
  }

  /** A plan read from a file, with the reader's warnings (always empty for JSON). */
  record Loaded(String name, Plan plan, List<ReadWarning> warnings) {}

  /** Reads a plan, ignoring the text reader's warnings. */
  static Plan read(Path file) throws BadPlanException {
    return load(file.toString(), InputStream.nullInputStream()).plan();
  }

  /**
   * Reads a plan from a file name, or from {@code stdin} if the name is "-".
   *
   * @throws BadPlanException with one line: the file, the line or JSON path, and what was expected
   */
  static Loaded load(String file, InputStream stdin) throws BadPlanException {
    return load(file, stdin, false);
  }

  /**
   * Reads a plan as {@link #load(String, InputStream)}, or, with {@code register}, table text as a
   * programme's risk register ({@link RiskRegisterTextReader}); JSON is JSON either way.
   *
   * @throws BadPlanException with one line: the file, the line or JSON path, and what was expected
   */
  static Loaded load(String file, InputStream stdin, boolean register) throws BadPlanException {
    String name = file.equals("-") ? "<stdin>" : file;
    String text;
    try {
      byte[] bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadPlanException(name + ": not UTF-8 text; expected a plan in UTF-8");
    } catch (IOException | RuntimeException e) {
      throw new BadPlanException(name + ": cannot read the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      if (isJson(file, text)) {
        return new Loaded(name, PlanJson.standard().read(text), List.of());
      }
      ReadResult result = register ? RiskRegisterTextReader.standard().read(text) : PlanTextReader.read(text);
      return new Loaded(name, result.plan(), result.warnings());
    } catch (PlanFormatException e) {
      throw new BadPlanException(name + ": " + e.getMessage().replace('\n', ' ').replace('\r', ' '));
    }
  }

  /** Tells JSON from table text by the file's extension, or else by its first character. */
  static boolean isJson(String file, String text) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return true;
    }
    if (lower.endsWith(".txt") || lower.endsWith(".tsv")) {
      return false;
    }
    return text.stripLeading().startsWith("{");
  }

  static Locale language(String lang) throws BadPlanException {
    if ("uk".equals(lang) || "en".equals(lang)) {
      return Locale.forLanguageTag(lang);
    }
    throw new BadPlanException("--lang must be uk or en, got '" + lang + "'");
  }
}
