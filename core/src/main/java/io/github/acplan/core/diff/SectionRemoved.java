package io.github.acplan.core.diff;

import io.github.acplan.core.Section;
import java.util.Objects;

/**
 * A section number exists only in the older plan. Its measures that are gone are reported as
 * {@link MeasureRemoved} too; those that went to another section as {@link MeasureMoved}.
 *
 * @param section the section, as in the older plan
 */
public record SectionRemoved(Section section) implements Change {

  /**
   * Checks the component.
   *
   * @param section the section
   */
  public SectionRemoved {
    Objects.requireNonNull(section, "section");
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.SECTION_REMOVED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
