package io.github.acplan.examples.cli;

import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.monitoring.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed option values of {@code acplan}: picocli converts them before a command runs, so a malformed
 * date or period is a usage error ("Invalid value for option '--from': …") with a pointer to
 * {@code --help}, never a command's own parsing.
 */
final class Converters {
  private Converters() {}

  /** Registers every converter on a command line and its subcommands (call after adding them). */
  static void register(CommandLine cmd) {
    cmd.registerConverter(LocalDate.class, Converters::date);
    cmd.registerConverter(PlanPeriod.class, Converters::planPeriod);
    cmd.registerConverter(ReportingPeriod.class, Converters::reportingPeriod);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2020-04-16");
    }
  }

  /** The library's message says what was found and what is expected. */
  static PlanPeriod planPeriod(String text) {
    try {
      return PlanPeriod.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  static ReportingPeriod reportingPeriod(String text) {
    try {
      return ReportingPeriod.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** The language of a command's text: {@code uk} (the default everywhere) or {@code en}. */
  enum Lang {
    uk, en;

    Locale locale() {
      return Locale.forLanguageTag(name());
    }
  }

  /**
   * An option value written as a word with a hyphen ("half-year"), which an enum constant cannot spell:
   * the enum gives its words, and {@link WordConverter} reads them.
   */
  interface Word {
    /** The word on the command line. */
    String word();
  }

  /** Reads an enum of {@link Word}s by its words, ignoring case and surrounding spaces. */
  abstract static class WordConverter<E extends Enum<E> & Word> implements ITypeConverter<E> {
    private final Class<E> type;

    WordConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      String wanted = value.strip().toLowerCase(Locale.ROOT);
      StringBuilder words = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        if (e.word().equals(wanted)) {
          return e;
        }
        words.append(words.length() == 0 ? "" : ", ").append(e.word());
      }
      throw new TypeConversionException("'" + value + "' is not one of " + words);
    }
  }
}
