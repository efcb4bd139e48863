package io.github.acplan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Names of days and dates, fixed here so that the wording does not depend on the JDK's locale data. */
final class DayWords {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);
  private static final String[] UK = {
      "Понеділок", "Вівторок", "Середа", "Четвер", "П\u02bcятниця", "Субота", "Неділя"};
  private static final String[] EN = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private DayWords() {}

  static String dayUk(DayOfWeek day) {
    return UK[day.ordinal()];
  }

  static String dayEn(DayOfWeek day) {
    return EN[day.ordinal()];
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A day named with its weekday, "субота 16.01.2021" or "Saturday 16.01.2021". */
  static String dayAndDate(LocalDate date, boolean ukrainian) {
    return (ukrainian ? dayUk(date.getDayOfWeek()).toLowerCase(Locale.ROOT) : dayEn(date.getDayOfWeek()))
        + " " + date(date);
  }

  static void check(Holiday holiday, String ukrainianBasis, String englishBasis) {
    Objects.requireNonNull(holiday, "holiday");
    Objects.requireNonNull(ukrainianBasis, "ukrainianBasis");
    Objects.requireNonNull(englishBasis, "englishBasis");
    if (ukrainianBasis.isBlank() || englishBasis.isBlank()) {
      throw new IllegalArgumentException("The holiday " + holiday + " needs its legal basis in both "
          + "languages");
    }
  }
}
