package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.deadline.Composite;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.Joiner;
import io.github.acplan.core.deadline.Permanent;
import io.github.acplan.json.mapping.JsonMapping;
import io.github.acplan.serialization.PlanFormatException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Deadlines nested far deeper than any plan has, read in a thread with a small stack (256 KiB): refused
 * at {@link JsonMapping#MAX_NESTING_DEPTH} with the library's error, never a {@link StackOverflowError},
 * whatever nesting the parser allows (Jackson 2's default is 1000 levels; {@link PlanJson.Limits} may be
 * raised above it). Before the bound, 240 composites (480 levels) overflowed such a stack.
 */
class DeepNestingTest {

  private static final ObjectMapper USER_MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final long SMALL_STACK = 256 * 1024;

  /** A composite whose first part is a composite whose first part is…, {@code levels} composites deep. */
  static String nestedComposites(int levels) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      json.append("{\"kind\":\"composite\",\"text\":\"а; б\",\"joiner\":\"semicolon\",\"parts\":[");
    }
    json.append("{\"kind\":\"permanent\",\"text\":\"постійно\"}");
    for (int i = 0; i < levels; i++) {
      json.append(",{\"kind\":\"permanent\",\"text\":\"постійно\"}]}");
    }
    return json.toString();
  }

  static Deadline nestedCompositesModel(int levels) {
    Deadline d = new Permanent("постійно");
    for (int i = 0; i < levels; i++) {
      d = new Composite("а; б", Joiner.SEMICOLON, List.of(d, new Permanent("постійно")));
    }
    return d;
  }

  /** A periodic deadline whose months are an array in an array in…, {@code levels} arrays deep. */
  static String nestedArrays(int levels) {
    return "{\"kind\":\"periodic\",\"text\":\"щороку\",\"every\":\"year\",\"times\":1,\"months\":"
        + "[".repeat(levels) + "]".repeat(levels) + "}";
  }

  /** Runs {@code task} in a thread with a small stack and returns what it threw, or null. */
  static Throwable thrownInSmallStack(Callable<?> task) throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        task.call();
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "small-stack", SMALL_STACK);
    thread.start();
    thread.join();
    return thrown.get();
  }

  @Test
  void aDeadlineNestedAsDeepAsJacksonAllowsIsRefusedNotOverflowed() throws Exception {
    // 499 composites: 998 levels, within Jackson 2's default of 1000
    Throwable thrown = thrownInSmallStack(() -> USER_MAPPER.readValue(nestedComposites(499), Deadline.class));
    assertThat(thrown).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("nested more than " + JsonMapping.MAX_NESTING_DEPTH + " arrays and objects deep");
  }

  @Test
  void nestedPlainValuesAreRefusedToo() throws Exception {
    Throwable thrown = thrownInSmallStack(() -> USER_MAPPER.readValue(nestedArrays(990), Deadline.class));
    assertThat(thrown).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("nested more than " + JsonMapping.MAX_NESTING_DEPTH);
  }

  @Test
  void theBoundHoldsForATreeAndForConvertedValues() throws Exception {
    // parsers over a tree or a token buffer keep no nesting depth of their own: their contexts are counted
    String deep = nestedComposites(400);
    Throwable fromTree = thrownInSmallStack(() -> USER_MAPPER.treeToValue(USER_MAPPER.readTree(deep), Deadline.class));
    assertThat(fromTree).isInstanceOf(JsonMappingException.class).hasMessageContaining("nested more than");
    // converted from maps: Jackson's own writing of the maps into its buffer recurses too, so this one
    // shows the bound on the test's thread rather than the stack it saves
    Object maps = USER_MAPPER.readValue(nestedComposites(120), Object.class);
    assertThatThrownBy(() -> USER_MAPPER.convertValue(maps, Deadline.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested more than");
    int levels = JsonMapping.MAX_NESTING_DEPTH / 2;
    assertThat(USER_MAPPER.treeToValue(USER_MAPPER.readTree(nestedComposites(levels)), Deadline.class))
        .isEqualTo(nestedCompositesModel(levels));
    assertThatThrownBy(() -> USER_MAPPER.treeToValue(USER_MAPPER.readTree(nestedComposites(levels + 1)), Deadline.class))
        .hasMessageContaining("nested more than");
  }

  @Test
  void theBoundHoldsWhenThePlanFormatsLimitIsRaised() throws Exception {
    PlanJson lenient = PlanJson.standard().withLimits(new PlanJson.Limits(100_000, 1_000_000, 64L * 1024 * 1024));
    Throwable thrown = thrownInSmallStack(() -> lenient.readDeadline(nestedComposites(5_000)));
    assertThat(thrown).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("nested more than " + JsonMapping.MAX_NESTING_DEPTH)
        .hasMessageContaining("parts[0].parts[0]");
  }

  @Test
  void deadlinesJustWithinTheBoundAreRead() throws Exception {
    // each composite inside the first is two levels down (its parts' array, then its object): the
    // innermost part of 50 composites is at depth 2 × 50 = 100, the bound; of 51 at 102, beyond it
    int levels = JsonMapping.MAX_NESTING_DEPTH / 2;
    AtomicReference<Object> read = new AtomicReference<>();
    Throwable thrown = thrownInSmallStack(() -> {
      read.set(USER_MAPPER.readValue(nestedComposites(levels), Deadline.class));
      return null;
    });
    assertThat(thrown).isNull();
    assertThat(read.get()).isEqualTo(nestedCompositesModel(levels));
    assertThatThrownBy(() -> USER_MAPPER.readValue(nestedComposites(levels + 1), Deadline.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("nested more than");
  }
}
