package io.github.acplan.core.risk;

import io.github.acplan.core.AcplanStyle;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.PlanStructureException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry of a programme's risk register: the function or process, the corruption risk, its
 * description and sources ("чинники"), the probability and consequence scores, and the measures of the
 * programme that address it.
 *
 * <p>Scores are kept as written, even off the programme's {@link RiskScale}: the validator reports them,
 * and {@link io.github.acplan.core.Plan#riskLevel(CorruptionRisk)} gives no level for them. Build it with
 * {@code CorruptionRisk.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractCorruptionRisk {

  /**
   * Returns the identifier of the risk in the register, unique in a programme.
   *
   * @return e.g. "1" or "Р-3"
   */
  public abstract String id();

  /**
   * Returns the function or process in which the risk arises ("Функція / процес").
   *
   * @return e.g. "Публічні закупівлі", possibly empty
   */
  public abstract String function();

  /**
   * Returns the corruption risk itself ("Корупційний ризик").
   *
   * @return the risk, possibly empty in a damaged register (the validator reports it)
   */
  public abstract String risk();

  /**
   * Returns the description of the risk ("Опис ідентифікованого корупційного ризику").
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the sources of the risk ("Чинники корупційного ризику"), in order.
   *
   * @return the sources, possibly empty
   */
  public abstract List<String> sources();

  /**
   * Returns the probability score ("Ймовірність"), as written.
   *
   * @return the score
   */
  public abstract int probability();

  /**
   * Returns the consequence score ("Наслідки"), as written.
   *
   * @return the score
   */
  public abstract int consequence();

  /**
   * Returns the numbers of the measures that address the risk, in the register's order.
   *
   * @return the measure numbers, possibly empty
   */
  public abstract List<MeasureNumber> measures();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new PlanStructureException("Corruption risk \"" + risk() + "\": the identifier is blank");
    }
    Set<MeasureNumber> seen = new HashSet<>();
    for (MeasureNumber n : measures()) {
      if (!seen.add(n)) {
        throw new PlanStructureException("Corruption risk " + id() + ": measure " + n + " is linked twice");
      }
    }
  }
}
