package io.github.acplan.json.mapping;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The tokens of a JSON parser of either Jackson line, as the mapping's reader ({@link JsonMapping.Binding#readFrom})
 * needs them: the Jackson 2 module of acplan-serialization and the Jackson 3 module of acplan-jackson3 each
 * adapt their line's {@code JsonParser} to it, so that one reader, driven by the shapes' annotations, reads
 * the format for both. It is meant for those two modules; an application has no need of it.
 *
 * <p>Token kinds are the ids of Jackson's {@code JsonTokenId}, the same in both lines.
 */
public interface TokenStream {
  /** No token: the input has ended or has not begun. */
  int NONE = 0;
  /** The start of an object. */
  int START_OBJECT = 1;
  /** The end of an object. */
  int END_OBJECT = 2;
  /** The start of an array. */
  int START_ARRAY = 3;
  /** The end of an array. */
  int END_ARRAY = 4;
  /** A property's name. */
  int NAME = 5;
  /** A string value. */
  int STRING = 6;
  /** An integer. */
  int INTEGER = 7;
  /** A number with a fraction or an exponent. */
  int FLOAT = 8;
  /** {@code true}. */
  int TRUE = 9;
  /** {@code false}. */
  int FALSE = 10;
  /** {@code null}. */
  int NULL = 11;

  /**
   * Returns the kind of the current token.
   *
   * @return one of the constants of this interface, or another of Jackson's ids for a token JSON text
   *     does not have
   */
  int currentToken();

  /**
   * Moves to the next token.
   *
   * @return its kind
   * @throws IOException if the input cannot be read or is not JSON (Jackson 2's exceptions)
   */
  int nextToken() throws IOException;

  /**
   * Moves to the next token and returns its name if it is a property's name.
   *
   * @return the name, or null if the next token is something else (then the current token)
   * @throws IOException if the input cannot be read or is not JSON
   */
  @org.jspecify.annotations.Nullable String nextName() throws IOException;

  /**
   * Moves to the next token and returns its name if it is a property's name, as {@link #nextName()},
   * when the caller expects the property {@code expected}: a parser that can compare its input with the
   * name's encoded form (Jackson's {@code nextFieldName(SerializableString)}) need not decode the name
   * and look it up. This default ignores the hint.
   *
   * @param expected the property the caller expects next
   * @return {@code expected.text()}, that very instance, if the next token is that property's name; else
   *     what {@link #nextName()} returns
   * @throws IOException if the input cannot be read or is not JSON
   */
  default @org.jspecify.annotations.Nullable String nextName(PropertyName expected) throws IOException {
    return nextName();
  }

  /**
   * Returns the name of the current property, when the current token is its name.
   *
   * @return the name
   * @throws IOException if the input cannot be read
   */
  String currentName() throws IOException;

  /**
   * Returns the text of the current token: a string's value, a number as written.
   *
   * @return the text
   * @throws IOException if the input cannot be read
   */
  String text() throws IOException;

  /**
   * Returns the buffer holding the current string's characters, from {@link #textOffset()} for
   * {@link #textLength()} characters, without making a string: for comparing a string with a few known
   * ones. The buffer is the parser's, valid until the next token and not to be changed. This default
   * makes a string.
   *
   * @return the buffer
   * @throws IOException if the input cannot be read
   */
  default char[] textCharacters() throws IOException {
    return text().toCharArray();
  }

  /**
   * Returns where the current string's characters begin in {@link #textCharacters()}.
   *
   * @return the offset
   * @throws IOException if the input cannot be read
   */
  default int textOffset() throws IOException {
    return 0;
  }

  /**
   * Returns how many characters the current string has in {@link #textCharacters()}.
   *
   * @return the length
   * @throws IOException if the input cannot be read
   */
  default int textLength() throws IOException {
    return text().length();
  }

  /**
   * Returns whether a string read from this stream so far may hold a surrogate. The reader of the shapes
   * looks over every string for a lone surrogate while this says true; a stream that knows its input held
   * no surrogate and no escape spelling one, such as a parser over a {@link SurrogateScreeningReader},
   * says false and spares it that. Asked after the string's {@link #text()}, which may read more input.
   * This default says true.
   *
   * @return false only if no string of the input read so far holds a surrogate
   */
  default boolean mayHoldSurrogates() {
    return true;
  }

  /**
   * Returns whether the current integer fits in an {@code int}, whatever type the parser holds it in: a
   * tree or a token buffer keeps {@code 2020} as a {@code long} when it was written as one.
   *
   * @return true if {@link #intValue()} gives it exactly
   * @throws IOException if the number cannot be read
   */
  boolean isInt() throws IOException;

  /**
   * Returns whether an integer a parser holds in a wider type fits in an {@code int}: from text a parser
   * says {@code INT} whenever the number fits, but a tree or a token buffer keeps the type the number was
   * written as, a {@code long} or a {@code BigInteger}. For the adapters' {@link #isInt()}.
   *
   * @param integer the parser's number
   * @return true if it is an integer within {@code int}'s range
   */
  static boolean fitsInt(Number integer) {
    Objects.requireNonNull(integer, "integer");
    if (integer instanceof Integer || integer instanceof Short || integer instanceof Byte) {
      return true;
    }
    if (integer instanceof Long value) {
      return value == value.intValue();
    }
    return integer instanceof BigInteger value && value.bitLength() < Integer.SIZE;
  }

  /**
   * Returns the current integer.
   *
   * @return its value
   * @throws IOException if the number cannot be read
   */
  int intValue() throws IOException;

  /**
   * Returns the current number as Jackson's untyped reading gives it: {@code Integer}, {@code Long} or
   * {@code BigInteger} for an integer, {@code Double} (or {@code BigDecimal}) for a fraction.
   *
   * @return the number
   * @throws IOException if the number cannot be read
   */
  Number numberValue() throws IOException;

  /**
   * Skips the current array or object, if the current token opens one.
   *
   * @throws IOException if the input cannot be read or is not JSON
   */
  void skipChildren() throws IOException;

  /**
   * Returns how deep the current token lies in the value this stream was handed over at: how many arrays
   * and objects inside that value enclose it or are opened by it. The value's own object does not count:
   * its properties are at depth 0, the start of an array or object that is a property's value at 1, and
   * so on. The reader refuses a value nested deeper than {@link JsonMapping#MAX_NESTING_DEPTH}, whatever
   * the parser allows, so that reading never runs out of the thread's stack.
   *
   * @return the depth, 0 at the value's own level
   */
  int depth();
}
