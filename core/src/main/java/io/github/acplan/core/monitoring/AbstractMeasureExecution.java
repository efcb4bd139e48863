package io.github.acplan.core.monitoring;

import io.github.acplan.core.AcplanStyle;
import io.github.acplan.core.MeasureNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a monitoring report says of one measure: its status, the day it was actually done, a comment and
 * links to evidence (a published order, a web page, a register entry).
 *
 * <p>Build it with {@code MeasureExecution.builder()}. Texts and links are kept exactly as given.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractMeasureExecution {

  /**
   * Returns the number of the measure reported on.
   *
   * @return the measure number
   */
  public abstract MeasureNumber number();

  /**
   * Returns the status of execution.
   *
   * @return the status
   */
  public abstract ExecutionStatus status();

  /**
   * Returns the day the measure was actually done ("Фактична дата виконання").
   *
   * @return the date, or empty if none is given
   */
  public abstract Optional<LocalDate> actualDate();

  /**
   * Returns the comment ("Інформація про виконання").
   *
   * @return the comment, possibly empty
   */
  @Value.Default
  public String comment() {
    return "";
  }

  /**
   * Returns links to evidence of execution, as given.
   *
   * @return the links, possibly empty
   */
  public abstract List<String> evidence();
}
