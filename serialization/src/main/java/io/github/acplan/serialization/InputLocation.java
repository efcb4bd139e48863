package io.github.acplan.serialization;

import io.github.acplan.serialization.table.GridLocation;
import java.util.Objects;

/**
 * Where in its input a problem is, as a value a program can inspect rather than only print: a
 * {@link GridLocation} (a line of text, or a page, sheet, table row, cell or paragraph of a document),
 * {@link InPart} for a place in one of a document's tables ("DOCX, table 2" and the row and cell in it), a
 * {@link JsonPath} in a JSON document, or a {@link Described} part that has no finer position (a whole
 * ZIP archive, "byte 0" of a file in an unsupported format).
 *
 * <p>Its {@code toString()} is the location as messages show it: "line 42", "page 3, table row 7, cell 2",
 * "$.sections[2].measures[0].number".
 *
 * @see PlanFormatException#where()
 */
public interface InputLocation {

  /**
   * Returns a location described in words only.
   *
   * @param words e.g. "ZIP" or "DOCX, table 2"
   * @return the location
   */
  static InputLocation described(String words) {
    return new Described(words);
  }

  /**
   * Returns the location of a JSON value.
   *
   * @param path the JSON path, like "$.sections[2].measures[0].number"
   * @return the location
   */
  static InputLocation jsonPath(String path) {
    return new JsonPath(path);
  }

  /**
   * A place in a part of a document: the part in words, as the document's reader names it ("DOCX, table
   * 2", "PDF", "XLSX"), and the row or cell in it.
   *
   * @param part the part of the document, in words
   * @param at where in that part
   */
  record InPart(String part, GridLocation at) implements InputLocation {
    /**
     * Creates the location.
     *
     * @param part the part of the document, in words
     * @param at where in that part
     * @throws IllegalArgumentException if the part is blank
     */
    public InPart {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(at, "at");
      if (part.isBlank()) {
        throw new IllegalArgumentException("A part of a document is named by some words");
      }
    }

    /**
     * The part, then the place in it: "DOCX, table 2, table row 7, cell 2".
     *
     * @return the location as messages show it
     */
    @Override
    public String toString() {
      return part + ", " + at;
    }
  }

  /**
   * A JSON path: {@code $} is the whole document, {@code .name} a property and {@code [i]} an element
   * (counted from 0).
   *
   * @param path the path, starting with {@code $}
   */
  record JsonPath(String path) implements InputLocation {
    /**
     * Creates the location.
     *
     * @param path the path
     * @throws IllegalArgumentException if the path does not start with {@code $}
     */
    public JsonPath {
      Objects.requireNonNull(path, "path");
      if (!path.startsWith("$")) {
        throw new IllegalArgumentException("A JSON path starts with $, got \"" + path + "\"");
      }
    }

    @Override
    public String toString() {
      return path;
    }
  }

  /**
   * A location with no finer position than its words: the whole input, or a part of a document named
   * by its format ("ZIP", "PDF", "DOCX, table 2") or by a byte offset ("byte 0").
   *
   * @param words the words
   */
  record Described(String words) implements InputLocation {
    /**
     * Creates the location.
     *
     * @param words the words
     * @throws IllegalArgumentException if they are blank
     */
    public Described {
      Objects.requireNonNull(words, "words");
      if (words.isBlank()) {
        throw new IllegalArgumentException("A location is described by some words");
      }
    }

    @Override
    public String toString() {
      return words;
    }
  }
}
