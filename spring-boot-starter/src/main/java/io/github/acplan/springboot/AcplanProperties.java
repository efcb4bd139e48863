package io.github.acplan.springboot;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code acplan.*} configuration properties of the starter.
 *
 * <pre>{@code
 * acplan.calendar.martial-law-end=2026-08-31   # last day of martial law, if it has ended
 * acplan.calendar.six-day-week=false           # the six-day working week of Labour Code art. 67
 * acplan.deadlines.period=2026                 # plan period for the DeadlineParser bean ("2024-2026")
 * acplan.validation.disabled-codes=MISSING_INDICATOR,SPLIT_TEXT
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param calendar the working-day calendar's settings
 * @param deadlines the deadline parser's settings
 * @param validation the validator's settings
 */
@ConfigurationProperties("acplan")
public record AcplanProperties(
    @DefaultValue Calendar calendar,
    @DefaultValue Deadlines deadlines,
    @DefaultValue Validation validation) {

  /**
   * Checks that every group is present (Spring binds empty groups through {@code @DefaultValue}).
   *
   * @param calendar the working-day calendar's settings
   * @param deadlines the deadline parser's settings
   * @param validation the validator's settings
   * @throws NullPointerException if a group is null
   */
  public AcplanProperties {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(deadlines, "deadlines");
    Objects.requireNonNull(validation, "validation");
  }

  /**
   * Settings of the {@link io.github.acplan.calendar.UkrainianCalendar} bean.
   *
   * @param martialLawEnd the last day of martial law (Law 2136-IX then stops applying the day after);
   *     absent while martial law is in force
   * @param sixDayWeek whether the organisation works a six-day week (Labour Code art. 67)
   */
  public record Calendar(@Nullable LocalDate martialLawEnd, @DefaultValue("false") boolean sixDayWeek) {
  }

  /**
   * Settings of the {@link io.github.acplan.core.deadline.DeadlineParser} bean.
   *
   * @param period the plan period that relative deadlines ("1 декада січня наступного року") are read
   *     in, as PlanPeriod.parse reads it: "2026" or
   *     "2024-2026"; without it there is no parser bean, because a parser is always for one period
   */
  public record Deadlines(@Nullable String period) {
  }

  /**
   * Settings of the {@link io.github.acplan.core.validation.PlanValidator} bean.
   *
   * @param disabledCodes finding codes of the standard validator to switch off; an unknown code fails
   *     the application's start with the list of known codes
   */
  public record Validation(@DefaultValue List<String> disabledCodes) {
    /**
     * Copies the list so that the settings stay unmodifiable.
     *
     * @param disabledCodes finding codes of the standard validator to switch off
     * @throws NullPointerException if the list or a code is null
     */
    public Validation {
      disabledCodes = List.copyOf(disabledCodes);
    }
  }
}
