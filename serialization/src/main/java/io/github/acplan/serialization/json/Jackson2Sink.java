package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.acplan.json.mapping.PropertyName;
import io.github.acplan.json.mapping.TokenSink;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A Jackson 2 generator, for the mapping's writer of shapes, for the writing of one value: close it when
 * the value is written.
 *
 * <p>The format's integers stay numbers whatever an application's {@code WRITE_NUMBERS_AS_STRINGS} says:
 * the format's reader refuses "2024" for a year, so the mapper could not read back what it wrote. The
 * sink turns that switch off while it writes acplan's value, which holds none of the application's own,
 * and {@link #close} turns it on again. Every Jackson 2 generator takes the switch while writing.
 */
final class Jackson2Sink implements TokenSink, AutoCloseable {
  /** The generator's switch of an application's {@code JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS}. */
  private static final JsonGenerator.Feature NUMBERS_AS_STRINGS = JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS
      .mappedFeature();

  private final JsonGenerator generator;
  /** Whether the application's mapper writes numbers as strings: the switch to turn on again. */
  private final boolean numbersAsStrings;

  Jackson2Sink(JsonGenerator generator) {
    this.generator = generator;
    this.numbersAsStrings = generator.isEnabled(NUMBERS_AS_STRINGS);
    if (numbersAsStrings) {
      generator.disable(NUMBERS_AS_STRINGS);
    }
  }

  /** Gives the application's numbers back their setting. */
  @Override
  public void close() {
    if (numbersAsStrings) {
      generator.enable(NUMBERS_AS_STRINGS);
    }
  }

  @Override
  public void startObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    generator.writeFieldName(name);
  }

  /** The name's {@code SerializedString}, made once: quoted and escaped once, copied on every write. */
  @Override
  public void name(PropertyName name) throws IOException {
    generator.writeFieldName(name.encoded(SerializedString.class, SerializedString::new));
  }

  @Override
  public void string(String value) throws IOException {
    generator.writeString(value);
  }

  @Override
  public void number(int value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    generator.writeNull();
  }
}
