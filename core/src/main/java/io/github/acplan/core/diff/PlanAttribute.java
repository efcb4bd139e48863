package io.github.acplan.core.diff;

/**
 * A field of the plan itself, as compared by {@link PlanChanged}.
 */
public enum PlanAttribute {
  /** The title. */
  TITLE("title", "назва плану", "title"),
  /** The body the plan is for. */
  BODY("body", "орган", "body"),
  /** The years covered. */
  PERIOD("period", "період", "period"),
  /** The approving act. */
  APPROVAL("approval", "затвердження", "approval"),
  /** The signatory. */
  SIGNATORY("signatory", "підписант", "signatory");

  private final String id;
  private final String ukrainian;
  private final String english;

  PlanAttribute(String id, String ukrainian, String english) {
    this.id = id;
    this.ukrainian = ukrainian;
    this.english = english;
  }

  /**
   * Returns the logical name.
   *
   * @return e.g. "period"
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Ukrainian name, in lower case.
   *
   * @return e.g. "період"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English name, in lower case.
   *
   * @return e.g. "period"
   */
  public String english() {
    return english;
  }
}
