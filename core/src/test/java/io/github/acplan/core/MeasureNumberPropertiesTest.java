package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

  /**
   * Short strings of digits, dots and a few other characters: written numbers, with their slips (leading
   * zeros, doubled or final dots, spaces, letters, too many or too long parts).
   */
  static Gen<String> writtenNumbers() {
    String alphabet = "0123456789..... a";
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 40)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i)))
            .collect(java.util.stream.Collectors.joining()));
  }

  /** What {@code parse} must do, written the slow way: strip, drop one final dot, split, check each part. */
  private static java.util.Optional<List<Integer>> expectedParts(String text) {
    String s = text.strip();
    if (s.endsWith(".") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return java.util.Optional.empty();
    }
    String[] pieces = s.split("\\.", -1);
    if (pieces.length > MeasureNumber.MAX_DEPTH) {
      return java.util.Optional.empty();
    }
    List<Integer> parts = new java.util.ArrayList<>();
    for (String piece : pieces) {
      if (!piece.matches("[1-9][0-9]{0,5}")) {
        return java.util.Optional.empty();
      }
      parts.add(Integer.parseInt(piece));
    }
    return java.util.Optional.of(parts);
  }

  @Test
  void parseAcceptsExactlyTheWrittenNumbersAndReadsTheirParts() {
    qt().withExamples(5_000).forAll(writtenNumbers()).checkAssert(text -> {
      java.util.Optional<List<Integer>> expected = expectedParts(text);
      if (expected.isPresent()) {
        MeasureNumber n = MeasureNumber.parse(text);
        List<Integer> parts = new java.util.ArrayList<>();
        for (int i = 0; i < n.depth(); i++) {
          parts.add(n.part(i));
        }
        assertThat(parts).as(text).isEqualTo(expected.get());
      } else {
        assertThatThrownBy(() -> MeasureNumber.parse(text)).as(text)
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a measure number");
      }
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
