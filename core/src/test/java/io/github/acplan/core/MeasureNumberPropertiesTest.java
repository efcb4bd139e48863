package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MeasureNumberPropertiesTest {

  /** Numbers of 1 to 6 parts, small parts so that equal and prefix-related numbers are frequent. */
  static Gen<MeasureNumber> numbers() {
    return lists().of(integers().between(1, 12)).ofSizeBetween(1, 6)
        .map(parts -> MeasureNumber.of(parts.stream().mapToInt(Integer::intValue).toArray()));
  }

  @Test
  void parseReadsBackToString() {
    qt().forAll(numbers()).checkAssert(n -> {
      assertThat(MeasureNumber.parse(n.toString())).isEqualTo(n);
      assertThat(MeasureNumber.parse(n.toString()).toString()).isEqualTo(n.toString());
    });
  }

  @Test
  void orderIsConsistentWithEquals() {
    qt().forAll(numbers(), numbers()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void orderIsTransitive() {
    qt().forAll(numbers(), numbers(), numbers()).checkAssert((a, b, c) -> {
      List<MeasureNumber> sorted = new java.util.ArrayList<>(List.of(a, b, c));
      sorted.sort(null);
      assertThat(sorted.get(0)).isLessThanOrEqualTo(sorted.get(2));
      assertThat(sorted.get(0).compareTo(sorted.get(1))).isLessThanOrEqualTo(0);
      assertThat(sorted.get(1).compareTo(sorted.get(2))).isLessThanOrEqualTo(0);
    });
  }

  @Test
  void orderComparesPartsAsNumbersNotAsText() {
    qt().forAll(integers().between(1, 99), integers().between(1, 999), integers().between(1, 999))
        .checkAssert((section, x, y) -> {
          MeasureNumber a = MeasureNumber.of(section, x);
          MeasureNumber b = MeasureNumber.of(section, y);
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(Integer.compare(x, y)));
        });
  }

  @Test
  void aNumberSortsRightAfterItsParent() {
    qt().forAll(numbers(), integers().between(1, 12)).checkAssert((n, child) -> {
      int[] parts = new int[n.depth() + 1];
      for (int i = 0; i < n.depth(); i++) {
        parts[i] = n.part(i);
      }
      parts[n.depth()] = child;
      MeasureNumber sub = MeasureNumber.of(parts);
      assertThat(sub.parent()).contains(n);
      assertThat(n).isLessThan(sub);
      assertThat(sub).isLessThan(n.next());
    });
  }
}
