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
import io.github.acplan.core.risk.CorruptionRisk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
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
 * edits.
 *
 * <p>A multi-year anti-corruption programme ("на 2024–2026 роки") keeps its length: {@link
 * #toNextPeriod(Plan)} moves it by its length (2024–2026 to 2027–2029), {@link #toYear(Plan, int)} to any
 * first year. Its other parts move the same way:
 * <ul>
 *   <li>the deadlines per year ({@link Measure#yearlyDeadlines()}): a year of the window moves with the
 *       period, its text is shifted like any deadline and read anew for its new year;</li>
 *   <li>the resources of each measure, shifted like the other texts;</li>
 *   <li>the risk register: the function, risk, description and sources of each risk are shifted the same
 *       way for consistency (registers rarely name years, but "закупівлі 2024 року" must not stay behind),
 *       while identifiers, scores and linked measures stay, so no level changes;</li>
 *   <li>the kind, the risk scale and whether measures must address risks stay.</li>
 * </ul>
 * This class is stateless and thread-safe.
 */
public final class PlanRollover {

  private PlanRollover() {}

  /**
   * Rolls a plan over to the period that starts in {@code firstYear} and has the same length as the
   * plan's, reading every deadline anew with {@link DeadlineParser#forPeriod(PlanPeriod)} of the new
   * period, so that its structure matches its (possibly shifted) text, including years that the text
   * gives relative to the period ("наступного року"). A deadline written for one year of a programme is
   * read with the parser of that single (moved) year, as it applies in that year only.
   *
   * <p>For a one-year plan this is next year's plan with {@code firstYear = year + 1}. A multi-year
   * programme moves by {@code firstYear − firstYear()} years, which need not be its length: 2024–2026
   * to 2025 gives 2025–2027 (a programme renewed a year early), to 2027 gives the next programme, as
   * {@link #toNextPeriod(Plan)} does.
   *
   * <p>"Січень-березень 2020 р." becomes "Січень-березень 2021 р.", "1 декада січня 2021 року" becomes
   * "1 декада січня 2022 року", "ДСТУ ISO 9001:2015" stays.
   *
   * @param plan the plan
   * @param firstYear the first year of the new period
   * @return the draft and its edits
   * @throws IllegalArgumentException if the new period falls outside
   *     {@value PlanPeriod#MIN_YEAR}..{@value PlanPeriod#MAX_YEAR}, or a measure's yearly deadlines
   *     cannot move (see {@link #toYear(Plan, int, BiFunction)})
   */
  public static RolloverResult toYear(Plan plan, int firstYear) {
    Objects.requireNonNull(plan, "plan");
    // One parser per period: the plan's new period, and the single years of its yearly deadlines.
    Map<PlanPeriod, DeadlineParser> parsers = new HashMap<>();
    return toYear(plan, firstYear,
        (text, period) -> parsers.computeIfAbsent(period, DeadlineParser::forPeriod).parse(text));
  }

  /**
   * Rolls a plan over to the period that follows its own and has the same length: a plan for 2020 to
   * 2021, a programme for 2024–2026 to 2027–2029. Deadlines are read anew as by
   * {@link #toYear(Plan, int)}.
   *
   * @param plan the plan
   * @return the draft and its edits
   * @throws IllegalArgumentException if the next period ends after {@value PlanPeriod#MAX_YEAR}, or as
   *     {@link #toYear(Plan, int)}
   */
  public static RolloverResult toNextPeriod(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return toYear(plan, plan.period().lastYear() + 1);
  }

  /**
   * Rolls a plan over to the period that starts in {@code firstYear}, deriving every deadline anew from
   * its (possibly shifted) text and the new period, so that its structure matches its text.
   *
   * <p>A measure's deadline per year ({@link Measure#yearlyDeadlines()}) for a year of the window
   * (from the year before the period to the year after it) moves to that year plus the shift; one for a
   * year farther away stays, as such years do in texts. Either way its text is shifted and derived anew
   * for the single year it now applies to.
   *
   * @param plan the plan
   * @param firstYear the first year of the new period
   * @param deadlines makes a deadline from its text for a period, e.g. a deadline parser; called for
   *     every measure with the new period, and for every yearly deadline with its single new year
   * @return the draft and its edits
   * @throws IllegalArgumentException if the new period falls outside
   *     {@value PlanPeriod#MIN_YEAR}..{@value PlanPeriod#MAX_YEAR}, a derived deadline does not keep the
   *     text it was derived from, a yearly deadline would move outside that range, or a moved yearly
   *     deadline would land on a year that already has one which stays (a year far from the period)
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
    List<CorruptionRisk> risks = new ArrayList<>();
    for (CorruptionRisk r : plan.risks()) {
      risks.add(roll(r, shifter, edits));
    }
    Plan draft = plan.withTitle(title).withBody(body).withPeriod(period).withApproval(Optional.empty())
        .withSections(sections).withRisks(risks);
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
    Map<Integer, Deadline> yearly = rollYearly(m, section, shifter, deadlines, edits);
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
    String resources = shifter.shift(m.resources());
    note(edits, section, where, "resources", m.resources(), resources);
    return m.withName(name).withDeadline(deadline).withYearlyDeadlines(yearly).withIndicators(indicators)
        .withExpectedResults(results).withResources(resources);
  }

  private static Map<Integer, Deadline> rollYearly(Measure m, OptionalInt section, YearShifter shifter,
      BiFunction<String, PlanPeriod, Deadline> deadlines, List<RolloverEdit> edits) {
    Map<Integer, Deadline> out = new TreeMap<>();
    if (m.yearlyDeadlines().isEmpty()) {
      return out;
    }
    Optional<MeasureNumber> where = Optional.of(m.number());
    // Where each year goes; a year far from the period stays, and one moved onto it would collide.
    Map<Integer, Integer> target = new TreeMap<>();
    for (int year : m.yearlyDeadlines().keySet()) {
      target.put(year, shifter.shiftYear(year));
    }
    for (Map.Entry<Integer, Deadline> e : m.yearlyDeadlines().entrySet()) {
      int year = e.getKey();
      int moved = target.get(year);
      if (moved != year && m.yearlyDeadlines().containsKey(moved) && target.get(moved) == moved) {
        throw new IllegalArgumentException("Measure " + m.number() + ": the deadline for " + year
            + " would move to " + moved + ", which has a deadline of its own that stays (it is more than a"
            + " year away from the period)");
      }
      if (moved < PlanPeriod.MIN_YEAR || moved > PlanPeriod.MAX_YEAR) {
        throw new IllegalArgumentException("Measure " + m.number() + ": the deadline for " + year
            + " would move to " + moved + ", outside " + PlanPeriod.MIN_YEAR + ".." + PlanPeriod.MAX_YEAR);
      }
      String before = e.getValue().text();
      String text = shifter.shift(before);
      Deadline d = Objects.requireNonNull(deadlines.apply(text, PlanPeriod.ofYear(moved)), "derived deadline");
      if (!d.text().equals(text)) {
        throw new IllegalArgumentException("Measure " + m.number() + ", year " + moved
            + ": the derived deadline's text \"" + d.text() + "\" is not the text it was derived from, \""
            + text + "\"");
      }
      out.put(moved, d);
      note(edits, section, where, "yearly-deadline", year + ": " + before, moved + ": " + text);
    }
    return out;
  }

  private static CorruptionRisk roll(CorruptionRisk r, YearShifter shifter, List<RolloverEdit> edits) {
    Optional<String> where = Optional.of(r.id());
    String function = shifter.shift(r.function());
    noteRisk(edits, where, "function", r.function(), function);
    String risk = shifter.shift(r.risk());
    noteRisk(edits, where, "risk", r.risk(), risk);
    String description = shifter.shift(r.description());
    noteRisk(edits, where, "description", r.description(), description);
    List<String> sources = new ArrayList<>();
    for (String source : r.sources()) {
      String text = shifter.shift(source);
      noteRisk(edits, where, "sources", source, text);
      sources.add(text);
    }
    return r.withFunction(function).withRisk(risk).withDescription(description).withSources(sources);
  }

  private static void noteRisk(List<RolloverEdit> edits, Optional<String> risk, String field, String before,
      String after) {
    if (!before.equals(after)) {
      edits.add(new RolloverEdit(OptionalInt.empty(), Optional.empty(), risk, field, before, after));
    }
  }

  private static void note(List<RolloverEdit> edits, OptionalInt section, Optional<MeasureNumber> measure,
      String field, String before, String after) {
    if (!before.equals(after)) {
      edits.add(new RolloverEdit(section, measure, field, before, after));
    }
  }
}
