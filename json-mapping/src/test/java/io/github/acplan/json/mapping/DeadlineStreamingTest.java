package io.github.acplan.json.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.DeadlineParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Reading a deadline straight into its record ({@link DeadlineValues#readStreaming}) gives what reading
 * its {@link DeadlineShape} and converting that gives: the same deadline, or the same error at the same
 * path, for deadlines as acplan writes them and for the same objects disordered, mistyped, with unknown,
 * foreign or repeated properties.
 */
class DeadlineStreamingTest {

  /** Phrases of every kind the parser knows, from plans and the law (2020 plan period). */
  private static final List<String> PHRASES = List.of(
      "Постійно",
      "Щокварталу",
      "Щомісяця до 5 числа наступного місяця",
      "Щопівроку",
      "До 1 березня 2020 року",
      "Січень-березень 2020 р.",
      "1 декада січня 2021 року",
      "Протягом року",
      "Протягом І кварталу",
      "Протягом 5 робочих днів з дня отримання запиту",
      "Протягом 10 календарних днів з дня надходження",
      "Протягом 3 місяців з дня призначення",
      "У разі надходження звернень",
      "У порядку та строки, визначені Законом України",
      "за окремим графіком",
      "Постійно (в разі надходження проекту)",
      "До 1 березня та до 1 вересня 2020 року",
      "як буде потреба");

  /** A deadline of every kind, some nested; also written in {@code ShapeWriterTest}. */
  static final List<Deadline> SAMPLES = samples();

  private static final ShapeReader SHAPES = ShapeReader.of(DeadlineShape.class);

  private static List<Deadline> samples() {
    DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));
    List<Deadline> samples = new ArrayList<>();
    for (String phrase : PHRASES) {
      samples.add(parser.parse(phrase));
    }
    return List.copyOf(samples);
  }

  @Test
  void theSamplesCoverTheKinds() {
    Set<DeadlineKind> kinds = EnumSet.noneOf(DeadlineKind.class);
    SAMPLES.forEach(d -> kinds.add(d.kind()));
    assertThat(kinds).as("the kinds of the samples").isEqualTo(EnumSet.allOf(DeadlineKind.class));
  }

  @Test
  void aDeadlineAsWrittenIsReadTheSameBothWays() throws IOException {
    for (Deadline d : SAMPLES) {
      Node written = Node.of(DeadlineValues.write(d));
      Outcome streaming = streaming(written);
      assertThat(streaming.deadline).as(d.text()).isEqualTo(d);
      assertThat(streaming).isEqualTo(viaShape(written));
    }
  }

  @Test
  void anyChangeOfTheObjectIsReadTheSameBothWays() {
    int[] read = new int[2];
    qt().withExamples(4000).forAll(integers().between(0, SAMPLES.size() - 1), integers().all())
        .checkAssert((sample, seed) -> {
          Random random = new Random(seed);
          Node node = Node.of(DeadlineValues.write(SAMPLES.get(sample)));
          int changes = 1 + random.nextInt(3);
          for (int i = 0; i < changes; i++) {
            change(node, random);
          }
          try {
            Outcome outcome = streaming(node);
            assertThat(outcome).as(node.toString()).isEqualTo(viaShape(node));
            read[outcome.deadline == null ? 1 : 0]++;
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
    // both ways of ending are tried often: a deadline read (a reordered object, a change inside a
    // nested one that keeps it valid) and an error
    assertThat(read[0]).as("read").isGreaterThan(200);
    assertThat(read[1]).as("refused").isGreaterThan(200);
  }

  // ------------------------------------------------------------------ the two ways

  /** What a run of a reader gave: a deadline and where it left the tokens, or an error. */
  private record Outcome(@Nullable Deadline deadline, int position, @Nullable String path, @Nullable String error) {}

  private static Outcome streaming(Node node) throws IOException {
    TokenList tokens = TokenList.of(node);
    tokens.nextToken();
    try {
      // as a deadline is read in a plan: through its binding, which reads it straight when it can
      Deadline d = (Deadline) JsonMapping.binding(Deadline.class).readFrom(tokens);
      return new Outcome(d, tokens.position(), null, null);
    } catch (JsonShapeException e) {
      return new Outcome(null, -1, e.path(), e.getMessage());
    }
  }

  /** As the binding read a deadline before: its shape, then the shape converted. */
  private static Outcome viaShape(Node node) throws IOException {
    TokenList tokens = TokenList.of(node);
    tokens.nextToken();
    try {
      Object shape = SHAPES.read(tokens);
      Deadline d;
      try {
        d = DeadlineValues.read((DeadlineShape) shape, "");
      } catch (JsonShapeException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new JsonShapeException("", String.valueOf(e.getMessage()), e);
      }
      return new Outcome(d, tokens.position(), null, null);
    } catch (JsonShapeException e) {
      return new Outcome(null, -1, e.path(), e.getMessage());
    }
  }

  // ------------------------------------------------------------------ changes

  private static final List<String> FOREIGN_NAMES = List.of("every", "unit", "days", "event", "parts", "year",
      "startMonth", "kind", "text", "colour", "Kind", "");

  private static void change(Node node, Random random) {
    List<Node.Property> props = node.properties;
    int at = props.isEmpty() ? 0 : random.nextInt(props.size());
    switch (random.nextInt(8)) {
      case 0 -> { // kind elsewhere
        if (!props.isEmpty()) {
          props.add(random.nextInt(props.size()), props.remove(0));
        }
      }
      case 1 -> java.util.Collections.shuffle(props, random);
      case 2 -> { // a property named twice
        if (!props.isEmpty()) {
          Node.Property p = props.get(at);
          props.add(random.nextInt(props.size() + 1), new Node.Property(p.name(), p.value()));
        }
      }
      case 3 -> props.add(random.nextInt(props.size() + 1),
          new Node.Property(FOREIGN_NAMES.get(random.nextInt(FOREIGN_NAMES.size())), value(random)));
      case 4 -> { // a value of another type
        if (!props.isEmpty()) {
          props.set(at, new Node.Property(props.get(at).name(), value(random)));
        }
      }
      case 5 -> {
        if (!props.isEmpty()) {
          props.remove(at);
        }
      }
      case 6 -> { // another kind, or none known
        Object kind = random.nextBoolean()
            ? DeadlineKind.values()[random.nextInt(DeadlineKind.values().length)].id()
            : value(random);
        for (int i = 0; i < props.size(); i++) {
          if (props.get(i).name().equals("kind")) {
            props.set(i, new Node.Property("kind", kind));
          }
        }
      }
      default -> { // a change inside a nested deadline
        for (Node.Property p : props) {
          if (p.value() instanceof Node nested) {
            change(nested, random);
            return;
          }
        }
      }
    }
  }

  private static @Nullable Object value(Random random) {
    switch (random.nextInt(12)) {
      case 0: return null;
      case 1: return "x";
      case 2: return 5;
      case 3: return 5_000_000_000L;
      case 4: return true;
      case 5: return 1.5;
      case 6: return new ArrayList<>(List.of("a", 2));
      case 7: return Node.of(Map.of());
      case 8: return Node.of(DeadlineValues.write(SAMPLES.get(random.nextInt(SAMPLES.size()))));
      case 9: return "a\uD800b";
      case 10: return "2020-13-01";
      default: return "month";
    }
  }

  // ------------------------------------------------------------------ a JSON object as tokens

  /** A JSON object whose properties keep their order and may repeat. */
  private static final class Node {
    record Property(String name, @Nullable Object value) {}

    final List<Property> properties = new ArrayList<>();

    static Node of(Map<?, ?> map) {
      Node node = new Node();
      map.forEach((k, v) -> node.properties.add(new Property((String) k, copy(v))));
      return node;
    }

    private static @Nullable Object copy(@Nullable Object v) {
      if (v instanceof Map<?, ?> m) {
        return of(m);
      }
      if (v instanceof List<?> list) {
        List<Object> out = new ArrayList<>();
        list.forEach(item -> out.add(copy(item)));
        return out;
      }
      return v;
    }

    @Override
    public String toString() {
      return properties.toString();
    }
  }

  /** The tokens of a {@link Node}, as a parser would give them. */
  private static final class TokenList implements TokenStream {
    private final List<Integer> kinds = new ArrayList<>();
    private final List<@Nullable Object> values = new ArrayList<>();
    /** Each token's depth below the root value's own object, as {@link TokenStream#depth()} counts it. */
    private final List<Integer> depths = new ArrayList<>();
    private int open;
    private int index = -1;

    static TokenList of(Node node) {
      TokenList t = new TokenList();
      t.add(node);
      return t;
    }

    int position() {
      return index;
    }

    private void token(int kind, @Nullable Object value) {
      // as Jackson's context: a start token is inside what it opens, an end token outside what it closes
      if (kind == START_OBJECT || kind == START_ARRAY) {
        open++;
      } else if (kind == END_OBJECT || kind == END_ARRAY) {
        open--;
      }
      kinds.add(kind);
      values.add(value);
      depths.add(Math.max(0, open - 1));
    }

    private void add(@Nullable Object v) {
      if (v instanceof Node node) {
        token(START_OBJECT, null);
        for (Node.Property p : node.properties) {
          token(NAME, p.name());
          add(p.value());
        }
        token(END_OBJECT, null);
      } else if (v instanceof List<?> list) {
        token(START_ARRAY, null);
        list.forEach(this::add);
        token(END_ARRAY, null);
      } else if (v == null) {
        token(NULL, null);
      } else if (v instanceof String) {
        token(STRING, v);
      } else if (v instanceof Integer || v instanceof Long) {
        token(INTEGER, v);
      } else if (v instanceof Double) {
        token(FLOAT, v);
      } else if (v instanceof Boolean b) {
        token(b ? TRUE : FALSE, null);
      } else {
        throw new IllegalArgumentException("no JSON for " + v);
      }
    }

    @Override
    public int currentToken() {
      return index < 0 || index >= kinds.size() ? NONE : kinds.get(index);
    }

    @Override
    public int nextToken() {
      index++;
      return currentToken();
    }

    @Override
    public @Nullable String nextName() {
      return nextToken() == NAME ? (String) values.get(index) : null;
    }

    @Override
    public String currentName() {
      return (String) values.get(index);
    }

    @Override
    public String text() {
      return String.valueOf(values.get(index));
    }

    @Override
    public int depth() {
      return index < 0 || index >= depths.size() ? 0 : depths.get(index);
    }

    @Override
    public boolean isInt() {
      return values.get(index) instanceof Integer;
    }

    @Override
    public int intValue() {
      return (Integer) values.get(index);
    }

    @Override
    public Number numberValue() {
      return (Number) values.get(index);
    }

    @Override
    public void skipChildren() {
      int kind = currentToken();
      if (kind != START_OBJECT && kind != START_ARRAY) {
        return;
      }
      int depth = 0;
      do {
        int k = kinds.get(index);
        if (k == START_OBJECT || k == START_ARRAY) {
          depth++;
        } else if (k == END_OBJECT || k == END_ARRAY) {
          depth--;
        }
        if (depth > 0) {
          index++;
        }
      } while (depth > 0);
    }
  }
}
