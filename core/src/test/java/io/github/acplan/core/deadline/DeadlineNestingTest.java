package io.github.acplan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.acplan.core.PlanPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deadlines nest at most {@link Deadline#MAX_NESTING_DEPTH} levels deep: the records refuse a deeper one,
 * and the parser builds none whatever the text.
 */
class DeadlineNestingTest {

  private static final Deadline PERMANENT = new Permanent("постійно");

  private static Deadline conditionals(int levels) {
    Deadline d = PERMANENT;
    for (int i = 1; i < levels; i++) {
      d = new Conditional("постійно (у разі потреби)", d, "у разі потреби");
    }
    return d;
  }

  private static Deadline composites(int levels) {
    Deadline d = PERMANENT;
    for (int i = 1; i < levels; i++) {
      d = new Composite("постійно; постійно", Joiner.SEMICOLON, List.of(PERMANENT, d));
    }
    return d;
  }

  @Test
  void deadlinesNestUpToTheBound() {
    assertThat(conditionals(Deadline.MAX_NESTING_DEPTH)).isInstanceOf(Conditional.class);
    assertThat(composites(Deadline.MAX_NESTING_DEPTH)).isInstanceOf(Composite.class);
    Deadline deepest = conditionals(Deadline.MAX_NESTING_DEPTH);
    assertThatThrownBy(() -> new Conditional("т", deepest, "у разі потреби"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Conditional: deadlines nest at most 16 levels deep, this one 17");
    Deadline deepComposite = composites(Deadline.MAX_NESTING_DEPTH);
    assertThatThrownBy(() -> new Composite("т", Joiner.COMMA, List.of(PERMANENT, PERMANENT, deepComposite)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Composite: deadlines nest at most 16 levels deep, this one 17");
    // a deadline of either kind inside the other counts the same
    Deadline mixed = new Composite("т", Joiner.SEMICOLON, List.of(PERMANENT, conditionals(Deadline.MAX_NESTING_DEPTH - 1)));
    assertThatThrownBy(() -> new Conditional("т", mixed, "у разі потреби"))
        .hasMessageContaining("this one 17");
  }

  @Test
  void theParserBuildsNoDeadlineDeeperThanTheBoundWhateverTheText() {
    DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));
    String[] pieces = {"постійно", " (", ")", "; ", ", ", " та ", "щокварталу", " (у разі потреби)",
        "до 1 липня", " або ", "протягом року"};
    qt().withExamples(2000).forAll(lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(1, 400))
        .checkAssert(indices -> {
          StringBuilder text = new StringBuilder();
          indices.forEach(i -> text.append(pieces[i]));
          Deadline d = parser.parse(text.toString());
          assertThat(d.text()).isEqualTo(text.toString());
        });
    String parentheses = "постійно " + "(щокварталу ".repeat(300) + ")".repeat(300);
    assertThat(parser.parse(parentheses).text()).isEqualTo(parentheses);
  }
}
