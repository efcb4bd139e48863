package io.github.acplan.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A statutory holiday ("святковий або неробочий день", Labour Code of Ukraine, art. 73) on one date.
 *
 * <p>Being a holiday is not the same as being a day off: under martial law (Law No. 2136-IX) holidays stay
 * holidays but people work on them, and a holiday on a Sunday is a day off because it is a Sunday. Ask a
 * {@link WorkingCalendar} whether a day is a day off. This record is immutable and thread-safe.
 *
 * @param date the date of the holiday
 * @param ukrainianName the name as written in art. 73 at that time, e.g. "Новий рік"
 * @param englishName an English name, e.g. "New Year's Day"
 */
public record Holiday(LocalDate date, String ukrainianName, String englishName)
    implements Comparable<Holiday> {

  private static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::date)
      .thenComparing(Holiday::ukrainianName);

  /**
   * Checks the components.
   *
   * @param date the date of the holiday
   * @param ukrainianName the name as written in art. 73 at that time, e.g. "Новий рік"
   * @param englishName an English name, e.g. "New Year's Day"
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a name is blank
   */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(ukrainianName, "ukrainianName");
    Objects.requireNonNull(englishName, "englishName");
    if (ukrainianName.isBlank() || englishName.isBlank()) {
      throw new IllegalArgumentException("A holiday on " + date + " needs both names, got '"
          + ukrainianName + "' / '" + englishName + "'");
    }
  }

  /**
   * Orders holidays by date, then by Ukrainian name.
   *
   * @param other the holiday to compare with
   * @return negative, zero or positive as this holiday comes before, with or after {@code other}
   */
  @Override
  public int compareTo(Holiday other) {
    return ORDER.compare(this, other);
  }
}
