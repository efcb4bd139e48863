package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.acplan.json.mapping.PropertyName;
import io.github.acplan.json.mapping.TokenSink;
import java.io.IOException;
import java.math.BigDecimal;

/** A Jackson 2 generator, for the mapping's writer of shapes. */
final class Jackson2Sink implements TokenSink {
  /** The generator's switch of an application's {@code JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS}. */
  private static final JsonGenerator.Feature NUMBERS_AS_STRINGS = JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS
      .mappedFeature();

  private final JsonGenerator generator;

  Jackson2Sink(JsonGenerator generator) {
    this.generator = generator;
  }

  /**
   * Turns off an application's {@code WRITE_NUMBERS_AS_STRINGS} for one of the format's numbers, which
   * stay numbers: the format's reader refuses "2024" for a year, so the mapper could not read back what it
   * wrote. Every Jackson 2 generator takes the switch while writing; {@link #restore} turns it on again.
   *
   * @return whether it was on
   */
  private boolean numbersAsNumbers() {
    if (generator.isEnabled(NUMBERS_AS_STRINGS)) {
      generator.disable(NUMBERS_AS_STRINGS);
      return true;
    }
    return false;
  }

  private void restore(boolean numbersAsStrings) {
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
    boolean numbersAsStrings = numbersAsNumbers();
    try {
      generator.writeNumber(value);
    } finally {
      restore(numbersAsStrings);
    }
  }

  @Override
  public void number(long value) throws IOException {
    boolean numbersAsStrings = numbersAsNumbers();
    try {
      generator.writeNumber(value);
    } finally {
      restore(numbersAsStrings);
    }
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    boolean numbersAsStrings = numbersAsNumbers();
    try {
      generator.writeNumber(value);
    } finally {
      restore(numbersAsStrings);
    }
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
