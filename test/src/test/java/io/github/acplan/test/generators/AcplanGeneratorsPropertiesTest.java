package io.github.acplan.test.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineFormatter;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.json.PlanJson;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The generators give valid values of every kind, and their texts read back. */
class AcplanGeneratorsPropertiesTest {

  private static final PlanValidator VALIDATOR = PlanValidator.standard();

  @Test
  void everyDeadlineKindOccurs() {
    RandomGenerator random = new SplittableRandom(1);
    Set<DeadlineKind> seen = EnumSet.noneOf(DeadlineKind.class);
    for (int i = 0; i < 1000; i++) {
      seen.add(AcplanGenerators.deadline(random).kind());
    }
    assertThat(seen).containsExactlyInAnyOrder(DeadlineKind.values());
  }

  @Test
  void aDeadlineOfAKindHasThatKind() {
    RandomGenerator random = new SplittableRandom(2);
    for (DeadlineKind kind : DeadlineKind.values()) {
      for (int i = 0; i < 200; i++) {
        PlanPeriod period = AcplanGenerators.planPeriod(random);
        assertThat(AcplanGenerators.deadline(random, kind, period).kind()).isEqualTo(kind);
      }
    }
  }

  @Test
  void theTextOfADeadlineReadsBackToTheSameDeadline() {
    qt().withExamples(2000).forAll(AcplanGens.planPeriods(), AcplanGens.of(r -> r.nextLong()))
        .checkAssert((period, seed) -> {
          Deadline d = AcplanGenerators.deadline(new SplittableRandom(seed), period);
          Deadline read = DeadlineParser.forPeriod(period).parse(d.text());
          assertThat(read.kind()).as(d.text()).isEqualTo(d.kind());
          if (Deadlines.isRecognized(d)) {
            assertThat(DeadlineFormatter.canonical(read)).as(d.text()).isEqualTo(d);
          } else {
            assertThat(Deadlines.isRecognized(read)).as(d.text()).isFalse();
          }
        });
  }

  @Test
  void deadlineTextsAreNonBlankPhrases() {
    qt().forAll(AcplanGens.planPeriods().flatMap(AcplanGens::deadlineTexts))
        .checkAssert(text -> assertThat(text).isNotBlank());
  }

  @Test
  void datesAreInsideTheCalendarsRangeAndItAnswersForThem() {
    qt().withExamples(2000).forAll(AcplanGens.dates()).checkAssert(date -> {
      assertThat(date).isBetween(UkrainianCalendar.MIN_DATE, UkrainianCalendar.MAX_DATE);
      UkrainianCalendar.standard().isWorkingDay(date);
    });
  }

  @Test
  void aDateBetweenTwoDatesIsBetweenThem() {
    RandomGenerator random = new SplittableRandom(7);
    LocalDate start = LocalDate.of(2020, 2, 28);
    LocalDate end = LocalDate.of(2020, 3, 1);
    Set<LocalDate> seen = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.add(AcplanGenerators.dateBetween(random, start, end));
    }
    assertThat(seen).containsExactlyInAnyOrder(start, LocalDate.of(2020, 2, 29), end);
    assertThatThrownBy(() -> AcplanGenerators.dateBetween(random, end, start))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020-03-01");
  }

  @Test
  void periodsAndNumbersAreInTheirRanges() {
    qt().forAll(AcplanGens.planPeriods(), AcplanGens.measureNumbers()).checkAssert((period, number) -> {
      assertThat(period.firstYear()).isBetween(AcplanGenerators.FIRST_YEAR, AcplanGenerators.LAST_YEAR);
      assertThat(period.lastYear()).isBetween(period.firstYear(), AcplanGenerators.LAST_YEAR);
      assertThat(number.depth()).isBetween(2, 3);
      assertThat(MeasureNumber.parse(number.toString())).isEqualTo(number);
    });
  }

  @Test
  void plansAreValidatedAndSurviveJson() {
    qt().withExamples(100).forAll(AcplanGens.plans()).checkAssert(plan -> {
      assertThat(plan.kind()).isEqualTo(PlanKind.PLAN);
      assertThat(plan.sections()).isNotEmpty().allSatisfy(s -> assertThat(s.measures()).isNotEmpty());
      VALIDATOR.validate(plan);
      assertThat(viaJson(plan)).isEqualTo(plan);
    });
  }

  @Test
  void programmesLinkEveryRiskToTheirOwnMeasures() {
    qt().withExamples(100).forAll(AcplanGens.programmes()).checkAssert(programme -> {
      assertThat(programme.kind()).isEqualTo(PlanKind.PROGRAMME);
      assertThat(programme.risks()).isNotEmpty();
      for (CorruptionRisk risk : programme.risks()) {
        assertThat(risk.measures()).isNotEmpty()
            .allSatisfy(n -> assertThat(programme.measure(n)).as(risk.id() + " → " + n).isPresent());
        assertThat(programme.riskLevel(risk)).isPresent();
      }
      assertThat(programme.measures()).allSatisfy(m -> assertThat(m.resources()).isNotBlank());
      VALIDATOR.validate(programme);
      assertThat(viaJson(programme)).isEqualTo(programme);
    });
  }

  @Test
  void statusFilesReportOnTheirPlanAndAreJudged() {
    qt().withExamples(100).forAll(AcplanGens.plans().flatMap(p -> AcplanGens.statusFiles(p).map(r -> new Object[] {p, r})))
        .checkAssert(pair -> {
          Plan plan = (Plan) pair[0];
          ExecutionReport report = (ExecutionReport) pair[1];
          PlanPeriod period = plan.period();
          assertThat(report.period().year()).isBetween(period.firstYear(), period.lastYear());
          assertThat(report.entries()).allSatisfy(e -> {
            assertThat(plan.measure(e.number())).isPresent();
            e.actualDate().ifPresent(d -> assertThat(report.period().contains(d)).isTrue());
          });
          ExecutionMonitor.of(plan, UkrainianCalendar.standard()).assess(report);
          assertThat(viaJson(report)).isEqualTo(report);
        });
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    Plan a = AcplanGenerators.programme(new SplittableRandom(42));
    Plan b = AcplanGenerators.programme(new SplittableRandom(42));
    assertThat(a).isEqualTo(b);
    Measure m = AcplanGenerators.measure(new SplittableRandom(3), MeasureNumber.of(2, 4), PlanPeriod.ofYear(2025));
    assertThat(m.number()).isEqualTo(MeasureNumber.of(2, 4));
  }

  @Test
  void sectionNumbersMustBePositive() {
    assertThatThrownBy(() -> AcplanGenerators.section(new SplittableRandom(1), 0, PlanPeriod.ofYear(2025)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
  }

  private static Plan viaJson(Plan plan) {
    try {
      return PlanJson.standard().read(PlanJson.standard().write(plan));
    } catch (PlanFormatException e) {
      throw new AssertionError("a generated plan does not read back from its JSON", e);
    }
  }

  private static ExecutionReport viaJson(ExecutionReport report) {
    try {
      return ExecutionReportJson.standard().read(ExecutionReportJson.standard().write(report));
    } catch (PlanFormatException e) {
      throw new AssertionError("a generated status file does not read back from its JSON", e);
    }
  }
}
