package io.github.acplan.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.Deadlines;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanScheduleTest {

  private static final PlanPeriod Y2020 = PlanPeriod.ofYear(2020);

  private static Measure measure(String number, String deadline, String responsible) {
    return Measure.builder()
        .number(MeasureNumber.parse(number))
        .name("Захід " + number)
        .deadline(DeadlineParser.forPeriod(Y2020).parse(deadline))
        .responsible(Responsible.builder().text(responsible).build())
        .build();
  }

  /** Deadlines of measures 1.1, 1.2 and 4.2 of the 2020 plan of the Dovhyntsivskyi executive committee. */
  private static Plan plan() {
    return Plan.builder()
        .title("План заходів щодо запобігання та виявлення корупції")
        .body("у виконкомі")
        .period(Y2020)
        .addSections(Section.builder().number(1).title("Системний підхід")
            .addMeasures(measure("1.1", "Щопівроку", "Головний спеціаліст"),
                measure("1.2", "1 декада січня 2021 року", "Головний спеціаліст"))
            .build())
        .addSections(Section.builder().number(4).title("Фінансовий контроль")
            .addMeasures(measure("4.2", "Січень-березень 2020 р.", "керівники структурних підрозділів"))
            .build())
        .build();
  }

  @Test
  void itemsAreSortedByDueDateWithWorkingDayDueDates() {
    PlanSchedule schedule = PlanSchedule.of(plan(), UkrainianCalendar.standard());
    assertThat(schedule.items())
        .extracting(item -> item.due() + " " + item.measure().number())
        .containsExactly("2020-03-31 4.2", "2020-06-30 1.1", "2020-12-31 1.1", "2021-01-11 1.2");
    assertThat(schedule.items()).allSatisfy(
        item -> assertThat(UkrainianCalendar.standard().isWorkingDay(item.due())).isTrue());
  }

  @Test
  void aWindowAndAFilterSelectItems() {
    PlanSchedule schedule = PlanSchedule.of(plan(), UkrainianCalendar.standard());
    assertThat(schedule.dueBetween(LocalDate.of(2020, 6, 29), LocalDate.of(2020, 7, 5)))
        .extracting(DueItem::what).containsExactly("Щопівроку");
    assertThat(schedule.dueBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
        item -> item.measure().responsible().text().contains("керівники")))
        .extracting(item -> item.measure().number().toString()).containsExactly("4.2");
    assertThatThrownBy(() -> schedule.dueBetween(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020-01-01");
  }

  @Test
  void aProgrammeMeasureWithYearlyDeadlinesIsScheduledYearByYear() {
    PlanPeriod years = PlanPeriod.of(2024, 2026);
    DeadlineParser parser = DeadlineParser.forPeriod(years);
    Measure yearly = Measure.builder()
        .number(MeasureNumber.parse("1.1"))
        .name("Оновлення порядку")
        .deadline(parser.parse("до 15 грудня"))
        .responsible(Responsible.builder().text("Відділ закупівель").build())
        .putYearlyDeadlines(2024, parser.parse("до 1 липня 2024 р."))
        .putYearlyDeadlines(2025, parser.parse("до 31 травня 2025 р."))
        .build();
    Plan programme = Plan.builder().title("Антикорупційна програма").body("ради").period(years)
        .addSections(Section.builder().number(1).title("Закупівлі").addMeasures(yearly).build())
        .build();

    PlanSchedule schedule = PlanSchedule.of(programme, UkrainianCalendar.standard());

    // 2024 and 2025 by their own cells (31 May 2025, a Saturday, is due on Monday 2 June); 2026, with no
    // cell of its own, by the measure's deadline over 2026 alone.
    assertThat(schedule.items()).extracting(item -> item.due() + " " + item.what())
        .containsExactly("2024-07-01 до 1 липня 2024 р.", "2025-06-02 до 31 травня 2025 р.",
            "2026-12-15 до 15 грудня");
    assertThat(schedule.items()).extracting(DueItem::deadline)
        .containsExactly(yearly.yearlyDeadlines().get(2024), yearly.yearlyDeadlines().get(2025),
            yearly.deadline());
  }

  @Test
  void aBlankDeadlineLeavesTheYearsWithoutCellsEmpty() {
    PlanPeriod years = PlanPeriod.of(2024, 2026);
    Measure yearly = Measure.builder()
        .number(MeasureNumber.parse("1.1"))
        .name("Навчання")
        .deadline(io.github.acplan.core.deadline.Deadline.unparsed(""))
        .responsible(Responsible.builder().text("Відділ кадрів").build())
        .putYearlyDeadlines(2025, DeadlineParser.forPeriod(years).parse("Щопівроку"))
        .build();
    Plan programme = Plan.builder().title("Антикорупційна програма").body("ради").period(years)
        .addSections(Section.builder().number(1).title("Кадри").addMeasures(yearly).build())
        .build();

    assertThat(PlanSchedule.of(programme, UkrainianCalendar.standard()).items())
        .extracting(item -> item.due() + " " + item.what())
        .containsExactly("2025-06-30 Щопівроку", "2025-12-31 Щопівроку");
  }

  @Test
  void aDueDateOutsideTheCalendarNamesTheMeasure() {
    PlanPeriod y2100 = PlanPeriod.ofYear(2100);
    Plan plan = Plan.builder()
        .title("План заходів щодо запобігання та виявлення корупції")
        .body("у виконкомі")
        .period(y2100)
        .addSections(Section.builder().number(1).title("Системний підхід")
            .addMeasures(Measure.builder()
                .number(MeasureNumber.parse("1.2"))
                .name("Захід 1.2")
                .deadline(DeadlineParser.forPeriod(y2100).parse("1 декада січня 2101 року"))
                .responsible(Responsible.builder().text("Головний спеціаліст").build())
                .build())
            .build())
        .build();
    assertThatThrownBy(() -> PlanSchedule.of(plan, UkrainianCalendar.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Measure 1.2, deadline \"1 декада січня 2101 року\": ")
        .hasMessageContaining("2100-12-31");
  }
}
