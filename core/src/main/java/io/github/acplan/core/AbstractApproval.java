package io.github.acplan.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How a plan was approved: by an act, "розпорядження голови районної в місті ради від 09.01.2020 № 2-р",
 * or by the head's signature under "ЗАТВЕРДЖУЮ" with the head's position, name and the date
 * ({@link ActKind#SIGNATURE}: no number, {@link #signedBy()} the name).
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
   * Returns who issued the act, as written after the kind of act; for an approval by signature, the
   * position of the head who signed it.
   *
   * @return e.g. "голови районної в місті ради", or "Сільський голова"
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
   * @return e.g. "2-р"; empty for an approval by signature ({@link ActKind#SIGNATURE})
   */
  @Value.Default
  public String number() {
    return "";
  }

  /**
   * Returns who signed the approval, for a plan approved by the head's signature under "ЗАТВЕРДЖУЮ"
   * ({@link ActKind#SIGNATURE}); {@link #authority()} is then the head's position.
   *
   * @return e.g. "Іван ПЕТРЕНКО"; empty for an act
   */
  @Value.Default
  public String signedBy() {
    return "";
  }

  @Value.Check
  void check() {
    if (kind() == ActKind.SIGNATURE) {
      if (signedBy().isBlank()) {
        throw new PlanStructureException("An approval by signature names who signed it; signedBy is blank, "
            + "expected e.g. \"Іван ПЕТРЕНКО\"");
      }
      if (!number().isEmpty()) {
        throw new PlanStructureException("An approval by signature has no act number; found \"" + number() + "\"");
      }
      return;
    }
    if (number().isBlank()) {
      throw new PlanStructureException("The approval's number is blank; expected e.g. \"2-р\"");
    }
    if (!signedBy().isEmpty()) {
      throw new PlanStructureException("Only an approval by signature names who signed it; an act ("
          + kind().ukrainian() + ") has signedBy empty, found \"" + signedBy() + "\"");
    }
  }
}
