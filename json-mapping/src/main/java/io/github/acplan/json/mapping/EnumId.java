package io.github.acplan.json.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a shape's setter whose string is the JSON id of a constant of {@link #value()} in a document
 * written by acplan (an actor's or a deadline's {@code "kind"}, a period unit, a joiner, a month): the
 * reader compares the parser's characters with the enum's ids and hands the setter the id's own instance,
 * without making a string and looking it over for lone surrogates. Any other string is read as every
 * string is, so the setter sees the same text either way.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface EnumId {

  /** The enum whose ids the string most likely is. */
  Class<? extends Enum<?>> value();
}
