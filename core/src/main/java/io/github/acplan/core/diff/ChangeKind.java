package io.github.acplan.core.diff;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * The kinds of {@link Change}, with their logical names for JSON and the command line.
 */
public enum ChangeKind implements Worded {
  /** A field of the plan itself changed: {@link PlanChanged}. */
  PLAN_CHANGED("plan-changed", "змінено план", "plan changed"),
  /** A section exists only in the newer plan: {@link SectionAdded}. */
  SECTION_ADDED("section-added", "додано розділ", "section added"),
  /** A section exists only in the older plan: {@link SectionRemoved}. */
  SECTION_REMOVED("section-removed", "вилучено розділ", "section removed"),
  /** A section kept its number but not its title: {@link SectionRenamed}. */
  SECTION_RENAMED("section-renamed", "перейменовано розділ", "section renamed"),
  /** A measure exists only in the newer plan: {@link MeasureAdded}. */
  MEASURE_ADDED("measure-added", "додано захід", "measure added"),
  /** A measure exists only in the older plan: {@link MeasureRemoved}. */
  MEASURE_REMOVED("measure-removed", "вилучено захід", "measure removed"),
  /** A measure went to another section: {@link MeasureMoved}. */
  MEASURE_MOVED("measure-moved", "перенесено захід", "measure moved"),
  /** A measure got another number in the same section: {@link MeasureRenumbered}. */
  MEASURE_RENUMBERED("measure-renumbered", "перенумеровано захід", "measure renumbered"),
  /** A measure's fields changed: {@link MeasureModified}. */
  MEASURE_MODIFIED("measure-modified", "змінено захід", "measure modified"),
  /** A risk exists only in the newer register: {@link RiskAdded}. */
  RISK_ADDED("risk-added", "додано ризик", "risk added"),
  /** A risk exists only in the older register: {@link RiskRemoved}. */
  RISK_REMOVED("risk-removed", "вилучено ризик", "risk removed"),
  /** A risk's identifier, fields or level changed: {@link RiskModified}. */
  RISK_MODIFIED("risk-modified", "змінено ризик", "risk modified");

  private final Wording wording;

  ChangeKind(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the kind with a logical name, in any case and with spaces around it.
   *
   * @param id a logical name such as "measure-added"
   * @return the kind, or empty if no kind has that name
   */
  public static Optional<ChangeKind> fromId(String id) {
    return Worded.byId(ChangeKind.class, id);
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
