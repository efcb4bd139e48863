package io.github.acplan.serialization.text;

/**
 * How much of a plan's or a register's text the text readers read before they refuse it: the limits are
 * checked while reading, line by line, so that a text over a limit costs no more memory than the limit
 * allows, and is refused with a {@link io.github.acplan.serialization.PlanFormatException} that names the
 * limit and the line where it was reached.
 *
 * <p>The {@linkplain #standard() standard limits} leave a wide margin over real plans: a council's plan
 * has about 50 measures in about 100 000 characters, a national programme a few thousand measures. At the
 * standard limits a plan is read, validated and written as JSON in a 256 MB heap.
 *
 * @param maxChars the most characters of the text (UTF-16 units, after a byte order mark)
 * @param maxLines the most lines of the text
 * @param maxMeasures the most measures of a plan (risks of a register)
 */
public record TextLimits(long maxChars, int maxLines, int maxMeasures) {

  private static final TextLimits STANDARD = new TextLimits(8L << 20, 100_000, 20_000);

  /**
   * Checks the limits.
   *
   * @param maxChars the most characters of the text
   * @param maxLines the most lines of the text
   * @param maxMeasures the most measures of a plan
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public TextLimits {
    if (maxChars < 1 || maxLines < 1 || maxMeasures < 1) {
      throw new IllegalArgumentException("Every text limit is at least 1, got " + maxChars
          + " characters, " + maxLines + " lines, " + maxMeasures + " measures");
    }
  }

  /**
   * The standard limits: 8 388 608 characters (8 Mi), 100 000 lines and 20 000 measures.
   *
   * @return the standard limits
   */
  public static TextLimits standard() {
    return STANDARD;
  }

  /**
   * A copy with another character limit.
   *
   * @param chars the most characters
   * @return the copy
   */
  public TextLimits withMaxChars(long chars) {
    return new TextLimits(chars, maxLines, maxMeasures);
  }

  /**
   * A copy with another line limit.
   *
   * @param lines the most lines
   * @return the copy
   */
  public TextLimits withMaxLines(int lines) {
    return new TextLimits(maxChars, lines, maxMeasures);
  }

  /**
   * A copy with another measure limit.
   *
   * @param measures the most measures (risks of a register)
   * @return the copy
   */
  public TextLimits withMaxMeasures(int measures) {
    return new TextLimits(maxChars, maxLines, measures);
  }
}
