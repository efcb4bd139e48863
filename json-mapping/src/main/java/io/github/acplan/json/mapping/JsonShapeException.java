package io.github.acplan.json.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

  private static final Pattern INDEXED = Pattern.compile("(.*?)((?:\\[[0-9]{1,9}\\])*)", Pattern.DOTALL);
  private static final Pattern INDEX = Pattern.compile("\\[([0-9]{1,9})\\]");

  /** The path inside the converted value, {@code ""} for the value itself. */
  private final String path;

  /**
   * The path as steps, when the reader built it step by step ({@link #under}); null when it was given as
   * text, then parsed by {@link #pathSteps()}.
   */
  private final transient @Nullable List<Object> steps;

  /**
   * Creates the exception.
   *
   * @param path the path inside the converted value, {@code ""} for the value itself
   * @param message what is wrong
   * @param cause the model's exception ({@link #JsonShapeException(String, String)} when there is none)
   * @throws NullPointerException if an argument is null
   */
  public JsonShapeException(String path, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(cause, "cause"));
    this.path = Objects.requireNonNull(path, "path");
    this.steps = null;
  }

  /**
   * Creates the exception.
   *
   * @param path the path inside the converted value, {@code ""} for the value itself
   * @param message what is wrong
   * @throws NullPointerException if an argument is null
   */
  public JsonShapeException(String path, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.path = Objects.requireNonNull(path, "path");
    this.steps = null;
  }

  /** The same error one step further out: {@code step} (a property's name or an index) comes first. */
  private JsonShapeException(List<Object> steps, JsonShapeException inner) {
    super(inner.getMessage(), inner.getCause());
    setStackTrace(inner.getStackTrace());
    this.steps = steps;
    this.path = text(steps);
  }

  /**
   * Returns this error as seen from the value that holds the one it is about, at {@code step}.
   *
   * @param step the property's name ({@code String}) or the index in an array ({@code Integer})
   * @return a new exception with the same message and cause, its path beginning with {@code step}
   */
  JsonShapeException under(Object step) {
    List<Object> outer = new ArrayList<>();
    outer.add(step);
    outer.addAll(pathSteps());
    return new JsonShapeException(outer, this);
  }

  private static String text(List<Object> steps) {
    StringBuilder b = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof Integer) {
        b.append('[').append(step).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(step);
      }
    }
    return b.toString();
  }

  /**
   * Returns the path inside the converted value.
   *
   * @return e.g. {@code "kind"}, or {@code ""} for the value itself
   */
  public String path() {
    return path;
  }

  /**
   * Returns {@link #path()} as steps, outermost first, for a Jackson module to add to the path of its
   * own exception.
   *
   * @return property names ({@code String}) and array indexes ({@code Integer}); empty for the value itself
   */
  public List<Object> pathSteps() {
    if (this.steps != null) {
      return new ArrayList<>(this.steps);
    }
    List<Object> steps = new ArrayList<>();
    if (path.isEmpty()) {
      return steps;
    }
    for (String part : path.split("\\.", -1)) {
      // only a trailing run of [digits] is an index: a property name may hold any character
      Matcher m = INDEXED.matcher(part);
      m.matches();
      if (!m.group(1).isEmpty()) {
        steps.add(m.group(1));
      }
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        steps.add(Integer.valueOf(index.group(1)));
      }
    }
    return steps;
  }
}
