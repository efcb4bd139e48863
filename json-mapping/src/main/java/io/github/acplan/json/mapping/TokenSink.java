package io.github.acplan.json.mapping;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The tokens a JSON generator of either Jackson line writes, as the mapping's writer
 * ({@link JsonMapping.Binding#writeTo}) needs them: the Jackson 2 module of acplan-serialization and the
 * Jackson 3 module of acplan-jackson3 each adapt their line's {@code JsonGenerator} to it, so that one
 * writer, driven by the shapes' annotations, writes the format for both whatever the application's mapper
 * is set to (its property inclusion, naming strategy, default typing). It is meant for those two modules;
 * an application has no need of it.
 */
public interface TokenSink {
  /**
   * Writes the start of an object.
   *
   * @throws IOException if the generator fails
   */
  void startObject() throws IOException;

  /**
   * Writes the end of the innermost open object.
   *
   * @throws IOException if the generator fails
   */
  void endObject() throws IOException;

  /**
   * Writes the start of an array.
   *
   * @throws IOException if the generator fails
   */
  void startArray() throws IOException;

  /**
   * Writes the end of the innermost open array.
   *
   * @throws IOException if the generator fails
   */
  void endArray() throws IOException;

  /**
   * Writes a property's name inside an object.
   *
   * @param name the name
   * @throws IOException if the generator fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a property's name inside an object, one of the format's own: it may keep its generator's
   * encoded form in the name for the next time
   * ({@link PropertyName#encoded(Class, java.util.function.Function)}).
   *
   * @param name the name
   * @throws IOException if the generator fails
   */
  void name(PropertyName name) throws IOException;

  /**
   * Writes a string.
   *
   * @param value the string
   * @throws IOException if the generator fails
   */
  void string(String value) throws IOException;

  /**
   * Writes an integer of the format's ({@code int}, as Jackson writes an {@code Integer}: a tree keeps it
   * as one).
   *
   * @param value the integer
   * @throws IOException if the generator fails
   */
  void number(int value) throws IOException;

  /**
   * Writes a {@code long} integer.
   *
   * @param value the integer
   * @throws IOException if the generator fails
   */
  void number(long value) throws IOException;

  /**
   * Writes a decimal number.
   *
   * @param value the number
   * @throws IOException if the generator fails
   */
  void number(BigDecimal value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException if the generator fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Writes {@code null}.
   *
   * @throws IOException if the generator fails
   */
  void nullValue() throws IOException;
}
