package io.github.acplan.core.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Random canonical deadlines for property tests, built through {@link Deadlines} from a seed. */
public final class DeadlineSamples {

  private DeadlineSamples() {}

  static final List<String> EVENTS = List.of("при призначенні на посаду", "у разі оголошення конкурсу",
      "при звільненні/припиненні діяльності особи", "при необхідності здійснення закупівлі",
      "у разі потреби", "в разі надходження проекту", "після затвердження бюджету");

  static final List<String> CONDITIONS = List.of("в разі надходження проекту",
      "у разі необхідності та наявності фінансування", "у разі проведення", "за потреби");

  static final List<String> TERM_EVENTS = List.of("", "з моменту отримання повідомлення про конфлікт інтересів",
      "з дня призначення на посаду", "після звільнення",
      "з моменту коли дізналась чи повинна була дізнатись про наявність конфлікту інтересів");

  static final List<String> REFERENCES = List.of("у порядку та строки, визначені Законом України",
      "у терміни, встановлені Порядком", "у визначені законодавством строки",
      "відповідно до строків, визначених у Регламентах");

  /**
   * Canonical deadlines of every kind but {@link Unrecognized}.
   *
   * @param withYears whether written years may appear (else every deadline applies to the plan's years)
   */
  public static Gen<Deadline> deadlines(boolean withYears) {
    return SourceDSL.longs().all().map(seed -> deadline(new Random(seed), withYears, 2));
  }

