package io.github.acplan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.PlanPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class DeadlineParserPropertiesTest {

  private final DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));

  @Test
  void parsingTheFormattedTextGivesTheSameDeadline() {
    qt().withExamples(3000).forAll(DeadlineSamples.deadlines(true)).checkAssert(d -> {
      String text = DeadlineFormatter.format(d);
      Deadline parsed = parser.parse(text);
      assertThat(parsed.text()).isEqualTo(text);
      assertThat(DeadlineFormatter.canonical(parsed)).as(text).isEqualTo(d);
    });
  }

  @Test
  void factoriesGiveCanonicalValues() {
    qt().forAll(DeadlineSamples.deadlines(true)).checkAssert(d -> {
      assertThat(DeadlineFormatter.canonical(d)).isEqualTo(d);
      assertThat(d.text()).isEqualTo(DeadlineFormatter.format(d));
    });
  }

  @Test
  void caseAndSpacingDoNotMatter() {
    qt().forAll(DeadlineSamples.deadlines(true)).checkAssert(d -> {
      String text = DeadlineFormatter.format(d);
      String shouted = "  " + text.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ") + " ";
      Deadline parsed = parser.parse(shouted);
      assertThat(parsed.kind()).as(shouted).isEqualTo(d.kind());
      assertThat(Deadlines.isRecognized(parsed)).as(shouted).isTrue();
    });
  }

  /** Letters, spaces and punctuation that spell no Ukrainian phrase. */
  private static Gen<String> junk() {
    String alphabet = "abcdefghijklmnopqrstuvwxyzЖЩЮЯжщюяэ ;,().-";
    return SourceDSL.lists().of(Generate.pick(alphabet.chars().mapToObj(c -> (char) c)
            .collect(java.util.stream.Collectors.toList())))
        .ofSizeBetween(0, 60).map(chars -> chars.stream().map(String::valueOf)
            .collect(java.util.stream.Collectors.joining()));
  }

  @Test
  void junkIsKeptUnrecognized() {
    qt().withExamples(2000).forAll(junk()).checkAssert(text -> {
      Deadline d = parser.parse(text);
      assertThat(d.text()).isEqualTo(text);
      assertThat(Deadlines.isRecognized(d)).as(text).isFalse();
    });
  }

  @Test
  void anyTextIsReadWithoutAnException() {
    qt().withExamples(2000).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(text -> assertThat(parser.parse(text).text()).isEqualTo(text));
    qt().withExamples(1000).forAll(SourceDSL.strings().betweenCodePoints(0x20, 0x500).ofLengthBetween(0, 80))
        .checkAssert(text -> assertThat(parser.parse(text).text()).isEqualTo(text));
  }

  @Test
  void junkAroundRealPhrasesIsNeverAnException() {
    qt().forAll(DeadlineSamples.deadlines(true), junk()).checkAssert((d, noise) -> {
      String text = DeadlineFormatter.format(d) + noise + "(" + noise + ";";
      assertThat(parser.parse(text).text()).isEqualTo(text);
    });
  }

  @Test
  void apostropheVariantsNoBreakSpacesSoftHyphensAndZeroWidthCharactersDoNotMatter() {
    Gen<String> apostrophe = Generate.pick(java.util.List.of("'", "’", "ʼ", "‘", "`"));
    Gen<String> space = Generate.pick(java.util.List.of(" ", "\u00A0", "\u202F", "\u2007"));
    Gen<String> noise = Generate.pick(java.util.List.of("\u00AD", "\u200B", "\u2060", "\uFEFF", "\u200D"));
    qt().withExamples(2000).forAll(DeadlineSamples.deadlines(true), apostrophe, space, noise)
        .checkAssert((d, a, sp, n) -> {
          String text = DeadlineFormatter.format(d);
          // noise inside the third letter of every word longer than four letters, as copied text has it
          String noisy = java.util.Arrays.stream(text.replace("'", a).split(" "))
              .map(w -> w.length() > 4 ? w.substring(0, 3) + n + w.substring(3) : w)
              .collect(java.util.stream.Collectors.joining(sp));
          Deadline parsed = parser.parse(noisy);
          assertThat(parsed.text()).isEqualTo(noisy);
          assertThat(DeadlineFormatter.canonical(parsed)).as(noisy).isEqualTo(d);
        });
  }

  @Test
  void phrasesWithTheTypographicAndTheModifierApostropheParseEqually() {
    for (String phrase : java.util.List.of("Протягом п'яти робочих днів з моменту отримання повідомлення",
        "у дев'ятиденний строк", "протягом п'ятнадцяти днів", "Протягом дев'яти календарних днів")) {
      Deadline straight = parser.parse(phrase);
      Deadline typographic = parser.parse(phrase.replace('\'', '’'));
      Deadline modifier = parser.parse(phrase.replace('\'', 'ʼ'));
      assertThat(DeadlineFormatter.canonical(typographic)).as(phrase).isEqualTo(DeadlineFormatter.canonical(modifier))
          .isEqualTo(DeadlineFormatter.canonical(straight));
      assertThat(typographic.text()).contains("’");
      assertThat(modifier.text()).contains("ʼ");
    }
    assertThat(Deadlines.isRecognized(parser.parse("Протягом пʼяти робочих днів з моменту отримання повідомлення")))
        .isTrue();
  }
}
