package io.github.acplan.json.mapping;

/**
 * A JSON value that has the right syntax but does not describe a valid model value: a broken invariant, an
 * unknown identifier, a malformed date or measure number.
 *
 * <p>{@link #path()} is the path inside the value being converted ({@code ""} for the value itself, else
 * e.g. {@code "kind"} or {@code "parts[1].month"}); the Jackson modules prefix it with where the value is
 * in the document.
 */
public final class JsonShapeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * Creates the exception.
   *
   * @param path the path inside the converted value, {@code ""} for the value itself
   * @param message what is wrong
   * @param cause the model's exception, if any
   */
  public JsonShapeException(String path, String message, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /**
   * Creates the exception.
   *
   * @param path the path inside the converted value, {@code ""} for the value itself
   * @param message what is wrong
   */
  public JsonShapeException(String path, String message) {
    super(message);
    this.path = path;
  }

  /**
   * Returns the path inside the converted value.
   *
   * @return e.g. {@code "kind"}, or {@code ""} for the value itself
   */
  public String path() {
    return path;
  }
}
