package io.github.acplan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.PlanPeriod;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class DeadlineFormatterTest {

  @Test
  void factoriesWriteWhatOfficialsWrite() {
    assertThat(Deadlines.permanent().text()).isEqualTo("Постійно");
    assertThat(Deadlines.halfYearly().text()).isEqualTo("Щопівроку");
    assertThat(Deadlines.quarterly().text()).isEqualTo("Щокварталу");
    assertThat(Deadlines.every(PeriodUnit.HALF_YEAR, 2020, Month.JUNE, Month.DECEMBER).text())
        .isEqualTo("Щопівроку (червень, грудень 2020 року)");
    assertThat(Deadlines.atLeast(1, PeriodUnit.QUARTER).text()).isEqualTo("Не рідше 1 разу на квартал");
    assertThat(Deadlines.atLeast(2, PeriodUnit.YEAR).text()).isEqualTo("Не рідше 2 разів на рік");
    assertThat(Deadlines.yearly(DateBound.UNTIL, 1, Month.APRIL).text()).isEqualTo("Щороку до 1 квітня");
    assertThat(Deadlines.decade(1, Month.JANUARY, 2021).text()).isEqualTo("1 декада січня 2021 року");
    assertThat(Deadlines.months(Month.JANUARY, Month.MARCH, 2020).text()).isEqualTo("Січень-березень 2020 року");
    assertThat(Deadlines.days(16, Month.JULY, 15, Month.AUGUST).text()).isEqualTo("З 16 липня по 15 серпня");
    assertThat(Deadlines.between(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30)).text())
        .isEqualTo("01.03.2023 - 30.06.2023");
    assertThat(Deadlines.until(31, Month.JANUARY, 2022).text()).isEqualTo("До 31 січня 2022 року");
    assertThat(Deadlines.duringYear().text()).isEqualTo("Протягом року");
    assertThat(Deadlines.duringYears(2020).text()).isEqualTo("Протягом 2020 року");
    assertThat(Deadlines.duringYears(2023, 2025).text()).isEqualTo("У 2023 та 2025 роках");
    assertThat(Deadlines.during(PeriodUnit.HALF_YEAR, 2).text()).isEqualTo("Протягом II півріччя");
    assertThat(Deadlines.withinWorkingDays(2, "з моменту отримання повідомлення про конфлікт інтересів").text())
        .isEqualTo("Протягом 2 робочих днів з моменту отримання повідомлення про конфлікт інтересів");
    assertThat(Deadlines.withinWorkingDays(1, "").text()).isEqualTo("Протягом 1 робочого дня");
    assertThat(Deadlines.withinWorkingDays(21, "").text()).isEqualTo("Протягом 21 робочого дня");
    assertThat(Deadlines.withinCalendarDays(10, "").text()).isEqualTo("Протягом 10 календарних днів");
    assertThat(Deadlines.onEvent("При призначенні на посаду").text()).isEqualTo("При призначенні на посаду");
    assertThat(Deadlines.perSeparatePlan().text()).isEqualTo("За окремим планом");
  }

  @Test
  void compositesLowerTheLaterParts() {
    assertThat(Deadlines.allOf(Deadlines.onEvent("при призначенні на посаду"), Deadlines.permanent()).text())
        .isEqualTo("При призначенні на посаду; постійно");
    assertThat(Deadlines.allOf(Deadlines.refined(Deadlines.perSeparatePlan(), Deadlines.atLeast(1,
        PeriodUnit.QUARTER)), Deadlines.permanent()).text())
        .isEqualTo("За окремим планом (не рідше 1 разу на квартал); постійно");
    assertThat(Deadlines.conditional(Deadlines.permanent(), "В разі надходження проекту").text())
        .isEqualTo("Постійно (в разі надходження проекту)");
  }

  @Test
  void anEventInParenthesesIsACondition() {
    assertThat(Deadlines.refined(Deadlines.duringYear(), Deadlines.onEvent("у разі необхідності")))
        .isEqualTo(new Conditional("Протягом року (у разі необхідності)",
            new DuringPeriod("Протягом року", PeriodUnit.YEAR, 1, java.util.List.of()), "у разі необхідності"));
  }

  @Test
  void aListInsideAConditionIsBracketed() {
    Deadline d = Deadlines.conditional(Deadlines.allOf(Deadlines.permanent(), Deadlines.yearly()), "за потреби");
    assertThat(d.text()).isEqualTo("(Постійно; щороку) (за потреби)");
    assertThat(DeadlineFormatter.canonical(DeadlineParser.forPeriod(PlanPeriod.ofYear(2020)).parse(d.text())))
        .isEqualTo(d);
  }

  @Test
  void seedTextsHaveTheirCanonicalForms() {
    DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));
    assertThat(DeadlineFormatter.format(parser.parse("Протягом 2-х робочих днів з моменту отримання повідомлення"
        + " про конфлікт інтересів")))
        .isEqualTo("Протягом 2 робочих днів з моменту отримання повідомлення про конфлікт інтересів");
    assertThat(DeadlineFormatter.format(parser.parse("Січень-березень 2020 р.")))
        .isEqualTo("Січень-березень 2020 року");
    assertThat(DeadlineFormatter.format(parser.parse("Протягом 2020 р."))).isEqualTo("Протягом 2020 року");
    assertThat(DeadlineFormatter.format(parser.parse("не пізніше наступного робочого дня")))
        .isEqualTo("Протягом 1 робочого дня");
    assertThat(DeadlineFormatter.format(parser.parse("як вийде"))).isEqualTo("як вийде");
  }

  @Test
  void invalidValuesAreRejectedWithTheirPlace() {
    assertThatThrownBy(() -> Deadlines.decade(4, Month.MAY, 2020))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Decade");
    assertThatThrownBy(() -> Deadlines.until(30, Month.FEBRUARY, 2020))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ByDate: day");
    assertThatThrownBy(() -> Deadlines.months(Month.MARCH, Month.JANUARY, 2020))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> new Composite("x", Joiner.SEMICOLON, java.util.List.of(Deadlines.permanent())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two parts");
    assertThatThrownBy(() -> new Permanent(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("Permanent.text");
    assertThat(DeadlineKind.fromId("within-working-days")).contains(DeadlineKind.WITHIN_WORKING_DAYS);
    assertThat(DeadlineKind.fromId(" By-Date ")).contains(DeadlineKind.BY_DATE);
    assertThat(DeadlineKind.fromId("soon")).isEmpty();
  }
}
