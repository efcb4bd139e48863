package io.github.acplan.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The act that approved a plan: "розпорядження голови районної в місті ради від 09.01.2020 № 2-р".
 *
 * <p>Build it with {@code Approval.builder()}; the generated {@link Approval} is immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractApproval {

  /**
   * Returns the kind of act.
   *
   * @return e.g. {@link ActKind#ROZPORIADZHENNIA}
   */
  public abstract ActKind kind();

  /**
   * Returns who issued the act, as written after the kind of act.
   *
   * @return e.g. "голови районної в місті ради"
   */
  public abstract String authority();

  /**
   * Returns the date of the act.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the registration number of the act, as written after "№".
   *
   * @return e.g. "2-р"
   */
  public abstract String number();

  @Value.Check
  void check() {
    if (number().isBlank()) {
      throw new PlanStructureException("The approval's number is blank; expected e.g. \"2-р\"");
    }
  }
}
