package io.github.acplan.core.diff;

import io.github.acplan.core.Section;
import java.util.Objects;

/**
 * A section number exists only in the newer plan. Its measures that are new are reported as
 * {@link MeasureAdded} too; those that came from another section as {@link MeasureMoved}.
 *
 * @param section the section, as in the newer plan
 */
public record SectionAdded(Section section) implements Change {

  /**
   * Checks the component.
   *
   * @param section the section
   */
  public SectionAdded {
    Objects.requireNonNull(section, "section");
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.SECTION_ADDED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
