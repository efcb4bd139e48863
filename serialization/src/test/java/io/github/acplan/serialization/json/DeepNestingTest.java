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
    int deepest = Deadline.MAX_NESTING_DEPTH - 1; // composites around the innermost deadline
    assertThat(USER_MAPPER.treeToValue(USER_MAPPER.readTree(nestedComposites(deepest)), Deadline.class))
        .isEqualTo(nestedCompositesModel(deepest));
    // 51 composites: the innermost at depth 102, beyond the reader's bound, refused before the model's
    String beyond = nestedComposites(JsonMapping.MAX_NESTING_DEPTH / 2 + 1);
    assertThatThrownBy(() -> USER_MAPPER.treeToValue(USER_MAPPER.readTree(beyond), Deadline.class))
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
  void theReadersBoundIsExact() throws Exception {
    // the months' arrays: the innermost of 100 is at depth 100, the bound, and refused only for not being
    // a month; the innermost of 101 is beyond it
    assertThatThrownBy(() -> USER_MAPPER.readValue(nestedArrays(JsonMapping.MAX_NESTING_DEPTH), Deadline.class))
        .isInstanceOf(JsonMappingException.class).message().doesNotContain("nested more than");
    assertThatThrownBy(() -> USER_MAPPER.readValue(nestedArrays(JsonMapping.MAX_NESTING_DEPTH + 1), Deadline.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("nested more than");
  }

  @Test
  void deadlinesNestedAsDeepAsTheModelAllowsAreRead() throws Exception {
    int deepest = Deadline.MAX_NESTING_DEPTH - 1; // composites around the innermost deadline
    AtomicReference<Object> read = new AtomicReference<>();
    Throwable thrown = thrownInSmallStack(() -> {
      read.set(USER_MAPPER.readValue(nestedComposites(deepest), Deadline.class));
      return null;
    });
    assertThat(thrown).isNull();
    assertThat(read.get()).isEqualTo(nestedCompositesModel(deepest));
    // and written by acplan, they are read back within the plan format's default limits
    Deadline model = nestedCompositesModel(deepest);
    assertThat(PlanJson.standard().readDeadline(PlanJson.standard().writeDeadline(model))).isEqualTo(model);
    // one more is the model's refusal, at the path of the deadline that would be too deep
    assertThatThrownBy(() -> PlanJson.standard().readDeadline(nestedComposites(deepest + 1)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("deadlines nest at most " + Deadline.MAX_NESTING_DEPTH + " levels deep");
  }
}
