package io.github.acplan.core.rollover;

import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.diff.PlanDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * Prepares next year's plan from this year's, as measure 1.2 of a typical plan requires ("Розробити та
 * затвердити План заходів на 2021 р." in the first decade of January).
 *
 * <p>The draft is the same plan moved by a number of years: the period; years in the title, body,
 * section titles, measure names, deadlines, indicators and expected results that refer to the plan's
 * period (whole four-digit numbers from the year before the period to the year after it, see
 * {@link #toYear(Plan, int)}); and the approval is cleared, since a draft is not approved yet. The
 * responsible actors and the signatory stay as they are. Each changed text is listed in the
 * {@link RolloverResult}, so that {@code PlanDiff.between(plan, result.plan())} shows exactly those
 * edits. This class is stateless and thread-safe.
 */
public final class PlanRollover {

  private PlanRollover() {}

  /**
   * Rolls a plan over to the period that starts in {@code firstYear}, reading every deadline anew with
   * {@link DeadlineParser#forPeriod(PlanPeriod)} of the new period, so that its structure matches its
   * (possibly shifted) text, including years that the text gives relative to the period ("наступного
   * року").
   *
   * <p>"Січень-березень 2020 р." becomes "Січень-березень 2021 р.", "1 декада січня 2021 року" becomes
   * "1 декада січня 2022 року", "ДСТУ ISO 9001:2015" stays.
   *
   * @param plan the plan
   * @param firstYear the first year of the new period
   * @return the draft and its edits
   * @throws IllegalArgumentException if the new period falls outside
   *     {@value PlanPeriod#MIN_YEAR}..{@value PlanPeriod#MAX_YEAR}
   */
  public static RolloverResult toYear(Plan plan, int firstYear) {
    Objects.requireNonNull(plan, "plan");
    DeadlineParser parser = DeadlineParser.forPeriod(plan.period().plusYears(firstYear - plan.period().firstYear()));
    return toYear(plan, firstYear, (text, period) -> parser.parse(text));
  }

  /**
   * Rolls a plan over to the period that starts in {@code firstYear}, deriving every deadline anew from
   * its (possibly shifted) text and the new period, so that its structure matches its text.
   *
   * @param plan the plan
   * @param firstYear the first year of the new period
   * @param deadlines makes a deadline from its text for the new period, e.g. a deadline parser; called
   *     for every measure
   * @return the draft and its edits
   * @throws IllegalArgumentException if the new period falls outside
   *     {@value PlanPeriod#MIN_YEAR}..{@value PlanPeriod#MAX_YEAR}, or a derived deadline does not keep
   *     the text it was derived from
   */
  public static RolloverResult toYear(Plan plan, int firstYear,
      BiFunction<String, PlanPeriod, Deadline> deadlines) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(deadlines, "deadlines");
    int years = firstYear - plan.period().firstYear();
    PlanPeriod period = plan.period().plusYears(years);
    YearShifter shifter = new YearShifter(plan.period(), years);
    List<RolloverEdit> edits = new ArrayList<>();

    String title = shifter.shift(plan.title());
    note(edits, OptionalInt.empty(), Optional.empty(), "title", plan.title(), title);
    String body = shifter.shift(plan.body());
    note(edits, OptionalInt.empty(), Optional.empty(), "body", plan.body(), body);
    note(edits, OptionalInt.empty(), Optional.empty(), "period", plan.period().toString(),
        period.toString());
    plan.approval().ifPresent(a -> edits.add(new RolloverEdit(OptionalInt.empty(), Optional.empty(),
        "approval", PlanDiff.approvalText(a), "")));

    List<Section> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      OptionalInt where = OptionalInt.of(s.number());
      String sectionTitle = shifter.shift(s.title());
      note(edits, where, Optional.empty(), "section-title", s.title(), sectionTitle);
      List<Measure> measures = new ArrayList<>();
      for (Measure m : s.measures()) {
        measures.add(roll(m, where, shifter, period, deadlines, edits));
      }
      sections.add(s.withTitle(sectionTitle).withMeasures(measures));
    }
    Plan draft = plan.withTitle(title).withBody(body).withPeriod(period).withApproval(Optional.empty())
        .withSections(sections);
    return new RolloverResult(draft, edits);
  }

  private static Measure roll(Measure m, OptionalInt section, YearShifter shifter, PlanPeriod period,
      BiFunction<String, PlanPeriod, Deadline> deadlines, List<RolloverEdit> edits) {
    Optional<MeasureNumber> where = Optional.of(m.number());
    String name = shifter.shift(m.name());
    note(edits, section, where, "name", m.name(), name);
    String deadlineText = shifter.shift(m.deadline().text());
    note(edits, section, where, "deadline", m.deadline().text(), deadlineText);
    Deadline deadline = Objects.requireNonNull(deadlines.apply(deadlineText, period), "derived deadline");
    if (!deadline.text().equals(deadlineText)) {
      throw new IllegalArgumentException("Measure " + m.number() + ": the derived deadline's text \""
          + deadline.text() + "\" is not the text it was derived from, \"" + deadlineText + "\"");
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : m.indicators()) {
      String text = shifter.shift(i.text());
      note(edits, section, where, "indicators", i.text(), text);
      indicators.add(Indicator.of(text));
    }
    List<ExpectedResult> results = new ArrayList<>();
    for (ExpectedResult r : m.expectedResults()) {
      String text = shifter.shift(r.text());
      note(edits, section, where, "expected-results", r.text(), text);
      results.add(ExpectedResult.of(text));
    }
    return m.withName(name).withDeadline(deadline).withIndicators(indicators)
        .withExpectedResults(results);
  }

  private static void note(List<RolloverEdit> edits, OptionalInt section, Optional<MeasureNumber> measure,
      String field, String before, String after) {
    if (!before.equals(after)) {
      edits.add(new RolloverEdit(section, measure, field, before, after));
    }
  }
}
