package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.DEADLINE_IN_NEXT_YEAR;
import static io.github.acplan.core.validation.FindingCodes.DEADLINE_OUTSIDE_PERIOD;
import static io.github.acplan.core.validation.FindingCodes.UNRECOGNIZED_DEADLINE;

import com.google.common.collect.ImmutableSet;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineSchedule;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.deadline.Occurrence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Unrecognised deadlines and years outside the period; see {@link ValidationRules#deadlines()}. */
final class DeadlineRule implements ValidationRule {

  private static final ImmutableSet<String> CODES =
      ImmutableSet.of(UNRECOGNIZED_DEADLINE, DEADLINE_OUTSIDE_PERIOD, DEADLINE_IN_NEXT_YEAR);

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
  public ImmutableSet<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    PlanPeriod period = plan.period();
    // Every day a working day and no shift: only the dates as written matter here.
    DeadlineSchedule schedule = DeadlineSchedule.of(period, date -> true).withDueDateShift(DueDateShift.NONE);
    for (Measure m : plan.measures()) {
      String text = m.deadline().text();
      if (text.isBlank()) {
        continue; // reported as MISSING_DEADLINE
      }
      String n = m.number().toString();
      if (!Deadlines.isRecognized(m.deadline())) {
        boolean whole = m.deadline().kind() == io.github.acplan.core.deadline.DeadlineKind.UNRECOGNIZED;
        out.add(new Finding(UNRECOGNIZED_DEADLINE, Severity.WARNING,
            FindingPath.measure(m.number(), PlanField.DEADLINE),
            "Пункт " + n + ": строк виконання «" + text + "» " + (whole ? "не розпізнано" : "розпізнано не повністю"),
            "Measure " + n + ": the deadline \"" + text + "\" is " + (whole ? "not" : "not fully") + " recognised"));
      }
      TreeSet<Integer> outside = new TreeSet<>();
      boolean early;
      List<Occurrence> dates = Deadlines.isRecognized(m.deadline()) ? occurrences(schedule, m) : List.of();
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
          int year = Integer.parseInt(y.group(1));
          if (year >= PlanPeriod.MIN_YEAR && year <= PlanPeriod.MAX_YEAR && !period.containsYear(year)) {
            outside.add(year);
          }
        }
        early = EARLY_IN_YEAR.matcher(text.toLowerCase(Locale.ROOT)).find();
      }
      if (outside.isEmpty()) {
        continue;
      }
      if (outside.size() == 1 && outside.first() == period.lastYear() + 1 && early) {
        out.add(new Finding(DEADLINE_IN_NEXT_YEAR, Severity.INFO,
            FindingPath.measure(m.number(), PlanField.DEADLINE),
            "Пункт " + n + ": строк «" + text + "» припадає на початок " + outside.first()
                + " року, після періоду плану " + period + " (звичайно для підготовки наступного плану)",
            "Measure " + n + ": the deadline \"" + text + "\" falls early in " + outside.first()
                + ", after the plan period " + period + " (usual for preparing the next plan)"));
      } else {
        out.add(new Finding(DEADLINE_OUTSIDE_PERIOD, Severity.WARNING,
            FindingPath.measure(m.number(), PlanField.DEADLINE),
            "Пункт " + n + ": строк «" + text + "» називає рік поза періодом плану " + period + ": "
                + outside,
            "Measure " + n + ": the deadline \"" + text + "\" names a year outside the plan period "
                + period + ": " + outside));
      }
    }
    return out;
  }

  private static List<Occurrence> occurrences(DeadlineSchedule schedule, Measure m) {
    try {
      return schedule.occurrences(m.deadline());
    } catch (IllegalArgumentException e) {
      return List.of(); // dates beyond what the schedule can compute: fall back to the text
    }
  }
}
