package io.github.acplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.Permanent;
import io.github.acplan.json.mapping.JsonMapping;
import java.util.concurrent.Callable;
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
