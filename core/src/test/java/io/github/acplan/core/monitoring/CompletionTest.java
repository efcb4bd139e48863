package io.github.acplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompletionTest {

  @Test
  void thePartsMustSumToTheTotal() {
    assertThatThrownBy(() -> new Completion(5, 1, 1, 1, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 4, not the total");
    assertThatThrownBy(() -> new Completion(0, 1, 0, 0, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  @Test
  void percentDoneIsZeroWithoutMeasuresAndAddsUp() {
    assertThat(Completion.none().percentDone()).isZero();
    Completion a = new Completion(4, 1, 1, 1, 1, 0, 0);
    Completion b = new Completion(4, 3, 0, 0, 0, 0, 1);
    assertThat(a.percentDone()).isEqualTo(25.0);
    assertThat(a.plus(b)).isEqualTo(new Completion(8, 4, 1, 1, 1, 0, 1));
    assertThat(a.plus(b).percentDone()).isEqualTo(50.0);
    assertThat(Arrays.stream(ExecutionStatus.values()).mapToInt(a::count).sum() + a.notReported())
        .isEqualTo(a.total());
  }

  @Test
  void standingAndVerdictIdsAndWordsAreStable() {
    assertThat(Arrays.stream(Standing.values()).map(Standing::id))
        .containsExactly("done", "overdue", "due", "not-yet-due", "reportable", "not-scheduled");
    assertThat(Arrays.stream(Verdict.values()).map(Verdict::id)).containsExactly(
        "done-on-time", "done-late", "partly-done", "not-done", "in-progress", "not-reported");
    assertThat(Arrays.stream(Verdict.values()).map(Verdict::ukrainian)).containsExactly("виконано вчасно",
        "виконано з порушенням строку", "виконано частково", "не виконано", "виконується", "не звітовано");
    assertThat(Standing.OVERDUE.ukrainian()).isEqualTo("прострочено");
    assertThat(Verdict.DONE_LATE.english()).isEqualTo("done late");
  }

  @Test
  void theNazksHeadlineFigureCountsDoneFullyAndPartly() {
    Completion c = new Completion(40, 4, 1, 33, 0, 1, 1);
    assertThat(c.doneFullyOrPartly()).isEqualTo(5);
    assertThat(c.percentDone()).isEqualTo(10.0);
    assertThat(c.percentDoneFullyOrPartly()).isEqualTo(12.5);
    assertThat(Completion.none().percentDoneFullyOrPartly()).isZero();
    assertThat(new Completion(3, 0, 3, 0, 0, 0, 0).percentDoneFullyOrPartly()).isEqualTo(100.0);
  }
}
