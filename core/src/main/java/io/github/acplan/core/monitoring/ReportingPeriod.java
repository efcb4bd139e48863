package io.github.acplan.core.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A period of a monitoring report: a quarter, a half-year, nine months or a year of one calendar year.
 *
 * <p>Quarters and half-years count from 1 January (Civil Code of Ukraine, art. 254 part 2). The first
 * half-year, nine months and the year are cumulative, as execution reports are: "за 9 місяців 2020 року"
 * covers January to September. {@link #toString()} gives "2020-Q1", "2020-H1", "2020-H2", "2020-9M" or
 * "2020", which {@link #parse(CharSequence)} reads back. This class is immutable and thread-safe.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** The length of a reporting period within its year. */
  public enum Span {
    /** January to March. */
    Q1("Q1", 1, 3, "I квартал", "Q1"),
    /** April to June. */
    Q2("Q2", 4, 6, "II квартал", "Q2"),
    /** July to September. */
    Q3("Q3", 7, 9, "III квартал", "Q3"),
    /** October to December. */
    Q4("Q4", 10, 12, "IV квартал", "Q4"),
    /** January to June: "I півріччя". */
    H1("H1", 1, 6, "I півріччя", "the first half of"),
    /** July to December: "II півріччя". */
    H2("H2", 7, 12, "II півріччя", "the second half of"),
    /** January to September: "9 місяців". */
    NINE_MONTHS("9M", 1, 9, "9 місяців", "nine months of"),
    /** January to December. */
    YEAR("", 1, 12, "", "");

    private final String id;
    private final int firstMonth;
    private final int lastMonth;
    private final String ukrainian;
    private final String english;

    Span(String id, int firstMonth, int lastMonth, String ukrainian, String english) {
      this.id = id;
      this.firstMonth = firstMonth;
      this.lastMonth = lastMonth;
      this.ukrainian = ukrainian;
      this.english = english;
    }

    /**
     * Returns the suffix of the period's identifier.
     *
     * @return "Q1" … "Q4", "H1", "H2", "9M", or "" for the year
     */
    public String id() {
      return id;
    }
  }

  /** Days after the period's end to submit a report (NAZK order No. 134/23, section IV point 1). */
  private static final int SUBMISSION_DAYS = 15;

  private final int year;
  private final Span span;

  private ReportingPeriod(int year, Span span) {
    this.year = year;
    this.span = span;
  }

  /**
   * Returns a period.
   *
   * @param year the calendar year, 1991 to 2100
   * @param span which part of it
   * @return the period
   * @throws IllegalArgumentException if the year is outside 1991..2100
   */
  public static ReportingPeriod of(int year, Span span) {
    Objects.requireNonNull(span, "span");
    if (year < 1991 || year > 2100) {
      throw new IllegalArgumentException("A reporting year is between 1991 and 2100, got " + year);
    }
    return new ReportingPeriod(year, span);
  }

  /**
   * Returns the whole year.
   *
   * @param year the calendar year
   * @return the period
   * @throws IllegalArgumentException if the year is outside 1991..2100
   */
  public static ReportingPeriod ofYear(int year) {
    return of(year, Span.YEAR);
  }

  /**
   * Reads "2020-Q1" … "2020-Q4", "2020-H1", "2020-H2", "2020-9M", "2020" or "2020-Y", in any case.
   *
   * @param text the period
   * @return the period
   * @throws IllegalArgumentException if the text is none of these forms
   */
  public static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip().toUpperCase(Locale.ROOT);
    int dash = s.indexOf('-');
    String yearText = dash < 0 ? s : s.substring(0, dash);
    String suffix = dash < 0 ? "" : s.substring(dash + 1);
    if (yearText.length() == 4 && yearText.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int year = Integer.parseInt(yearText);
      if (suffix.equals("Y")) {
        suffix = "";
      }
      for (Span span : Span.values()) {
        if (span.id.equals(suffix) && (dash < 0) == suffix.isEmpty()) {
          return of(year, span);
        }
      }
    }
    throw new IllegalArgumentException("Not a reporting period: \"" + text
        + "\" (expected 2020-Q1 … 2020-Q4, 2020-H1, 2020-H2, 2020-9M or 2020)");
  }

  /**
   * Returns the calendar year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns which part of the year this is.
   *
   * @return the span
   */
  public Span span() {
    return span;
  }

  /**
   * Returns the first day of the period.
   *
   * @return e.g. 2020-01-01 for 2020-H1
   */
  public LocalDate startInclusive() {
    return LocalDate.of(year, span.firstMonth, 1);
  }

  /**
   * Returns the last day of the period.
   *
   * @return e.g. 2020-06-30 for 2020-H1
   */
  public LocalDate endInclusive() {
    return YearMonth.of(year, span.lastMonth).atEndOfMonth();
  }

  /**
   * Returns the day whose state a report on this period gives: its last day. The NAZK's monitoring of
   * the State Anti-Corruption Programme reports each measure "станом на" the last day of a quarter (31
   * March, 30 June, 30 September, 31 December; https://dap.nazk.gov.ua/monitoring-info/), and a report
   * "за I півріччя" gives the state on 30 June. This is the "as of" date; the day the report is due is
   * {@link #submissionDue()}, which is later.
   *
   * @return the same day as {@link #endInclusive()}
   */
  public LocalDate asOf() {
    return endInclusive();
  }

  /**
   * Returns the last day on which a report on this period may be submitted, by the calendar: 15 days
   * after the period's last day. Executors of the State Anti-Corruption Programme report quarterly "не
   * пізніше 15 днів після закінчення кварталу" (NAZK order No. 134/23 of 28.06.2023, section IV point 1);
   * the NAZK's own monitoring of a quarter starts on the 16th of the next month (16 April, 16 July, 16
   * October, 16 January: https://dap.nazk.gov.ua/monitoring-info/). A half-year, nine months or a year
   * ends with a quarter, so the same term applies. A term of days is a строк, so if this day is a day off
   * the report is due on the next working day (Civil Code of Ukraine, art. 254 part 5); the
   * {@linkplain ExecutionMonitor#submissionDue(ReportingPeriod) monitor} applies that with its calendar.
   *
   * @return e.g. 2020-07-15 for 2020-H1 and 2020-Q2, 2021-01-15 for 2020
   */
  public LocalDate submissionDue() {
    return endInclusive().plusDays(SUBMISSION_DAYS);
  }

  /**
   * Tells whether a date falls in the period.
   *
   * @param date the date
   * @return true if {@code startInclusive() <= date <= endInclusive()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startInclusive()) && !date.isAfter(endInclusive());
  }

  /**
   * Tells whether another period lies wholly inside this one: 2020-Q2 is inside 2020-H1.
   *
   * @param other the other period
   * @return true if every day of {@code other} is in this period
   */
  public boolean encloses(ReportingPeriod other) {
    return contains(other.startInclusive()) && contains(other.endInclusive());
  }

  /**
   * Returns the Ukrainian phrase used in a report's title.
   *
   * @return e.g. "за I півріччя 2020 року", "за 9 місяців 2020 року", "за 2020 рік"
   */
  public String ukrainianPhrase() {
    return span == Span.YEAR ? "за " + year + " рік" : "за " + span.ukrainian + " " + year + " року";
  }

  /**
   * Returns the English phrase used in a report's title.
   *
   * @return e.g. "for the first half of 2020", "for Q3 2020", "for 2020"
   */
  public String englishPhrase() {
    return span == Span.YEAR ? "for " + year : "for " + span.english + " " + year;
  }

  /**
   * Orders periods by their last day, then by their first day (so 2020-Q2 comes before 2020-H1, which
   * ends the same day but starts earlier).
   *
   * @param other the other period
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    int byEnd = endInclusive().compareTo(other.endInclusive());
    return byEnd != 0 ? byEnd : other.startInclusive().compareTo(startInclusive());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportingPeriod reportingPeriod && reportingPeriod.year == year
        && reportingPeriod.span == span;
  }

  @Override
  public int hashCode() {
    return year * 31 + span.hashCode();
  }

  /**
   * Returns "2020-H1", "2020-9M", "2020" and so on.
   *
   * @return the text {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return span == Span.YEAR ? Integer.toString(year) : year + "-" + span.id;
  }
}
