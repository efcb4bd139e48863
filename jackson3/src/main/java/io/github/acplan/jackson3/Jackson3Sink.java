package io.github.acplan.jackson3;

import io.github.acplan.json.mapping.PropertyName;
import io.github.acplan.json.mapping.TokenSink;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 generator, for the mapping's writer of shapes. Jackson 3 throws no checked exception. */
final class Jackson3Sink implements TokenSink {
  private final JsonGenerator generator;

  Jackson3Sink(JsonGenerator generator) {
    this.generator = generator;
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
    generator.writeNumber(value);
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) {
    generator.writeNumber(value);
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
