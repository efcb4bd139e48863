package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the plan files named on the command line: JSON if the name ends in ".json", else plan text. */
final class PlanFiles {
  private PlanFiles() {}

  /** A file that cannot be read or is not a plan; the message names the file and the place. */
  static final class BadPlanException extends Exception {
    private static final long serialVersionUID = 1L;

    BadPlanException(String message) {
      super(message);
    }
  }

  static Plan read(Path file) throws BadPlanException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadPlanException(file + ": cannot read (" + e.getMessage() + ")");
    }
    try {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        return PlanJson.standard().read(text);
      }
      return PlanTextReader.read(text).plan();
    } catch (PlanFormatException e) {
      throw new BadPlanException(file + ": " + e.getMessage());
    }
  }

  static Locale language(String lang) throws BadPlanException {
    if ("uk".equals(lang) || "en".equals(lang)) {
      return Locale.forLanguageTag(lang);
    }
    throw new BadPlanException("--lang must be uk or en, got '" + lang + "'");
  }
}
