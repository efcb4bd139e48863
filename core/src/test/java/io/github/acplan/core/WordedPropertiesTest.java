package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class WordedPropertiesTest {

  /** Every constant of every enum that keeps a {@link Wording}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Gen<Enum> constants() {
    List<Enum> all = new ArrayList<>();
    for (Class<? extends Worded> type : WordedTest.ENUMS) {
      for (Worded w : type.getEnumConstants()) {
        all.add((Enum) w);
      }
    }
    return Generate.pick(all);
  }

  /** Changes the case of some letters and pads the text with white space. */
  private static String disguised(String text, int seed, boolean upper) {
    StringBuilder sb = new StringBuilder(" \t".substring(0, seed % 3 == 0 ? 0 : 1));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean flip = ((seed >> (i % 16)) & 1) == 1;
      sb.append(flip == upper ? Character.toUpperCase(c) : c);
    }
    return sb.append(seed % 2 == 0 ? "\n" : "").toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void everyConstantIsFoundByItsOwnIdentifierInAnyCase() {
    qt().forAll(constants(), integers().allPositive(), booleans().all()).checkAssert((e, seed, upper) -> {
      Class type = e.getDeclaringClass();
      String id = ((Worded) e).id();
      assertThat(Worded.byId(type, disguised(id, seed, upper))).contains(e);
      assertThat(id).isEqualTo(id.toLowerCase(Locale.ROOT)).doesNotContainAnyWhitespaces();
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void byUkrainianFindsAConstantWithThatName() {
    qt().forAll(constants(), integers().allPositive(), booleans().all()).checkAssert((e, seed, upper) -> {
      Class type = e.getDeclaringClass();
      String words = ((Worded) e).ukrainian();
      Object found = Worded.byUkrainian(type, disguised(words, seed, upper)).orElseThrow();
      // the first constant with the name: e itself unless an earlier one shares it
      assertThat(((Worded) found).ukrainian()).isEqualTo(words);
      assertThat(((Enum) found).ordinal()).isLessThanOrEqualTo(e.ordinal());
    });
  }
}
