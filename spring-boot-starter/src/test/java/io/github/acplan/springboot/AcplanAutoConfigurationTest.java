package io.github.acplan.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AcplanAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AcplanAutoConfiguration.class));

  @Test
  void withoutPropertiesTheCalendarIsTheStandardOneAndThereIsNoParser() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(UkrainianCalendar.class).hasSingleBean(PlanValidator.class)
          .doesNotHaveBean(DeadlineParser.class);
      assertThat(context.getBean(UkrainianCalendar.class)).isSameAs(UkrainianCalendar.standard());
      assertThat(context.getBean(PlanValidator.class).codes())
          .isEqualTo(PlanValidator.standard().codes());
    });
  }

  @Test
  void martialLawEndMakesChristmas2025ADayOffAgain() {
    LocalDate christmas = LocalDate.of(2025, 12, 25);   // a Thursday
    runner.run(context -> assertThat(
        context.getBean(UkrainianCalendar.class).isWorkingDay(christmas)).isTrue());
    runner.withPropertyValues("acplan.calendar.martial-law-end=2025-01-31").run(context -> {
      UkrainianCalendar calendar = context.getBean(UkrainianCalendar.class);
      assertThat(calendar).isNotSameAs(UkrainianCalendar.standard());
      assertThat(calendar.isWorkingDay(christmas)).isFalse();
    });
  }

  @Test
  void sixDayWeekMakesAnOrdinarySaturdayAWorkingDay() {
    LocalDate saturday = LocalDate.of(2021, 3, 13);
    runner.withPropertyValues("acplan.calendar.six-day-week=true").run(context ->
        assertThat(context.getBean(UkrainianCalendar.class).isWorkingDay(saturday)).isTrue());
    runner.run(context ->
        assertThat(context.getBean(UkrainianCalendar.class).isWorkingDay(saturday)).isFalse());
  }

  @Test
  void theDeadlineParserReadsInTheConfiguredPeriod() {
    runner.withPropertyValues("acplan.deadlines.period=2020").run(context -> {
      DeadlineParser parser = context.getBean(DeadlineParser.class);
      assertThat(parser.parse("1 декада січня 2021 року"))
          .isEqualTo(DeadlineParser.forPeriod(PlanPeriod.ofYear(2020)).parse("1 декада січня 2021 року"));
      assertThat(parser.parse("Щопівроку").kind()).isEqualTo(DeadlineKind.PERIODIC);
    });
  }

  @Test
  void disabledCodesAreLeftOutAndAnUnknownCodeFailsTheStart() {
    runner.withPropertyValues("acplan.validation.disabled-codes=MISSING_INDICATOR,SPLIT_TEXT")
        .run(context -> {
          // The seed has one measure without an indicator (6.3) and one split text (2.5).
          assertThat(PlanValidator.standard().validate(SeedFixtures.plan()).findings())
              .extracting(f -> f.code()).contains("MISSING_INDICATOR", "SPLIT_TEXT");
          assertThat(context.getBean(PlanValidator.class).validate(SeedFixtures.plan()).findings())
              .extracting(f -> f.code()).doesNotContain("MISSING_INDICATOR", "SPLIT_TEXT")
              .contains("MISSING_EXPECTED_RESULT");
        });
    runner.withPropertyValues("acplan.validation.disabled-codes=NO_SUCH_CODE")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("NO_SUCH_CODE").hasMessageContaining("known codes"));
    runner.withPropertyValues("acplan.deadlines.period=двадцятий")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void everyBeanBacksOffForTheApplicationsOwn() {
    runner.withUserConfiguration(OwnBeans.class).withPropertyValues("acplan.deadlines.period=2020")
        .run(context -> {
          assertThat(context.getBean(UkrainianCalendar.class)).isSameAs(OwnBeans.CALENDAR);
          assertThat(context.getBean(PlanValidator.class)).isSameAs(OwnBeans.VALIDATOR);
          assertThat(context.getBean(DeadlineParser.class)).isSameAs(OwnBeans.PARSER);
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final UkrainianCalendar CALENDAR = UkrainianCalendar.builder().sixDayWeek().build();
    static final PlanValidator VALIDATOR = PlanValidator.empty();
    static final DeadlineParser PARSER = DeadlineParser.forPeriod(PlanPeriod.ofYear(2030));

    @Bean
    UkrainianCalendar calendar() {
      return CALENDAR;
    }

    @Bean
    PlanValidator validator() {
      return VALIDATOR;
    }

    @Bean
    DeadlineParser parser() {
      return PARSER;
    }
  }
}
