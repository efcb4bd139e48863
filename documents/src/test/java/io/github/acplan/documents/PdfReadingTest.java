package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's PDF in three renderings read through the ruled-table extractor: LibreOffice's print of its
 * DOCX (A4 portrait, 12 pages, the header repeated on every page, rows and a section heading split
 * across pages), the same DOCX on A4 landscape in DejaVu Sans (16 pages), and Chromium's print of its
 * HTML page (11 pages; a row split by a page break has no rule under it). Made by
 * {@code src/test/fixtures/make-pdf-renderings.sh}.
 */
class PdfReadingTest {

  private static String cells(Measure m) {
    return String.join(" | ", m.number().toString(), m.name(), m.deadline().text(),
        m.responsible().text(), m.indicators().toString(), m.expectedResults().toString());
  }

  /** The PDF of acplan-test's fixtures (LibreOffice's print), and its landscape rendering. */
  static Stream<Arguments> libreOfficeRenderings() {
    return Stream.of(
        Arguments.of(Named.of("SeedFixtures.pdf()", SeedFixtures.pdf())),
        Arguments.of(Named.of("landscape-dejavu", PlanDocumentsTest.resource(
            "dovhyntsivskyi-2020-plan.landscape-dejavu.pdf"))));
  }

  /**
   * LibreOffice's renderings read exactly as the text: every measure cell for cell, the sections, the
   * approval and the signatory. LibreOffice broke words too wide for their narrow columns between two
   * letters ("Територіальн|ий", "бухгалтерськог|о", "звільнилися/припинил|и" across a page break: measures
   * 2.9, 4.3, 6.1, 6.2, 6.3, 6.4 and 6.8 of the portrait print, 4.3 of the landscape one); each reads
   * whole again (see LineJoins), and no other pair of lines is joined without a space.
   */
  @ParameterizedTest
  @MethodSource("libreOfficeRenderings")
  void aLibreOfficeRenderingReadsAsTheSeedTextCellForCell(byte[] pdf) throws Exception {
    Plan plan = PlanDocumentsTest.read(pdf).plan();
    Plan expected = PlanDocumentsTest.seedFromText();
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < Math.min(plan.measures().size(), expected.measures().size()); i++) {
      if (!cells(plan.measures().get(i)).equals(cells(expected.measures().get(i)))) {
        differing.add(cells(plan.measures().get(i)) + "\n  text: " + cells(expected.measures().get(i)));
      }
    }
    assertThat(differing).isEmpty();
    // JSON first: its line diff shows the first field that differs.
    assertThat(PlanJson.standard().write(plan)).isEqualTo(PlanJson.standard().write(expected));
    assertThat(plan).isEqualTo(expected);
  }

  /**
   * Chromium's print of the HTML page: every measure, section, the approval and the signatory as in the
   * text, but for the two places the seed writes a space after a slash ("призначення/ перебування" in 3.4,
   * "посади/ колегіальним" in 5.3), which Chromium broke there: as it writes no space at the end of any
   * line, nothing on the page tells them from a break inside "звільненні/припиненні" (4.3, which reads
   * right), and a slash between two words goes on without a space, as plans write it far more often.
   */
  @Test
  void chromiumsRenderingReadsAsTheSeedTextButForSpacesAfterASlash() throws Exception {
    Plan plan = PlanDocumentsTest.read("dovhyntsivskyi-2020-plan.chromium.pdf").plan();
    Plan expected = PlanDocumentsTest.seedFromText();
    assertThat(plan.title()).isEqualTo(expected.title());
    assertThat(plan.period()).isEqualTo(expected.period());
    assertThat(plan.approval()).isEqualTo(expected.approval());
    assertThat(plan.signatory()).isEqualTo(expected.signatory());
    assertThat(plan.sections()).extracting(Section::title)
        .containsExactlyElementsOf(expected.sections().stream().map(Section::title).toList());
    assertThat(plan.measures()).hasSize(41).extracting(m -> m.number().toString())
        .containsExactlyElementsOf(expected.measures().stream().map(m -> m.number().toString()).toList());
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < 41; i++) {
      String read = cells(plan.measures().get(i));
      String text = cells(expected.measures().get(i));
      if (!read.equals(text)) {
        differing.add(expected.measures().get(i).number().toString());
        // Only spaces after a slash differ.
        assertThat(read.replace("/ ", "/")).isEqualTo(text.replace("/ ", "/"));
      }
    }
    assertThat(differing).containsExactly("3.4", "5.3");
    // Each break after a slash between two words is a warning at its cell, those two among them.
    ReadResult read = PlanDocumentsTest.read("dovhyntsivskyi-2020-plan.chromium.pdf");
    assertThat(read.warnings()).allSatisfy(w -> assertThat(w.message()).contains("read without a space after the slash"))
        .anySatisfy(w -> assertThat(w.message()).contains("\"призначення/\"", "\"перебування\""))
        .anySatisfy(w -> assertThat(w.message()).contains("\"посади/\"", "\"колегіальним\""));
  }

  /**
   * Where the page cannot tell a broken word from two words, the words the table shows whole and then the
   * spelling of Ukrainian words decide; a join that spelling decides by a narrow margin is a warning at
   * its cell. The seed's own print has none ("бухгалтерськог|о" is one word by a wide margin); the A5
   * print in Liberation Mono, whose columns are six to ten glyphs wide, has a few, "регламенту" + "є"
   * among them.
   */
  @Test
  void aJoinSpellingDecidesByANarrowMarginIsAWarningAtItsCell() throws Exception {
    assertThat(PlanDocumentsTest.read(SeedFixtures.pdf()).warnings()).isEmpty();

    ReadResult mono = PlanDocumentsTest.read("dovhyntsivskyi-2020-plan.a5-mono.pdf");
    assertThat(mono.warnings()).isNotEmpty().allSatisfy(w -> {
      assertThat(w.location().page()).isPresent();
      assertThat(w.location().cell()).isPresent();
      assertThat(w.message()).contains("check it against the document");
    });
    assertThat(mono.warnings()).anySatisfy(w -> assertThat(w.message())
        .contains("\"регламенту\"", "read as two words, \"регламенту є\""));
  }

  /**
   * How many measures of each LibreOffice rendering in other page sizes and fonts read exactly as the
   * text, cell for cell: a floor that only rises. The A4 prints in Liberation Serif 12 pt (a line ending
   * "бухгалтерськ" 0.19 pt past the cell's inner edge) and in US Letter in DejaVu Serif ("Січень-" at the
   * foot of a page, "березень 2020 р." at the head of the next) read whole, as does US Legal in DejaVu Sans
   * 9 pt ("Регламентах" at the foot of a page, ")" at the head of the next), and so does A4 in DejaVu
   * Serif. Where the others differ, the page could not tell: a space after a slash that did not fit
   * ("призначення/ перебування" in A5 Liberation Sans and in B5 DejaVu Sans 11 pt reads without it) and
   * "регламенту" + "є" (A5 Liberation Mono and DejaVu Serif), which spells two words as well as one;
   * each such cell has its warning. The two prints with Ukrainian hyphenation on (hundreds of words broken
   * with the layout's hyphen, "пи-" | "тань", beside the compounds' own, "організаційно-" | "розпорядчих";
   * a measure number cut "6 . 1" | "0" by a page break) read whole: before the spelling model and the
   * document-wide judgement of hyphenation, not one of their measures did. On A5 landscape in Liberation
   * Sans 8 pt with hyphenation, section 2's one-line heading at the foot of a page is broken in its last
   * word, so the whole line moves to the next page: the row there is the heading, not a continuation (it
   * was read into measure 1.3, and 2.1 refused as being in section 1); its one difference is
   * "посади/колегіальним", whose space after the slash the page cannot show, with its warning.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"a4-serif, 41", "a5-sans, 40", "a5-mono, 40", "a4-serif12, 41",
      "letter-serif, 41", "legal-sans9, 41", "b5-sans11, 40", "a5-dserif, 40", "legal-mono9, 41",
      "hyphenated-a4, 41", "hyphenated-a5-mono, 41", "hyphenated-a5land-sans8, 40"})
  void aRenderingInOtherPageSizesAndFontsReadsAtLeastSoManyMeasuresCellForCell(String rendering, int floor)
      throws Exception {
    Plan plan = PlanDocumentsTest.read(PlanDocumentsTest.resource(
        "dovhyntsivskyi-2020-plan." + rendering + ".pdf")).plan();
    Plan expected = PlanDocumentsTest.seedFromText();

    assertThat(plan.measures()).hasSameSizeAs(expected.measures());
    int exact = 0;
    for (int i = 0; i < expected.measures().size(); i++) {
      if (cells(plan.measures().get(i)).equals(cells(expected.measures().get(i)))) {
        exact++;
      }
    }
    assertThat(exact).isGreaterThanOrEqualTo(floor);
  }

  /**
   * The seed's DOCX printed by LibreOffice on A4 in DejaVu Serif and Liberation Serif 12 pt, on A5 in
   * Liberation Sans, Liberation Mono and DejaVu Serif, on US Letter in DejaVu Serif, on US Legal in DejaVu
   * Sans 9 pt and Liberation Mono 9 pt and on ISO B5 in DejaVu Sans 11 pt: narrow columns break many words
   * between two letters, headers too ("Відповідал|ьні"), and a page break cuts measure numbers ("1." | "3",
   * "6" | ". 5"). Each reads as the seed: every measure with its number, the sections, the approval and
   * the signatory, and every cell with every letter in order; a join the spelling of words decided by a
   * narrow margin is a warning. (Which spaces come out where is what the narrow columns may leave
   * undecided; how many measures read exactly is above.)
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"a4-serif", "a5-sans", "a5-mono", "a4-serif12",
      "letter-serif", "legal-sans9", "b5-sans11", "a5-dserif", "legal-mono9",
      "hyphenated-a4", "hyphenated-a5-mono", "hyphenated-a5land-sans8"})
  void aRenderingInNarrowColumnsReadsEveryMeasureAndEveryLetter(String rendering) throws Exception {
    ReadResult read = PlanDocumentsTest.read(PlanDocumentsTest.resource(
        "dovhyntsivskyi-2020-plan." + rendering + ".pdf"));
    Plan plan = read.plan();
    Plan expected = PlanDocumentsTest.seedFromText();

    assertThat(plan.approval()).isEqualTo(expected.approval());
    assertThat(plan.signatory()).isEqualTo(expected.signatory());
    assertThat(plan.period()).isEqualTo(expected.period());
    assertThat(plan.sections()).extracting(s -> s.title().replace(" ", ""))
        .containsExactlyElementsOf(expected.sections().stream().map(s -> s.title().replace(" ", "")).toList());
    assertThat(plan.measures()).extracting(m -> m.number().toString())
        .containsExactlyElementsOf(expected.measures().stream().map(m -> m.number().toString()).toList());
    for (int i = 0; i < expected.measures().size(); i++) {
      String cells = cells(plan.measures().get(i));
      String text = cells(expected.measures().get(i));
      assertThat(cells.replace(" ", "")).as("measure %s", expected.measures().get(i).number())
          .isEqualTo(text.replace(" ", ""));
      // A line that begins with a closing bracket, a comma or a colon goes on from the word before it. (Not
      // checked for the monospaced font, whose even glyph spacing reads as spaces inside a line too.)
      for (String spaced : rendering.endsWith("mono") ? List.<String>of() : List.of(" )", " ,", " :", " ;")) {
        assertThat(cells.split(java.util.regex.Pattern.quote(spaced), -1).length)
            .as("\"%s\" in measure %s", spaced, expected.measures().get(i).number())
            .isLessThanOrEqualTo(text.split(java.util.regex.Pattern.quote(spaced), -1).length);
      }
    }
    assertThat(read.warnings()).allSatisfy(w -> assertThat(w.message()).contains("check it against the document"));
  }
}
