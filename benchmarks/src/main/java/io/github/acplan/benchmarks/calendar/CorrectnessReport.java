package io.github.acplan.benchmarks.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkdayTransfer;
import io.github.acplan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Prints, as Markdown, on how many days of 2015–2030 Jollyday and ObjectLab Kit answer "is it a day
 * off?" differently from acplan's standard Ukrainian calendar, and why, by category.
 *
 * <p>acplan is the reference: its data cite the Labour Code, the Cabinet orders and the martial-law
 * law. Jollyday uses its own Ukrainian data; ObjectLab ships none, so it is shown with a bare
 * Monday-to-Friday week (what a user gets without supplying data) and with acplan's weekdays off fed in
 * (the benchmark set-up). Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.acplan.benchmarks.calendar.CorrectnessReport}.
 */
public final class CorrectnessReport {

  private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
  private static final int EXAMPLES = 4;

  private final UkrainianCalendar ours = UkrainianCalendar.standard();
  private final Map<LocalDate, WorkdayTransfer> transferDaysOff = new HashMap<>();
  private final Map<LocalDate, WorkdayTransfer> transferWorkedDays = new HashMap<>();

  private CorrectnessReport() {
    for (WorkdayTransfer t : ours.transfers()) {
      transferDaysOff.put(t.dayOff(), t);
      transferWorkedDays.put(t.workedDay(), t);
    }
  }

  /**
   * Prints the report to standard output.
   *
   * @param args none
   */
  public static void main(String[] args) {
    new CorrectnessReport().print();
  }

