package io.github.acplan.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RiskIdsPropertiesTest {

  private static final Comparator<String> ORDER = RiskIds.order();

  /** Short identifiers of letters, separators and digits (with leading zeros), so that ties are common. */
  private static Gen<String> ids() {
    Gen<String> piece = Generate.pick(List.of("R", "Р", "-", ".", "a", "0", "1", "2", "9", "10", "01"));
    return lists().of(piece).ofSizeBetween(0, 5).map(parts -> String.join("", parts));
  }

  @Test
  void onlyEqualIdentifiersCompareEqual() {
    qt().forAll(ids(), ids()).checkAssert((a, b) -> {
      assertThat(ORDER.compare(a, b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(ORDER.compare(a, b))).isEqualTo(-Integer.signum(ORDER.compare(b, a)));
    });
  }

  @Test
  void orderIsTransitive() {
    qt().forAll(ids(), ids(), ids()).checkAssert((a, b, c) -> {
      if (ORDER.compare(a, b) <= 0 && ORDER.compare(b, c) <= 0) {
        assertThat(ORDER.compare(a, c)).isNotPositive();
      }
    });
  }

  @Test
  void numbersWithTheSamePrefixSortByValue() {
    qt().forAll(integers().between(0, 1_000_000), integers().between(0, 1_000_000)).checkAssert((x, y) ->
        assertThat(Integer.signum(ORDER.compare("R-" + x, "R-" + y)))
            .isEqualTo(Integer.signum(Integer.compare(x, y))));
  }
}