  public static Deadline deadline(Random r, boolean withYears, int depth) {
    int choice = r.nextInt(depth > 0 ? 14 : 10);
    if (choice < 10) {
      return atom(r, withYears);
    }
    switch (choice) {
      case 10:
        return Deadlines.conditional(deadline(r, withYears, depth - 1), pick(r, CONDITIONS));
      case 11: {
        Deadline detail;
        do {
          detail = deadline(r, withYears, depth - 1);
        } while (detail instanceof OnEvent);
        return Deadlines.refined(deadline(r, withYears, depth - 1), detail);
      }
      case 12: {
        List<Deadline> parts = new ArrayList<>();
        int n = 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
          Deadline part;
          do {
            part = deadline(r, withYears, depth - 1);
          } while (part instanceof Composite && ((Composite) part).joiner() == Joiner.SEMICOLON);
          parts.add(part);
        }
        return Deadlines.allOf(parts.toArray(new Deadline[0]));
      }
      default: {
        if (r.nextBoolean()) {
          List<Deadline> parts = new ArrayList<>();
          int n = 2 + r.nextInt(2);
          for (int i = 0; i < n; i++) {
            parts.add(atom(r, withYears));
          }
          return DeadlineFormatter.canonical(new Composite("", Joiner.COMMA, parts));
        }
        Deadline left = r.nextBoolean() ? Deadlines.permanent() : Deadlines.duringYear();
        Deadline right = r.nextInt(3) == 0 ? Deadlines.statutory(pick(r, REFERENCES))
            : r.nextBoolean() ? Deadlines.perSeparatePlan() : Deadlines.onEvent(pick(r, EVENTS));
        return DeadlineFormatter.canonical(new Composite("", Joiner.SPACE, List.of(left, right)));
      }
    }
  }

  public static Deadline atom(Random r, boolean withYears) {
    int year = withYears && r.nextBoolean() ? 2019 + r.nextInt(7) : 0; // 0: no year written
    PeriodUnit unit = PeriodUnit.values()[r.nextInt(4)];
    Month month = Month.of(1 + r.nextInt(12));
    switch (r.nextInt(18)) {
      case 0:
        return Deadlines.permanent();
      case 1:
        return r.nextBoolean() ? Deadlines.every(unit) : Deadlines.atLeast(1 + r.nextInt(5), unit);
      case 2: {
        TreeSet<Month> months = new TreeSet<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
          months.add(Month.of(1 + r.nextInt(12)));
        }
        Month[] named = months.toArray(new Month[0]);
        return year == 0 ? Deadlines.every(unit, named) : Deadlines.every(unit, year, named);
      }
      case 3:
        return Deadlines.yearly(DateBound.values()[r.nextInt(3)], 1 + r.nextInt(month.minLength()), month);
      case 4: {
        int day = 1 + r.nextInt(month.minLength());
        if (r.nextBoolean()) {
          return year == 0 ? Deadlines.until(day, month) : Deadlines.until(day, month, year);
        }
        LocalDate d = LocalDate.of(year == 0 ? 2020 : year, month, day);
        return year == 0 ? Deadlines.until(day, month) : r.nextBoolean() ? Deadlines.notLaterThan(d)
            : Deadlines.on(d);
      }
      case 5: {
        Month other = Month.of(1 + r.nextInt(12));
        Month first = month.compareTo(other) <= 0 ? month : other;
        Month last = month.compareTo(other) <= 0 ? other : month;
        return year == 0 ? Deadlines.months(first, last) : Deadlines.months(first, last, year);
      }
      case 6: {
        int y = year == 0 ? 2020 : year;
        LocalDate a = LocalDate.of(y, 1, 1).plusDays(r.nextInt(365));
        LocalDate b = a.plusDays(r.nextInt(120));
        if (b.getYear() != a.getYear() && year == 0) {
          b = LocalDate.of(a.getYear(), 12, 31);
        }
        if (year == 0) {
          return Deadlines.days(a.getDayOfMonth(), a.getMonth(), b.getDayOfMonth(), b.getMonth());
        }
        return r.nextBoolean() ? Deadlines.between(a, b)
            : DeadlineFormatter.canonical(new DateRange("", RangeForm.DAYS, OptionalInt.of(a.getYear()),
                a.getMonth(), a.getDayOfMonth(), OptionalInt.of(b.getYear()), b.getMonth(), b.getDayOfMonth()));
      }
      case 7:
        return year == 0 ? Deadlines.decade(1 + r.nextInt(3), month)
            : Deadlines.decade(1 + r.nextInt(3), month, year);
      case 8: {
        int[] years = year == 0 ? new int[0] : r.nextBoolean() ? new int[] {year} : new int[] {year, year + 2};
        if (unit == PeriodUnit.YEAR) {
          return years.length == 0 ? Deadlines.duringYear() : Deadlines.duringYears(years);
        }
        return Deadlines.during(unit, 1 + r.nextInt(unit.perYear()), years);
      }
      case 9:
        return Deadlines.withinWorkingDays(1 + r.nextInt(30), pick(r, TERM_EVENTS));
      case 10:
        return Deadlines.withinCalendarDays(1 + r.nextInt(30), pick(r, TERM_EVENTS));
      case 11:
        return Deadlines.withinMonths(1 + r.nextInt(12), pick(r, TERM_EVENTS));
      case 12:
        return Deadlines.onEvent(pick(r, EVENTS));
      case 13:
        return Deadlines.statutory(pick(r, REFERENCES));
      case 14:
        return r.nextBoolean() ? Deadlines.perSeparatePlan() : Deadlines.perSeparateSchedule();
      case 15:
        // A reporting duty a day of the next month or, beyond it, a number of days after each period.
        return r.nextBoolean() ? Deadlines.afterEach(unit, 1 + r.nextInt(31))
            : DeadlineFormatter.canonical(new Periodic("", unit, 1, false, List.of(), java.util.OptionalInt.empty(),
                List.of(), java.util.Optional.empty(), java.util.Optional.of(29 + r.nextInt(338))));
      case 16: {
        int first = 1 + r.nextInt(3);
        int last = first + 1 + r.nextInt(4 - first);
        return Deadlines.quarters(first, last, year == 0 ? new int[0] : new int[] {year});
      }
      case 17: {
        // A yearly schedule of several dates, "Щороку до 15 лютого, до 15 квітня" (issue 18).
        DateBound bound = DateBound.values()[r.nextInt(3)];
        List<ByDate> dates = new ArrayList<>();
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
          Month m = Month.of(1 + r.nextInt(12));
          dates.add(new ByDate("", bound, 1 + r.nextInt(m.minLength()), m, java.util.OptionalInt.empty()));
        }
        return DeadlineFormatter.canonical(new Periodic("", PeriodUnit.YEAR, 1, false, List.of(),
            java.util.OptionalInt.empty(), dates));
      }
      default:
        return r.nextBoolean() ? Deadlines.perSeparatePlan() : Deadlines.perSeparateSchedule();
    }
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
