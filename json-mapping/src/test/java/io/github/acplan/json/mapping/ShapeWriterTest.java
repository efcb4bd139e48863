package io.github.acplan.json.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.Permanent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping's writer of shapes, token by token, without a Jackson generator. */
class ShapeWriterTest {

  /** The tokens written, as text; the format's own names as the instances the writer handed over. */
  private static final class RecordingSink implements TokenSink {
    final List<String> tokens = new ArrayList<>();
    final List<PropertyName> names = new ArrayList<>();

    @Override
    public void startObject() {
      tokens.add("{");
    }

    @Override
    public void endObject() {
      tokens.add("}");
    }

    @Override
    public void startArray() {
      tokens.add("[");
    }

    @Override
    public void endArray() {
      tokens.add("]");
    }

    @Override
    public void name(String name) {
      tokens.add(name + ":");
    }

    @Override
    public void name(PropertyName name) {
      names.add(name);
      tokens.add(name.text() + ":");
    }

    @Override
    public void string(String value) {
      tokens.add("\"" + value + "\"");
    }

    @Override
    public void number(int value) {
      tokens.add(Integer.toString(value));
    }

    @Override
    public void number(long value) {
      tokens.add(value + "L");
    }

    @Override
    public void number(BigDecimal value) {
      tokens.add(value.toPlainString());
    }

    @Override
    public void bool(boolean value) {
      tokens.add(Boolean.toString(value));
    }

    @Override
    public void nullValue() {
      tokens.add("null");
    }
  }

  @SuppressWarnings("unchecked")
  private static <M> JsonMapping.Binding<M> binding(Class<M> type) {
    return (JsonMapping.Binding<M>) JsonMapping.bindings().stream()
        .filter(b -> b.modelType() == type).findFirst().orElseThrow();
  }

  @Test
  void writesAShapesPropertiesInTheFormatsOrder() throws Exception {
    RecordingSink sink = new RecordingSink();
    binding(PlanPeriod.class).writeTo(sink, PlanPeriod.of(2024, 2026));
    assertThat(sink.tokens).containsExactly("{", "firstYear:", "2024", "lastYear:", "2026", "}");
  }

  @Test
  void writesADeadlineOfAnyKindThroughTheDeadlinesBinding() throws Exception {
    RecordingSink sink = new RecordingSink();
    binding(Deadline.class).writeTo(sink, new Permanent("Постійно"));
    assertThat(sink.tokens).containsExactly("{", "kind:", "\"permanent\"", "text:", "\"Постійно\"", "}");
  }

  @Test
  void writesEveryKindOfDeadlineStraightAsTheMapOfItsValuesIsWritten() throws Exception {
    JsonMapping.Binding<Deadline> deadlines = binding(Deadline.class);
    for (Deadline d : DeadlineStreamingTest.SAMPLES) {
      RecordingSink straight = new RecordingSink();
      deadlines.writeTo(straight, d);
      RecordingSink viaMap = new RecordingSink();
      ShapeWriter.write(viaMap, DeadlineValues.write(d));
      assertThat(straight.tokens).as(d.text()).isEqualTo(viaMap.tokens).contains("kind:", "text:");
      assertThat(straight.names).as(d.text()).isEqualTo(viaMap.names);
      RecordingSink properties = new RecordingSink();
      deadlines.writePropertiesTo(properties, d);
      assertThat(properties.tokens).isEqualTo(viaMap.tokens.subList(1, viaMap.tokens.size() - 1));
    }
  }

  @Test
  void writesThePropertiesAloneInsideAnObjectTheCallerOpened() throws Exception {
    RecordingSink sink = new RecordingSink();
    JsonMapping.Binding<PlanPeriod> period = binding(PlanPeriod.class);
    assertThat(period.writtenAsObject()).isTrue();
    period.writePropertiesTo(sink, PlanPeriod.of(2020, 2020));
    assertThat(sink.tokens).containsExactly("firstYear:", "2020", "lastYear:", "2020");
  }

  @Test
  void aValueWrittenAsAStringHasNoPropertiesToWrite() throws Exception {
    JsonMapping.Binding<MeasureNumber> number = binding(MeasureNumber.class);
    RecordingSink sink = new RecordingSink();
    number.writeTo(sink, MeasureNumber.parse("1.2"));

    assertThat(number.writtenAsObject()).isFalse();
    assertThat(sink.tokens).containsExactly("\"1.2\"");
    assertThatThrownBy(() -> number.writePropertiesTo(sink, MeasureNumber.parse("1.2")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("MeasureNumber is written as a string, not an object");
  }

  @Test
  void handsOverTheSameNameEachTimeSoThatItsEncodedFormIsKept() throws Exception {
    JsonMapping.Binding<PlanPeriod> period = binding(PlanPeriod.class);
    RecordingSink first = new RecordingSink();
    RecordingSink second = new RecordingSink();
    period.writeTo(first, PlanPeriod.of(2024, 2026));
    first.names.get(0).encoded(String.class, text -> "the first sink's form");
    period.writeTo(second, PlanPeriod.of(2025, 2027));

    assertThat(second.names).hasSize(2);
    assertThat(second.names.get(0)).isSameAs(first.names.get(0));
    assertThat(second.names.get(0).encoded(String.class, text -> "made again")).isEqualTo("the first sink's form");
  }

  @Test
  void writesTheDiffsObjectAsAShapeThoughItIsBoundToItself() throws Exception {
    RecordingSink sink = new RecordingSink();
    Object diff = JsonMapping.diff(List.of());
    @SuppressWarnings("unchecked")
    JsonMapping.Binding<Object> binding = (JsonMapping.Binding<Object>) JsonMapping.bindings().stream()
        .filter(b -> b.modelType() == diff.getClass()).findFirst().orElseThrow();
    binding.writeTo(sink, diff);
    assertThat(sink.tokens).containsExactly("{", "counts:", "{", "}", "changes:", "[", "]", "}");
  }
}
