package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.serialization.PlanFormatException;
import org.junit.jupiter.api.Test;

/**
 * What the fuzz targets of the text readers found, each as a readable example; the crashing inputs
 * themselves are replayed from {@code PlanTextReaderFuzzTestInputs}.
 */
class PlanTextFuzzFindingsTest {

  private static final String FRONT = "Додаток\nдо розпорядження голови\nрайонної в місті ради\n"
      + "від 09.01.2020 № 2-р\n\nПЛАН ЗАХОДІВ\nщодо запобігання та виявлення корупції\n"
      + "у виконкомі Довгинцівської районної в місті ради\nна 2020 рік\n\n"
      + "№ з/п\tНайменування заходу\tСтрок виконання\tВідповідальні за виконання\t"
      + "Індикатор виконання\tОчікувані результати\n1\t2\t3\t4\t5\t6\n";

  @Test
  void textAfterTheTableThatReadsAsAHeadingIsNotKeptAsTheSignatory() throws PlanFormatException {
    // A broken heading row (its title spilled into a second cell) after a header without measures:
    // it used to become the signatory's position "1. Забезпечення …", which the writer then wrote
    // on a line of its own, read back as section 1, and the signatory was lost.
    String text = FRONT + "1. Забезпечення системного підходу\tУдосконалення\n\nКеруючий справами\n\n"
        + "Олександр Гижко\n";

    ReadResult read = PlanTextReader.standard().read(text);

    assertThat(read.plan().signatory()).isEmpty();
    assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message())
        .contains("reads as a section heading or measure number"));
    assertThat(PlanTextReader.standard().read(PlanTextWriter.standard().write(read.plan())).plan()).isEqualTo(read.plan());
  }

  @Test
  void aRealSignatoryIsStillKept() throws PlanFormatException {
    String text = FRONT + "1. Розділ\t\t\t\t\t\n1.1\tЗахід\tПостійно\tВідділ\tІндикатор\tРезультат\n\n"
        + "Керуючий справами виконкому\n\nОлександр Гижко\n";

    ReadResult read = PlanTextReader.standard().read(text);

    assertThat(read.plan().signatory()).hasValueSatisfying(s -> {
      assertThat(s.position()).isEqualTo("Керуючий справами виконкому");
      assertThat(s.name()).isEqualTo("Олександр Гижко");
    });
  }

  @Test
  void aSectionNumberTooLongForANumberInTheNumberColumnIsRefusedWithTheLibrarysError() {
    // "1." in the number column and the title in the next cell is a heading; eighteen digits made
    // Integer.parseInt throw a NumberFormatException out of the reader (found by the DOCX target, whose
    // bytes that are no zip are read as text).
    String text = "\t\r\r777777777777777777\tp\0\0\0\t\t";
    assertThatThrownBy(() -> PlanTextReader.standard().read(text)).isInstanceOf(PlanFormatException.class);
    try {
      PlanTextReader.standard().read(FRONT + "777777777777777777.\tЗаходи\t\t\t\t\n");
    } catch (PlanFormatException e) {
      assertThat(e.getMessage()).startsWith("line 13");
    }
  }
}
