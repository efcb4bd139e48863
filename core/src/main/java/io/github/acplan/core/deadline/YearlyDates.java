package io.github.acplan.core.deadline;

import java.util.ArrayList;
import java.util.List;

/**
 * One reading, shared by the parser and {@link DeadlineFormatter#canonical(Deadline)}, of dates that
 * recur every year: "щороку до 15 лютого, 15 квітня, 15 липня і 15 жовтня", "31 березня, 30 червня,
 * 30 вересня, 31 грудня", "щороку, до 1 квітня", "один раз на рік (до 31 грудня)".
 *
 * <p>A date without a year applies in each year of the plan, so a list of such dates, or a yearly
 * deadline followed or refined by them, is one yearly {@link Periodic} with those {@link Periodic#dates()}
 * (the kind a schedule of several dates a year belongs to, issue 18): its schedule is the same, date for
 * date. A bound written once governs the dates after it until another is written ("до 15 лютого,
 * 15 квітня" is "до" both times). Dates with a written year stay as they are: they are a set of dates
 * in one year, not a yearly schedule.
 */
final class YearlyDates {

  private YearlyDates() {}

  /** Whether {@code d} is a plain yearly deadline that dates can join: "Щороку", "один раз на рік". */
  static boolean isPlainYearly(Deadline d) {
    return d instanceof Periodic p && p.every() == PeriodUnit.YEAR && p.times() == 1 && !p.minimum() && p.months().isEmpty()
        && p.dayOfNextMonth().isEmpty() && p.daysAfterPeriod().isEmpty();
  }

  /** Whether {@code d} is a date that applies in every year of the plan: "до 15 грудня". */
  static boolean isYearlessDate(Deadline d) {
    return d instanceof ByDate byDate && byDate.year().isEmpty();
  }

  /** The dates with each unbounded date taking the bound of the date before it. */
  static List<ByDate> inheritBounds(List<ByDate> dates) {
    List<ByDate> out = new ArrayList<>(dates.size());
    DateBound last = DateBound.ON;
    for (ByDate date : dates) {
      if (date.bound() == DateBound.ON && last != DateBound.ON) {
        date = new ByDate(date.text(), last, date.day(), date.month(), date.year());
      }
      last = date.bound();
      out.add(date);
    }
    return out;
  }

  /** A yearly deadline with the given dates (bounds inherited), keeping the other fields of {@code p}. */
  static Periodic withDates(String text, Periodic p, List<ByDate> dates) {
    return new Periodic(text, PeriodUnit.YEAR, 1, false, List.of(), java.util.OptionalInt.empty(),
        inheritBounds(dates), p.dayOfNextMonth(), p.daysAfterPeriod());
  }

  /**
   * Joins the runs of a comma list that are one yearly schedule: a plain yearly deadline followed by
   * year-less dates, or two or more year-less dates.
   *
   * @param parts the parts of the list
   * @param source the text the parts were read from (their texts are found in it, in order), or null to
   *     join the merged parts' texts with ", "
   * @return the parts, runs joined; the same list if nothing joins
   */
  static List<Deadline> joinList(List<Deadline> parts, String source) {
    List<Deadline> out = new ArrayList<>(parts.size());
    int[] starts = new int[parts.size()];
    int[] ends = new int[parts.size()];
    boolean located = source != null && locate(parts, source, starts, ends);
    boolean changed = false;
    for (int i = 0; i < parts.size(); i++) {
      Deadline head = parts.get(i);
      boolean yearly = isPlainYearly(head);
      if (!yearly && !isYearlessDate(head)) {
        out.add(head);
        continue;
      }
      int j = i + 1;
      while (j < parts.size() && isYearlessDate(parts.get(j))) {
        j++;
      }
      if (j - i < 2) {
        out.add(head);
        continue;
      }
      List<ByDate> dates = new ArrayList<>(yearly ? ((Periodic) head).dates() : List.of((ByDate) head));
      StringBuilder joined = new StringBuilder(head.text());
      for (int k = i + 1; k < j; k++) {
        dates.add((ByDate) parts.get(k));
        joined.append(", ").append(parts.get(k).text());
      }
      String text = located ? source.substring(starts[i], ends[j - 1]) : joined.toString();
      Periodic base = yearly ? (Periodic) head : Deadlines.yearly();
      out.add(withDates(text, base, dates));
      changed = true;
      i = j - 1;
    }
    return changed ? out : parts;
  }

  /**
   * Reads "один раз на рік (до 31 грудня)" and "Щороку (31 березня, 30 червня)" as one yearly schedule.
   *
   * @return the joined deadline, or null when {@code head} and {@code detail} are not of that form
   */
  static Periodic joinRefinement(String text, Deadline head, Deadline detail) {
    if (!isPlainYearly(head)) {
      return null;
    }
    List<ByDate> dates = new ArrayList<>(((Periodic) head).dates());
    if (isYearlessDate(detail)) {
      dates.add((ByDate) detail);
    } else if (isPlainYearly(detail) && !((Periodic) detail).dates().isEmpty()) {
      dates.addAll(((Periodic) detail).dates());
    } else {
      return null;
    }
    return withDates(text, (Periodic) head, dates);
  }

  /** Finds the parts' texts in {@code source}, in order; false if one is not there. */
  private static boolean locate(List<Deadline> parts, String source, int[] starts, int[] ends) {
    int from = 0;
    for (int i = 0; i < parts.size(); i++) {
      String t = parts.get(i).text();
      int at = source.indexOf(t, from);
      if (at < 0) {
        return false;
      }
      starts[i] = at;
      ends[i] = at + t.length();
      from = ends[i];
    }
    return true;
  }

  /**
   * True if {@code refined} says when a plain repetition falls: the same period with its day of the next
   * month or its days after the period ("щокварталу (до 10 числа …)"), or "N разів на рік" with N dates.
   */
  static boolean refines(Periodic plain, Periodic refined) {
    if (plain.minimum() || !plain.months().isEmpty() || plain.year().isPresent() || !plain.dates().isEmpty()
        || plain.dayOfNextMonth().isPresent() || plain.daysAfterPeriod().isPresent()
        || refined.minimum() || refined.times() != 1 || !refined.months().isEmpty()) {
      return false;
    }
    if (plain.times() == 1) {
      return refined.every() == plain.every() && refined.dates().isEmpty()
          && (refined.dayOfNextMonth().isPresent() || refined.daysAfterPeriod().isPresent());
    }
    return plain.every() == PeriodUnit.YEAR && refined.every() == PeriodUnit.YEAR
        && refined.dates().size() == plain.times() && refined.dayOfNextMonth().isEmpty()
        && refined.daysAfterPeriod().isEmpty();
  }
}
