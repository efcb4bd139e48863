package io.github.acplan.core.monitoring;

import io.github.acplan.core.AcplanStyle;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.PlanStructureException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A monitoring report on a plan: for a reporting period, the state of execution of its measures as of a
 * reporting date.
 *
 * <p>The reporting date ({@link #asOf()}) is the period's last day unless set: a report "за I півріччя
 * 2020 року" reports the state on 30 June 2020. It lies within the period. A measure is reported at most
 * once; measures not reported are simply absent (the monitor lists them). Build it with
 * {@code ExecutionReport.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractExecutionReport {

  /**
   * Returns the reporting period.
   *
   * @return e.g. 2020-H1
   */
  public abstract ReportingPeriod period();

  /**
   * Returns the day whose state the report gives.
   *
   * @return the reporting date, by default the period's last day
   */
  @Value.Default
  public LocalDate asOf() {
    return period().endInclusive();
  }

  /**
   * Returns what is reported of each measure, in the order given.
   *
   * @return the entries, possibly empty
   */
  public abstract List<MeasureExecution> entries();

  /**
   * Finds the entry of a measure.
   *
   * @param number the measure number
   * @return the entry, or empty if the measure is not reported on
   */
  public Optional<MeasureExecution> entry(MeasureNumber number) {
    Objects.requireNonNull(number, "number");
    for (MeasureExecution e : entries()) {
      if (e.number().equals(number)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (!period().contains(asOf())) {
      throw new PlanStructureException("Execution report " + period() + ": the reporting date " + asOf()
          + " is outside the period " + period().startInclusive() + ".." + period().endInclusive());
    }
    Set<MeasureNumber> seen = new HashSet<>();
    for (MeasureExecution e : entries()) {
      if (!seen.add(e.number())) {
        throw new PlanStructureException(
            "Execution report " + period() + ": measure " + e.number() + " is reported more than once");
      }
    }
  }
}
