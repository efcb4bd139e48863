package io.github.acplan.jackson3;

import io.github.acplan.json.mapping.TokenSink;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;

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

  @Override
  public void string(String value) {
    generator.writeString(value);
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
