package io.github.acplan.jackson3;

import io.github.acplan.json.mapping.PropertyName;
import io.github.acplan.json.mapping.TokenSink;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.JsonGeneratorDelegate;

/** A Jackson 3 generator, for the mapping's writer of shapes. Jackson 3 throws no checked exception. */
final class Jackson3Sink implements TokenSink {
  private final JsonGenerator generator;
  /**
   * Whether the application's mapper writes numbers as strings ({@code JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS}):
   * the format's integers stay numbers, since its reader refuses "2024" for a year and the mapper could
   * not read back what it wrote. A Jackson 3 generator's switch is fixed when it is made, so such a number
   * is written as its raw text, which the generator places as a value. Only JSON text generators have the
   * switch; a tree's token buffer keeps numbers as numbers. A generator an application wrapped (a
   * {@link JsonGeneratorDelegate}, such as Jackson's filtering one) passes numbers to the one it wraps, so
   * the switch is looked for under the wrappers.
   */
  private final boolean numbersAsStrings;

  Jackson3Sink(JsonGenerator generator) {
    this.generator = generator;
    JsonGenerator writing = generator;
    while (writing instanceof JsonGeneratorDelegate wrapper && wrapper.delegate() != null
        && wrapper.delegate() != wrapper) {
      writing = wrapper.delegate();
    }
    this.numbersAsStrings = writing instanceof JsonGeneratorBase json
        && json.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS);
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  /** The name's {@code SerializedString}, made once: quoted and escaped once, copied on every write. */
  @Override
  public void name(PropertyName name) {
    generator.writeName(name.encoded(SerializedString.class, SerializedString::new));
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(int value) {
    if (numbersAsStrings) {
      generator.writeRawValue(Integer.toString(value));
    } else {
      generator.writeNumber(value);
    }
  }

  @Override
  public void number(long value) {
    if (numbersAsStrings) {
      generator.writeRawValue(Long.toString(value));
    } else {
      generator.writeNumber(value);
    }
  }

  @Override
  public void number(BigDecimal value) {
    if (numbersAsStrings) {
      generator.writeRawValue(generator.isEnabled(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          ? value.toPlainString() : value.toString());
    } else {
      generator.writeNumber(value);
    }
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    generator.writeNull();
  }
}
