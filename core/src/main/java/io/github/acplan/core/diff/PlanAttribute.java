package io.github.acplan.core.diff;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * A field of the plan itself, as compared by {@link PlanChanged}.
 *
 * <p>The {@linkplain #id() identifiers} ("period") are the logical names used in JSON; both names are in
 * lower case.
 */
public enum PlanAttribute implements Worded {
  /** The title. */
  TITLE("title", "назва плану", "title"),
  /** The body the plan is for. */
  BODY("body", "орган", "body"),
  /** The years covered. */
  PERIOD("period", "період", "period"),
  /** The approving act. */
  APPROVAL("approval", "затвердження", "approval"),
  /** The signatory. */
  SIGNATORY("signatory", "підписант", "signatory"),
  /** What kind of document it is; the value is {@link io.github.acplan.core.PlanKind#id()}. */
  KIND("kind", "вид документа", "kind"),
  /**
   * The scale on which risks are scored; the value is {@link io.github.acplan.core.risk.RiskScale#toString()},
   * e.g. "1..3 (medium from 3, high from 6)".
   */
  RISK_SCALE("risk-scale", "шкала оцінювання ризиків", "risk scale"),
  /**
   * Whether every measure must address a risk of the register; the value is "true" or "false", which the
   * report words as "так" / "ні" or "yes" / "no".
   */
  MEASURES_MUST_ADDRESS_RISKS("measures-must-address-risks", "обов'язковість зв'язку заходів з ризиками",
      "measures must address risks");

  private final Wording wording;

  PlanAttribute(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<PlanAttribute> fromId(String id) {
    return Worded.byId(PlanAttribute.class, id);
  }
}
