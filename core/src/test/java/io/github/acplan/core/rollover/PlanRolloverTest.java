package io.github.acplan.core.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.FieldChange;
import io.github.acplan.core.diff.MeasureModified;
import io.github.acplan.core.diff.PlanAttribute;
import io.github.acplan.core.diff.PlanChanged;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.fixtures.SeedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanRolloverTest {

  private static final Plan SEED = SeedPlan.plan();

  @Test
  void theSeedRolledOverTo2021ChangesOnlyTheYearsOfItsPeriod() {
    RolloverResult result = PlanRollover.toYear(SEED, 2021);
    assertThat(result.edits()).extracting(RolloverEdit::path, RolloverEdit::oldText, RolloverEdit::newText)
        .containsExactly(
            tuple("plan/period", "2020", "2021"),
            tuple("plan/approval", "розпорядження голови районної в місті ради від 09.01.2020 № 2-р", ""),
            tuple("1.1/name", "Проводити моніторинг, оцінку та перегляд Плану заходів на 2020 р.",
                "Проводити моніторинг, оцінку та перегляд Плану заходів на 2021 р."),
            tuple("1.1/indicators", SEED.measures().get(0).indicators().get(0).text(),
                SEED.measures().get(0).indicators().get(0).text().replace("2020", "2021")),
            tuple("1.2/name", "Розробити та затвердити План заходів на 2021 р.",
                "Розробити та затвердити План заходів на 2022 р."),
            tuple("1.2/deadline", "1 декада січня 2021 року", "1 декада січня 2022 року"),
            tuple("1.2/indicators", "Узагальнення інформації щодо виконання Плану заходів за 2020 р.;"
                + " розроблення та надання на затвердження керівнику Плану заходів на 2021 рік",
                "Узагальнення інформації щодо виконання Плану заходів за 2021 р.;"
                + " розроблення та надання на затвердження керівнику Плану заходів на 2022 рік"),
            tuple("2.1/deadline", "Щопівроку (червень, грудень 2020 року)",
                "Щопівроку (червень, грудень 2021 року)"),
            tuple("4.1/deadline", "Січень-березень 2020 р. (за окремим графіком); у разі потреби (при"
                + " призначенні на посаду, при звільненні тощо); протягом року",
                "Січень-березень 2021 р. (за окремим графіком); у разі потреби (при"
                + " призначенні на посаду, при звільненні тощо); протягом року"),
            tuple("4.2/deadline", "Січень-березень 2020 р.", "Січень-березень 2021 р."),
            tuple("5.1/deadline", "Протягом 2020 р.", "Протягом 2021 р."));
    Plan draft = result.plan();
    assertThat(draft.period()).isEqualTo(PlanPeriod.ofYear(2021));
    assertThat(draft.approval()).isEmpty();
    assertThat(draft.signatory()).isEqualTo(SEED.signatory());
    // Deadlines are read again for 2021: 1.2's is the first decade of January 2022.
    io.github.acplan.core.deadline.Deadline d12 =
        draft.measure(MeasureNumber.parse("1.2")).orElseThrow().deadline();
    assertThat(d12).isEqualTo(io.github.acplan.core.deadline.DeadlineParser.forPeriod(PlanPeriod.ofYear(2021))
        .parse("1 декада січня 2022 року"));
    assertThat(d12.kind()).isEqualTo(io.github.acplan.core.deadline.DeadlineKind.DECADE);
    // The standard's year is not a plan year.
    assertThat(draft.measure(MeasureNumber.parse("6.10")).orElseThrow().expectedResults().get(0).text())
        .endsWith("ДСТУ ISO 9001:2015");
  }

  @Test
  void theDiffOfTheSeedAndItsRolloverShowsExactlyTheRolloversEdits() {
    RolloverResult result = PlanRollover.toYear(SEED, 2021);
    List<Change> changes = PlanDiff.between(SEED, result.plan());
    List<String> fromDiff = new ArrayList<>();
    for (Change c : changes) {
      if (c instanceof PlanChanged) {
        PlanChanged p = (PlanChanged) c;
        fromDiff.add("plan/" + p.attribute().id() + ": " + p.oldValue().orElse("") + " → "
            + p.newValue().orElse(""));
      } else {
        MeasureModified m = (MeasureModified) c;
        assertThat(m.oldNumber()).isEqualTo(m.newNumber());
        for (FieldChange f : m.changes()) {
          for (int i = 0; i < f.oldValues().size(); i++) {
            fromDiff.add(m.newNumber() + "/" + f.field().id() + ": " + f.oldValues().get(i) + " → "
                + f.newValues().get(i));
          }
        }
      }
    }
    List<String> fromRollover = result.edits().stream()
        .map(e -> e.path() + ": " + e.oldText() + " → " + e.newText()).toList();
    assertThat(fromDiff).isEqualTo(fromRollover);
    assertThat(changes.get(0)).isEqualTo(new PlanChanged(PlanAttribute.PERIOD, Optional.of("2020"),
        Optional.of("2021")));
  }

  @Test
  void yearsOutsideTheWindowAroundThePeriodAndStandardsAndDocumentNumbersStay() {
    YearShifter shifter = new YearShifter(PlanPeriod.ofYear(2020), 1);
    assertThat(shifter.shift("ДСТУ ISO 9001:2015, ISO 37001:2020")).isEqualTo("ДСТУ ISO 9001:2015, ISO 37001:2020");
    assertThat(shifter.shift("з 2018 по 2019, 2020 і 2021, але не 2022")).isEqualTo("з 2018 по 2020, 2021 і 2022, але не 2022");
    assertThat(shifter.shift("наказ від 09.01.2020 № 2020")).isEqualTo("наказ від 09.01.2021 № 2020");
    assertThat(shifter.shift("код 120201, 20201")).isEqualTo("код 120201, 20201");
    assertThat(shifter.shift("2020–2021")).isEqualTo("2021–2022");
  }

  @Test
  void aMultiYearProgrammeMovesItsWholeWindow() {
    YearShifter shifter = new YearShifter(PlanPeriod.of(2022, 2024), 3);
    assertThat(shifter.shift("у 2021, 2023 та 2025 роках; з 2020")).isEqualTo("у 2024, 2026 та 2028 роках; з 2020");
  }

  @Test
  void deadlinesAreDerivedAgainFromTheirShiftedTextAndTheNewPeriod() {
    List<String> seen = new ArrayList<>();
    RolloverResult result = PlanRollover.toYear(SEED, 2021, (text, period) -> {
      seen.add(period + " " + text);
      return io.github.acplan.core.deadline.Deadline.unparsed(text);
    });
    assertThat(seen).hasSize(41).contains("2021 1 декада січня 2022 року", "2021 Постійно");
    assertThat(result.plan().measure(MeasureNumber.parse("5.1")).orElseThrow().deadline().text())
        .isEqualTo("Протягом 2021 р.");
  }
}
