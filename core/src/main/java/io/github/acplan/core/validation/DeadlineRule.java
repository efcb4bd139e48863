package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.DEADLINE_IN_NEXT_YEAR;
import static io.github.acplan.core.validation.FindingCodes.DEADLINE_OUTSIDE_PERIOD;
import static io.github.acplan.core.validation.FindingCodes.UNRECOGNIZED_DEADLINE;
import static io.github.acplan.core.validation.FindingCodes.YEARLY_DEADLINE_OUTSIDE_PERIOD;

import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unrecognised deadlines and years outside the period, for the deadline and each yearly deadline of a
 * measure; see {@link ValidationRules#deadlines()}.
 */
final class DeadlineRule implements ValidationRule {

  private static final Set<String> CODES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(UNRECOGNIZED_DEADLINE,
      DEADLINE_OUTSIDE_PERIOD, DEADLINE_IN_NEXT_YEAR, YEARLY_DEADLINE_OUTSIDE_PERIOD)));

  /**
   * A whole four-digit number not glued to other digits. A number after a colon is the year of a
   * standard ("ДСТУ ISO 9001:2015"), not a date, and is left alone.
   */
  static final Pattern YEAR = Pattern.compile("(?<![\\d:])(\\d{4})(?!\\d)");

  /** January to March, or the first quarter: when next year's plan is prepared and approved. */
  private static final Pattern EARLY_IN_YEAR = Pattern.compile(
      "січ|лют|берез|\\b(?:1|i|перш\\w*)\\s*(?:-?\\s*(?:й|го|ого))?\\s+квартал",
      Pattern.UNICODE_CHARACTER_CLASS);

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    PlanPeriod period = plan.period();
    boolean programme = plan.kind() == PlanKind.PROGRAMME;
    DeadlineSchedule schedule = schedule(period);
    // A year's deadline is read within its year: "щокварталу" in the 2025 column means the quarters of
    // 2025, "наступного року" means 2026.
    Map<Integer, DeadlineSchedule> yearSchedules = new HashMap<>();
    for (Measure m : plan.measures()) {
      checkDeadline(m, m.deadline(), OptionalInt.empty(), FindingPath.measure(m.number(), PlanField.DEADLINE),
          period, programme, schedule, out);
      for (Map.Entry<Integer, Deadline> e : m.yearlyDeadlines().entrySet()) {
        int year = e.getKey();
        FindingPath path = FindingPath.yearlyDeadline(m.number(), year);
        if (period.containsYear(year)) {
          checkDeadline(m, e.getValue(), OptionalInt.of(year), path, period, programme,
              yearSchedules.computeIfAbsent(year, y -> schedule(PlanPeriod.ofYear(y))), out);
        } else {
          String n = m.number().toString();
          String text = e.getValue().text();
          out.add(new Finding(YEARLY_DEADLINE_OUTSIDE_PERIOD, Severity.ERROR, path,
              "Пункт " + n + ": строк виконання на " + year + " рік «" + text + "» встановлено для року поза"
                  + " періодом " + (programme ? "програми " : "плану ") + period,
              "Measure " + n + ": the deadline for " + year + " \"" + text + "\" is for a year outside the "
                  + (programme ? "programme" : "plan") + " period " + period));
          // The year is wrong as a whole; only whether its text was understood is worth adding.
          if (!text.isBlank()) {
            checkRecognized(m, e.getValue(), OptionalInt.of(year), path, out);
          }
        }
      }
    }
    return out;
  }

  private static DeadlineSchedule schedule(PlanPeriod period) {
    // Every day a working day and no shift: only the dates as written matter here.
    return DeadlineSchedule.of(period, date -> true).withDueDateShift(DueDateShift.NONE);
  }

  /** Reports a deadline not (fully) understood; true if it was understood. */
  private static boolean checkRecognized(Measure m, Deadline deadline, OptionalInt year, FindingPath path,
      List<Finding> out) {
    if (Deadlines.isRecognized(deadline)) {
      return true;
    }
    String n = m.number().toString();
    String text = deadline.text();
    boolean whole = deadline.kind() == DeadlineKind.UNRECOGNIZED;
    out.add(new Finding(UNRECOGNIZED_DEADLINE, Severity.WARNING, path,
        "Пункт " + n + ": строк виконання" + yearUk(year) + " «" + text + "» "
            + (whole ? "не розпізнано" : "розпізнано не повністю"),
        "Measure " + n + ": the deadline" + yearEn(year) + " \"" + text + "\" is "
            + (whole ? "not" : "not fully") + " recognised"));
    return false;
  }

  private static void checkDeadline(Measure m, Deadline deadline, OptionalInt year, FindingPath path,
      PlanPeriod period, boolean programme, DeadlineSchedule schedule, List<Finding> out) {
    String text = deadline.text();
    if (text.isBlank()) {
      return; // reported as MISSING_DEADLINE
    }
    String n = m.number().toString();
    boolean recognized = checkRecognized(m, deadline, year, path, out);
    TreeSet<Integer> outside = new TreeSet<>();
    boolean early;
    List<Occurrence> dates = recognized ? occurrences(schedule, deadline) : List.of();
    if (!dates.isEmpty()) {
      // The deadline's own dates, including years the text gives relative to the period
      // ("1 декада січня наступного року").
      early = true;
      for (Occurrence o : dates) {
        if (!o.reportOnly() && !period.contains(o.endInclusive())) {
          outside.add(o.endInclusive().getYear());
          early &= o.endInclusive().getMonthValue() <= 3;
        }
      }
    } else {
      // Not understood: the years written in the text are all there is to go by.
      Matcher y = YEAR.matcher(text);
      while (y.find()) {
        int written = Integer.parseInt(y.group(1));
        if (written >= PlanPeriod.MIN_YEAR && written <= PlanPeriod.MAX_YEAR && !period.containsYear(written)) {
          outside.add(written);
        }
      }
      early = EARLY_IN_YEAR.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
    if (outside.isEmpty()) {
      return;
    }
    String ofPlanUk = programme ? "програми" : "плану";
    String ofPlanEn = programme ? "programme" : "plan";
    if (outside.size() == 1 && outside.first() == period.lastYear() + 1 && early) {
      out.add(new Finding(DEADLINE_IN_NEXT_YEAR, Severity.INFO, path,
          "Пункт " + n + ": строк" + yearUk(year) + " «" + text + "» припадає на початок " + outside.first()
              + " року, після періоду " + ofPlanUk + " " + period
              + " (звичайно для підготовки наступного плану)",
          "Measure " + n + ": the deadline" + yearEn(year) + " \"" + text + "\" falls early in "
              + outside.first() + ", after the " + ofPlanEn + " period " + period
              + " (usual for preparing the next plan)"));
    } else {
      out.add(new Finding(DEADLINE_OUTSIDE_PERIOD, Severity.WARNING, path,
          "Пункт " + n + ": строк" + yearUk(year) + " «" + text + "» називає рік поза періодом " + ofPlanUk
              + " " + period + ": " + outside,
          "Measure " + n + ": the deadline" + yearEn(year) + " \"" + text + "\" names a year outside the "
              + ofPlanEn + " period " + period + ": " + outside));
    }
  }

  private static String yearUk(OptionalInt year) {
    return year.isPresent() ? " на " + year.getAsInt() + " рік" : "";
  }

  private static String yearEn(OptionalInt year) {
    return year.isPresent() ? " for " + year.getAsInt() : "";
  }

  private static List<Occurrence> occurrences(DeadlineSchedule schedule, Deadline deadline) {
    try {
      return schedule.occurrences(deadline);
    } catch (IllegalArgumentException e) {
      return List.of(); // dates beyond what the schedule can compute: fall back to the text
    }
  }
}