  private void print() {
    HolidayManager jollydayManager = JollydayCalendar.ukrainianManager();
    JollydayCalendar jollyday = JollydayCalendar.ukraine();
    DaysOff oursDaysOff = DaysOff.of(ours, FIRST, LAST);
    WorkingCalendar objectLabBare = ObjectLabCalendar.withHolidays(Set.of());
    WorkingCalendar objectLabFed = ObjectLabCalendar.withHolidays(oursDaysOff.weekdaysOff());

    long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
    System.out.println("## Correctness: \"is it a day off?\" from " + FIRST + " to " + LAST + " (" + days
        + " days), acplan `UkrainianCalendar.standard()` as the reference");
    System.out.println();
    System.out.println("| Peer | Days that differ | acplan: day off, peer: working | "
        + "acplan: working, peer: day off |");
    System.out.println("|---|---:|---:|---:|");
    List<Map<String, Category>> breakdowns = new ArrayList<>();
    String[] names = {
      "Jollyday 2.19.0, its own Ukrainian data (`HolidayManager.isHoliday` + weekend)",
      "ObjectLab Kit 1.4.8, no Ukrainian data: Monday–Friday week only",
      "ObjectLab Kit 1.4.8 fed with acplan's weekdays off (as in the benchmarks)",
    };
    WorkingCalendar[] peers = {jollyday, objectLabBare, objectLabFed};
    for (int p = 0; p < peers.length; p++) {
      Map<String, Category> categories = new TreeMap<>();
      int oursOff = 0;
      int oursWorking = 0;
      for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
        boolean oursWorkingDay = ours.isWorkingDay(d);
        if (oursWorkingDay == peers[p].isWorkingDay(d)) {
          continue;
        }
        if (oursWorkingDay) {
          oursWorking++;
        } else {
          oursOff++;
        }
        String[] why = oursWorkingDay
            ? whyPeerOff(d, p == 0 ? jollydayManager : null)
            : whyOursOff(d);
        categories.computeIfAbsent((oursWorkingDay ? "acplan working: " : "acplan off: ") + why[0],
            k -> new Category()).add(d, why[1]);
      }
      breakdowns.add(categories);
      System.out.println("| " + names[p] + " | " + (oursOff + oursWorking) + " | " + oursOff + " | "
          + oursWorking + " |");
    }
    for (int p = 0; p < peers.length; p++) {
      System.out.println();
      System.out.println("### Why: " + names[p]);
      System.out.println();
      if (breakdowns.get(p).isEmpty()) {
        System.out.println("No difference.");
        continue;
      }
      System.out.println("| Category | Days | Years | Which | Examples |");
      System.out.println("|---|---:|---|---|---|");
      breakdowns.get(p).entrySet().stream()
          .sorted((a, b) -> Integer.compare(b.getValue().count, a.getValue().count))
          .forEach(e -> System.out.println("| " + e.getKey() + " | " + e.getValue().count + " | "
              + e.getValue().years() + " | " + String.join("; ", e.getValue().which) + " | "
              + e.getValue().examples + " |"));
    }
  }

  /** acplan says working day, the peer says day off: the category and what is concerned. */
  private String[] whyPeerOff(LocalDate d, @Nullable HolidayManager jollyday) {
    if (DaysOff.isWeekend(d)) {
      return transferWorkedDays.containsKey(d)
          ? new String[] {"Cabinet transfer: a working Saturday (the peer knows no transfers)", ""}
          : new String[] {"other working weekend day", ""};
    }
    if (!ours.holidaysOn(d).isEmpty() && ours.isUnderMartialLaw(d)) {
      return new String[] {"martial law (Law 2136-IX, from 24.03.2022): a holiday that is not a day off",
          ours.holidaysOn(d).get(0).englishName()};
    }
    String peerHoliday = jollyday == null ? "?" : jollydayHoliday(jollyday, d);
    if (peerHoliday.startsWith("moved ")) {
      return new String[] {ours.isUnderMartialLaw(d)
          ? "martial law: the peer moves a weekend holiday to Monday (KZpP art. 67 part 3 suspended)"
          : "the peer moves a weekend holiday where the law does not", peerHoliday.substring(6)};
    }
    switch (peerHoliday) {
      case "CHRISTMAS":
      case "DEFENDER_OF_UKRAINE":
        return new String[] {"no longer a holiday on that date (Laws 3107-IX, 3258-IX of 2023)",
            peerHoliday.equals("CHRISTMAS") ? "7 January (Law 3258-IX)" : "14 October (Law 3258-IX)"};
      case "VICTORY":
        return new String[] {"no longer a holiday on that date (Laws 3107-IX, 3258-IX of 2023)",
            "9 May (Law 3107-IX)"};
      default:
        return new String[] {"a peer holiday that the law does not give", peerHoliday};
    }
  }

  /** acplan says day off, the peer says working day: the category and what is concerned. */
  private String[] whyOursOff(LocalDate d) {
    if (DaysOff.isWeekend(d)) {
      return new String[] {"weekend day that the peer says is working", ""};
    }
    if (transferDaysOff.containsKey(d)) {
      return new String[] {"Cabinet transfer: a weekday off (worked on a Saturday)", ""};
    }
    if (!ours.holidaysOn(d).isEmpty()) {
      return new String[] {"a holiday that is a day off (KZpP art. 73)", ours.holidaysOn(d).get(0).englishName()};
    }
    for (int back = 1; back <= 7; back++) {
      LocalDate h = d.minusDays(back);
      if (DaysOff.isWeekend(h) && !ours.holidaysOn(h).isEmpty()) {
        return new String[] {"a day off moved from a weekend holiday (KZpP art. 67 part 3)",
            ours.holidaysOn(h).get(0).englishName()};
      }
    }
    return new String[] {"decreed day off (other)", ""};
  }

  private static String jollydayHoliday(HolidayManager manager, LocalDate d) {
    for (Holiday h : manager.getHolidays(Year.of(d.getYear()))) {
      if (h.getDate().equals(d)) {
        String key = h.getPropertiesKey().replace("christian.", "");
        return h.getActualDate().equals(d) ? key : "moved " + key;
      }
    }
    return "none";
  }

  /** Days of one category. */
  private static final class Category {
    private int count;
    private final TreeSet<Integer> years = new TreeSet<>();
    private final List<LocalDate> examples = new ArrayList<>();
    private final TreeSet<String> which = new TreeSet<>();

    void add(LocalDate d, String what) {
      count++;
      if (!what.isEmpty()) {
        which.add(what);
      }
      years.add(d.getYear());
      if (examples.size() < EXAMPLES) {
        examples.add(d);
      }
    }

    String years() {
      // Compress runs: 2023–2030.
      StringBuilder sb = new StringBuilder();
      Integer start = null;
      Integer prev = null;
      for (int y : years) {
        if (prev != null && y == prev + 1) {
          prev = y;
          continue;
        }
        append(sb, start, prev);
        start = y;
        prev = y;
      }
      append(sb, start, prev);
      return sb.toString();
    }

    private static void append(StringBuilder sb, Integer start, Integer end) {
      if (start == null) {
        return;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(start.equals(end) ? start.toString() : start + "–" + end);
    }
  }
}
