package io.github.acplan.serialization;

/** Reading text in tests of the readers: a read that must fail, and a read that must succeed. */
public final class ReadAttempts {

  /**
   * A reader of text, such as {@code PlanJson::read}.
   *
   * @param <T> what it reads
   */
  @FunctionalInterface
  public interface TextReader<T> {
    /**
     * Reads a text.
     *
     * @param text the text
     * @return what was read
     * @throws PlanFormatException if the text is not valid
     */
    T read(String text) throws PlanFormatException;
  }

  private ReadAttempts() {}

  /**
   * Returns the exception a reader throws for a text.
   *
   * @param reader the reader
   * @param text the text, expected to be rejected
   * @return the exception
   * @throws AssertionError if the reader reads the text
   */
  public static PlanFormatException failure(TextReader<?> reader, String text) {
    try {
      reader.read(text);
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("expected a PlanFormatException for " + text);
  }

  /**
   * Reads back a text that a writer wrote.
   *
   * @param <T> what the reader reads
   * @param reader the reader
   * @param text the text, expected to be read
   * @return what was read
   * @throws AssertionError if the reader rejects the text
   */
  public static <T> T readBack(TextReader<T> reader, String text) {
    try {
      return reader.read(text);
    } catch (PlanFormatException e) {
      throw new AssertionError("could not read back:\n" + text, e);
    }
  }
}
