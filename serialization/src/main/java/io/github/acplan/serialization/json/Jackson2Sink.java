package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.acplan.json.mapping.PropertyName;
import io.github.acplan.json.mapping.TokenSink;
import java.io.IOException;
import java.math.BigDecimal;

/** A Jackson 2 generator, for the mapping's writer of shapes. */
final class Jackson2Sink implements TokenSink {
  private final JsonGenerator generator;

  Jackson2Sink(JsonGenerator generator) {
    this.generator = generator;
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
