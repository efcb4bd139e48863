package io.github.acplan.core.diff;

/**
 * The kinds of {@link Change}, with their logical names for JSON and the command line.
 */
public enum ChangeKind {
  /** A field of the plan itself changed: {@link PlanChanged}. */
  PLAN_CHANGED("plan-changed"),
  /** A section exists only in the newer plan: {@link SectionAdded}. */
  SECTION_ADDED("section-added"),
  /** A section exists only in the older plan: {@link SectionRemoved}. */
  SECTION_REMOVED("section-removed"),
  /** A section kept its number but not its title: {@link SectionRenamed}. */
  SECTION_RENAMED("section-renamed"),
  /** A measure exists only in the newer plan: {@link MeasureAdded}. */
  MEASURE_ADDED("measure-added"),
  /** A measure exists only in the older plan: {@link MeasureRemoved}. */
  MEASURE_REMOVED("measure-removed"),
  /** A measure went to another section: {@link MeasureMoved}. */
  MEASURE_MOVED("measure-moved"),
  /** A measure got another number in the same section: {@link MeasureRenumbered}. */
  MEASURE_RENUMBERED("measure-renumbered"),
  /** A measure's fields changed: {@link MeasureModified}. */
  MEASURE_MODIFIED("measure-modified"),
  /** A risk exists only in the newer register: {@link RiskAdded}. */
  RISK_ADDED("risk-added"),
  /** A risk exists only in the older register: {@link RiskRemoved}. */
  RISK_REMOVED("risk-removed"),
  /** A risk's identifier, fields or level changed: {@link RiskModified}. */
  RISK_MODIFIED("risk-modified");

  private final String id;

  ChangeKind(String id) {
    this.id = id;
  }

  /**
   * Returns the logical name.
   *
   * @return e.g. "measure-added"
   */
  public String id() {
    return id;
  }

  /**
   * Returns the kind the same change has when the two plans are swapped: added and removed swap, the
   * others stay.
   *
   * @return the inverse kind
   */
  public ChangeKind inverse() {
    switch (this) {
      case SECTION_ADDED:
        return SECTION_REMOVED;
      case SECTION_REMOVED:
        return SECTION_ADDED;
      case MEASURE_ADDED:
        return MEASURE_REMOVED;
      case MEASURE_REMOVED:
        return MEASURE_ADDED;
      case RISK_ADDED:
        return RISK_REMOVED;
      case RISK_REMOVED:
        return RISK_ADDED;
      default:
        return this;
    }
  }
}
