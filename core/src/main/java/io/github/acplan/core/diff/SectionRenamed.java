package io.github.acplan.core.diff;

import java.util.Objects;

/**
 * A section kept its number but its title changed.
 *
 * @param number the section's number
 * @param oldTitle the title in the older plan
 * @param newTitle the title in the newer plan
 */
public record SectionRenamed(int number, String oldTitle, String newTitle) implements Change {

  /**
   * Checks the components.
   *
   * @param number the number
   * @param oldTitle the old title
   * @param newTitle the new title
   * @throws IllegalArgumentException if the titles are equal
   */
  public SectionRenamed {
    Objects.requireNonNull(oldTitle, "oldTitle");
    Objects.requireNonNull(newTitle, "newTitle");
    if (oldTitle.equals(newTitle)) {
      throw new IllegalArgumentException("Section " + number + ": old and new titles are equal");
    }
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.SECTION_RENAMED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
