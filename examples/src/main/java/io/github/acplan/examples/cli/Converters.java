package io.github.acplan.examples.cli;

import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Worded;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.monitoring.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
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
    // Picocli looks up registered converters before its own reading of enums by constant name.
    cmd.registerConverter(PeriodUnit.class, worded(PeriodUnit.class));
    cmd.registerConverter(DeadlineCommand.Shift.class, worded(DeadlineCommand.Shift.class));
    cmd.registerConverter(DeadlineCommand.Until.class, worded(DeadlineCommand.Until.class));
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
   * Reads an enum's constant by its {@linkplain Worded#id() identifier} (the word on the command line, as
   * in JSON: "half-year"), in any case and with spaces around it; anything else is a usage error that
   * lists the identifiers. One converter for every {@link Worded} enum, so that an option never keeps a
   * second list of words beside the enum's own.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @return the converter
   */
  static <E extends Enum<E> & Worded> ITypeConverter<E> worded(Class<E> type) {
    return text -> Worded.byId(type, text).orElseThrow(() -> new TypeConversionException(
        "'" + text + "' is not one of " + ids(type)));
  }

  /** The identifiers of an enum's constants, "month|quarter|half-year|year", as usage lines show them. */
  static <E extends Enum<E> & Worded> String ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Worded::id).collect(Collectors.joining("|"));
  }
}
