package io.github.acplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.Permanent;
import io.github.acplan.json.mapping.JsonMapping;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deadlines nested far deeper than any plan has, read by a user's Jackson 3 mapper in a thread with a
 * small stack (256 KiB): refused at {@link JsonMapping#MAX_NESTING_DEPTH}, never a
 * {@link StackOverflowError}, with Jackson 3's default nesting limit (500) and with one an application
 * raised. Before the bound, 240 composites (480 levels) overflowed such a stack.
 */
class DeepNestingTest {

  private static final long SMALL_STACK = 256 * 1024;

  private static final String PERMANENT = "{\"kind\":\"permanent\",\"text\":\"постійно\"}";

  /** A composite whose first part is a composite whose first part is…, {@code levels} composites deep. */
  static String nestedComposites(int levels) {
    return "{\"kind\":\"composite\",\"text\":\"а; б\",\"joiner\":\"semicolon\",\"parts\":[".repeat(levels)
        + PERMANENT + ("," + PERMANENT + "]}").repeat(levels);
  }

  /** Runs {@code task} on a thread with a small stack; returns what it threw, or null. */
  static Throwable thrownInSmallStack(Callable<?> task) throws InterruptedException {
    ExecutorService small = Executors.newSingleThreadExecutor(r -> new Thread(null, r, "small-stack", SMALL_STACK));
    try {
      small.submit(task).get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } finally {
      small.shutdown();
    }
  }

  @Test
  void aDeadlineNestedAsDeepAsJacksonAllowsIsRefusedNotOverflowed() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    // 249 composites: 498 levels, within Jackson 3's default of 500
    Throwable thrown = thrownInSmallStack(() -> mapper.readValue(nestedComposites(249), Deadline.class));
    assertThat(thrown).isInstanceOf(DatabindException.class)
        .hasMessageContaining("nested more than " + JsonMapping.MAX_NESTING_DEPTH + " arrays and objects deep");
  }

  @Test
  void theBoundHoldsWhenTheApplicationRaisesJacksonsLimit() throws Exception {
    JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
            .build())
        .findAndAddModules().build();
    Throwable thrown = thrownInSmallStack(() -> mapper.readValue(nestedComposites(5_000), Deadline.class));
    assertThat(thrown).isInstanceOf(DatabindException.class).hasMessageContaining("nested more than");
  }

  @Test
  void theBoundHoldsForATreeAndForConvertedValues() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String deep = nestedComposites(240);
    assertThat(thrownInSmallStack(() -> mapper.treeToValue(mapper.readTree(deep), Deadline.class)))
        .isInstanceOf(DatabindException.class).hasMessageContaining("nested more than");
    // converted from maps (Jackson's own writing of them into its buffer recurses too: on the test's thread)
    Object maps = mapper.readValue(nestedComposites(120), Object.class);
    assertThatThrownBy(() -> mapper.convertValue(maps, Deadline.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("nested more than");
    String within = nestedComposites(Deadline.MAX_NESTING_DEPTH - 1);
    assertThat(mapper.treeToValue(mapper.readTree(within), Deadline.class))
        .isEqualTo(mapper.readValue(within, Deadline.class));
  }

  /** A value of an application's own that nests: boxes in boxes, a deadline in the innermost. */
  public record Box(Box box, Deadline deadline) {}

  @Test
  void theBoundCountsFromTheValueReadNotFromTheDocumentsRoot() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    // the innermost deadline lies 150 levels below the root, beyond the bound, and its own parts only 4
    // levels below itself
    int boxes = 150;
    String json = "{\"box\":".repeat(boxes) + "null,\"deadline\":" + nestedComposites(2) + "}".repeat(boxes);
    AtomicReference<Box> read = new AtomicReference<>();
    Throwable thrown = thrownInSmallStack(() -> {
      read.set(mapper.readValue(json, Box.class));
      return null;
    });
    assertThat(thrown).isNull();
    Box innermost = read.get();
    for (int i = 1; i < boxes; i++) {
      innermost = innermost.box();
    }
    assertThat(innermost.deadline()).isEqualTo(mapper.readValue(nestedComposites(2), Deadline.class))
        .isNotInstanceOf(Permanent.class);
  }
}
