package io.github.acplan.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LineJoins} on synthetic lines of a monospaced font (every glyph and space 6 pt wide). A cell is
 * made as wide as its first line and 1 pt more: that line fills it, and neither a space nor a letter fits
 * after it, so the page cannot tell a word broken between two letters from two words, and the words the
 * document shows whole, then the spelling of Ukrainian words ({@link LetterModel}), decide.
 */
class LineJoinsTest {

  private static final float WIDTH = 6;
  private static final float PADDING = 2;

  /** A line's glyphs (its spaces are gaps), the last one followed by a shown space if asked. */
  private static List<Glyph> glyphs(String text, float y, boolean spaceAfter) {
    List<Glyph> line = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != ' ') {
        line.add(new Glyph(String.valueOf(text.charAt(i)), PADDING + i * WIDTH, y, WIDTH, 8, false,
            WIDTH, false));
      }
    }
    if (spaceAfter) {
      line.set(line.size() - 1, line.get(line.size() - 1).withSpaceAfter());
    }
    return line;
  }

  /** A cell's right rule that its first line fills, with 1 pt of room: less than a glyph or a space. */
  private static float filledBy(String line) {
    return PADDING + line.length() * WIDTH + 1 + PADDING;
  }

  /** A paragraph of a cell from the left rule at 0 to {@code right}; a text ending in a space shows it. */
  private static LineJoins.Paragraph paragraph(LineJoins joins, float right, String... lines) {
    List<List<Glyph>> glyphs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      glyphs.add(glyphs(lines[i].stripTrailing(), 10 + 12 * i, lines[i].endsWith(" ")));
      texts.add(lines[i].strip());
    }
    return joins.paragraph(glyphs, texts, 0, right, PADDING, false, false);
  }

  /** A document that shows the spaces ending its lines, as LibreOffice's prints do, with the cell asked. */
  private static String read(String... lines) {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, filledBy(lines[0]), lines);
    paragraph(joins, 200, "з пробілами ", "у кінці рядків");
    return joins.text(cell);
  }

  /** A word broken before its ending reads whole: the letters together spell a Ukrainian word. */
  @Test
  void aWordBrokenBeforeItsEndingReadsWhole() {
    assertThat(read("розпорядника", "ми коштів")).isEqualTo("розпорядниками коштів");
    assertThat(read("бухгалтерськог", "о обліку")).isEqualTo("бухгалтерського обліку");
    assertThat(read("Територіальн", "ий центр")).isEqualTo("Територіальний центр");
  }

  /** Two words, the first filling its line exactly, stay apart: together they spell no word. */
  @Test
  void aWholeWordFillingItsLineStaysApartFromTheNext() {
    assertThat(read("фінансуються", "з бюджету")).isEqualTo("фінансуються з бюджету");
    assertThat(read("«Прямих", "ліній»")).isEqualTo("«Прямих ліній»");
    assertThat(read("Систематично", "розглядати")).isEqualTo("Систематично розглядати");
  }

  /**
   * A word the document shows whole decides before spelling does: "регламенту" + "є" spells two words
   * as well as one, and reads as one where the table shows "регламентує" whole.
   */
  @Test
  void aWordShownWholeElsewhereDecidesBeforeSpelling() {
    assertThat(read("регламенту", "є службу")).isEqualTo("регламенту є службу");

    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, filledBy("регламенту"), "регламенту", "є службу");
    paragraph(joins, 200, "що регламентує ", "службу");
    assertThat(joins.text(cell)).isEqualTo("регламентує службу");
  }

  /**
   * A join decided by spelling alone, by a narrow margin, is a guess reported to the caller; one decided
   * by a wide margin is not.
   */
  @Test
  void aNarrowDecisionBySpellingIsReportedAsAGuess() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph narrow = paragraph(joins, filledBy("регламенту"), "регламенту", "є службу");
    LineJoins.Paragraph wide = paragraph(joins, filledBy("бухгалтерськог"), "бухгалтерськог", "о обліку");
    paragraph(joins, 200, "з пробілами ", "у кінці рядків");
    List<String> guesses = new ArrayList<>();

    joins.text(narrow, guesses);
    joins.text(wide, guesses);

    assertThat(guesses).singleElement().asString()
        .contains("\"регламенту\"", "\"є\"", "read as two words, \"регламенту є\"");
  }

  /** A token broken over three lines of a narrow column reads whole, each join judged on all its letters. */
  @Test
  void aTokenBrokenOverSeveralLinesReadsWhole() {
    assertThat(read("промис", "ловост", "і та")).isEqualTo("промисловості та");
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, filledBy("промис"), "та", "промис", "ловост");
    paragraph(joins, 200, "з пробілами ", "у кінці рядків");
    assertThat(joins.brokenTokenLines(cell)).isEqualTo(2);
  }

  /**
   * A line ending in a slash between two words, filled so that no space could have been shown after it,
   * goes on as the document writes a slash between two words inside its lines: without a space where it
   * mostly does ("звільнення/припинення"), with one where it mostly does ("призначення/ перебування"); a
   * space shown after the slash is always kept.
   */
  @Test
  void aLineEndingInASlashGoesOnAsTheDocumentWritesSlashes() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, filledBy("При звільненні/"), "При звільненні/", "припиненні");
    LineJoins.Paragraph shown = paragraph(joins, 200, "випадків призначення/ ", "перебування");
    paragraph(joins, 200, "після звільнення/припинення діяльності ", "особи");
    assertThat(joins.text(cell)).isEqualTo("При звільненні/припиненні");
    assertThat(joins.text(shown)).isEqualTo("випадків призначення/ перебування");

    LineJoins spaced = new LineJoins();
    LineJoins.Paragraph other = paragraph(spaced, filledBy("При звільненні/"), "При звільненні/", "припиненні");
    paragraph(spaced, 200, "після звільнення/ припинення діяльності ", "особи");
    assertThat(spaced.text(other)).isEqualTo("При звільненні/ припиненні");
  }

  /**
   * A break after a slash between two words that the page cannot show a space at is a guess reported to
   * the caller; one after an abbreviation ("з/п") is not, as those are never written with a space.
   */
  @Test
  void aBreakAfterASlashWithoutRoomForASpaceIsReportedAsAGuess() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph words = paragraph(joins, filledBy("При звільненні/"), "При звільненні/", "припиненні");
    LineJoins.Paragraph abbreviation = paragraph(joins, filledBy("№ з/"), "№ з/", "п");
    paragraph(joins, 200, "після звільнення/припинення діяльності ", "особи");
    List<String> guesses = new ArrayList<>();

    assertThat(joins.text(words, guesses)).isEqualTo("При звільненні/припиненні");
    assertThat(joins.text(abbreviation, guesses)).isEqualTo("№ з/п");
    assertThat(guesses).singleElement().asString()
        .contains("\"звільненні/\"", "\"припиненні\"", "without a space after the slash");
  }

  /**
   * In a document that hyphenates (here three words broken by the layout's hyphen: "можли-" | "вість",
   * "пи-" | "тань", "інформа-" | "ції"), a line-end hyphen between the parts of one word is dropped; a
   * compound keeps its own ("організаційно-" | "розпорядчих" spells two words, "веб-" | "порталі" is
   * written with its hyphen inside a line elsewhere).
   */
  @Test
  void aDocumentThatHyphenatesLosesTheLayoutsHyphensAndKeepsTheWordsOwn() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph a = paragraph(joins, 200, "мають можли-", "вість подати");
    LineJoins.Paragraph b = paragraph(joins, 200, "з пи-", "тань запобігання");
    LineJoins.Paragraph c = paragraph(joins, 200, "Узагальнення інформа-", "ції щодо");
    LineJoins.Paragraph d = paragraph(joins, 200, "проектів організаційно-", "розпорядчих документів");
    LineJoins.Paragraph e = paragraph(joins, 200, "на Єдиному веб-", "порталі");
    paragraph(joins, 200, "на офіційному веб-сайті ", "ради");

    assertThat(List.of(joins.text(a), joins.text(b), joins.text(c), joins.text(d), joins.text(e)))
        .containsExactly("мають можливість подати", "з питань запобігання", "Узагальнення інформації щодо",
            "проектів організаційно-розпорядчих документів", "на Єдиному веб-порталі");
  }

  /**
   * In a document that hyphenates, the word after a line with no space shown is read through the layout's
   * hyphen: "питань" + "запобі-" + "гання" are two words shown whole elsewhere ("питань", "запобігання"),
   * so the first break keeps its space though LibreOffice showed none there.
   */
  @Test
  void theWordAfterABreakIsReadThroughTheLayoutsHyphen() {
    LineJoins joins = new LineJoins();
    paragraph(joins, 200, "мають можли-", "вість подати");
    paragraph(joins, 200, "Узагальнення інформа-", "ції щодо");
    paragraph(joins, 200, "проведення спеці-", "альної перевірки");
    paragraph(joins, 200, "з питань запобігання ", "корупції");
    // "питань" leaves 4 pt: room for a space 3 pt wide, none shown, and not for "з" (6 pt).
    List<List<Glyph>> lines = new ArrayList<>();
    List<String> texts = List.of("питань", "запобі-", "гання і");
    for (int i = 0; i < texts.size(); i++) {
      List<Glyph> line = new ArrayList<>();
      for (int k = 0; k < texts.get(i).length(); k++) {
        if (texts.get(i).charAt(k) != ' ') {
          line.add(new Glyph(String.valueOf(texts.get(i).charAt(k)), PADDING + k * WIDTH, 10 + 12 * i, WIDTH,
              8, false, 3, false));
        }
      }
      lines.add(line);
    }
    LineJoins.Paragraph cell = joins.paragraph(lines, texts, 0, PADDING + 6 * WIDTH + 4 + PADDING, PADDING,
        false, false);
    assertThat(joins.text(cell)).isEqualTo("питань запобігання і");
  }

  /** A document with fewer such breaks does not hyphenate: every line-end hyphen is the word's own. */
  @Test
  void aDocumentThatDoesNotHyphenateKeepsEveryHyphen() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph a = paragraph(joins, 200, "мають можли-", "вість подати");
    LineJoins.Paragraph d = paragraph(joins, 200, "Січень-", "березень 2020 р.");
    paragraph(joins, 200, "з пробілами ", "у кінці рядків");

    assertThat(joins.text(a)).isEqualTo("мають можли-вість подати");
    assertThat(joins.text(d)).isEqualTo("Січень-березень 2020 р.");
  }

  /** A compound broken before and after its hyphen, the hyphen alone on its line, reads whole. */
  @Test
  void aHyphenAloneOnItsLineGoesOnItsCompound() {
    assertThat(read("Січень", "-", "березень")).isEqualTo("Січень-березень");
  }

  /**
   * A document that shows no line-end spaces anywhere (a browser's print) cannot say a space is missing:
   * the spelling decides every break between two letters on a filled line, and nothing else is joined.
   */
  @Test
  void withoutLineEndSpacesTheSpellingDecidesEveryBreakBetweenLetters() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph broken = paragraph(joins, filledBy("розпорядника"), "розпорядника", "ми коштів");
    LineJoins.Paragraph words = paragraph(joins, filledBy("фінансуються"), "фінансуються", "з бюджету");
    LineJoins.Paragraph number = paragraph(joins, filledBy("у 2020"), "у 2020", "році");
    paragraph(joins, 200, "без пробілів", "у кінці рядків");

    assertThat(joins.text(broken)).isEqualTo("розпорядниками коштів");
    assertThat(joins.text(words)).isEqualTo("фінансуються з бюджету");
    assertThat(joins.text(number)).isEqualTo("у 2020 році");
  }
}
