package io.github.acplan.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The neutralisation of formula-looking cells, case by case, and how records are written. */
class SpreadsheetCsvTest {

  @Test
  void formulaSignsControlsAndLeadingWhiteSpaceBeforeThemGetOneApostrophe() {
    assertThat(SpreadsheetCsv.neutralise("=1+1")).isEqualTo("'=1+1");
    assertThat(SpreadsheetCsv.neutralise("\n=1+1")).isEqualTo("'\n=1+1");
    assertThat(SpreadsheetCsv.neutralise(" =1+1")).isEqualTo("' =1+1");
    assertThat(SpreadsheetCsv.neutralise("\u00A0\t+1")).isEqualTo("'\u00A0\t+1");
    assertThat(SpreadsheetCsv.neutralise("＝1+1")).isEqualTo("'＝1+1");
    assertThat(SpreadsheetCsv.neutralise("＠SUM")).isEqualTo("'＠SUM");
    assertThat(SpreadsheetCsv.neutralise("\u0007bell")).isEqualTo("'\u0007bell");
    assertThat(SpreadsheetCsv.neutralise("\u0085x")).isEqualTo("'\u0085x");
  }

  @Test
  void aCellThatReallyStartsWithAnApostropheGetsOneMoreAndReadsBack() {
    assertThat(SpreadsheetCsv.neutralise("'=1")).isEqualTo("''=1");
    assertThat(SpreadsheetCsv.neutralise("'п’ять")).isEqualTo("''п’ять");
    assertThat(SpreadsheetCsv.restore("''=1")).isEqualTo("'=1");
    assertThat(SpreadsheetCsv.restore("'=1")).isEqualTo("=1");
    // '= written and = written are told apart
    assertThat(SpreadsheetCsv.neutralise("'=1")).isNotEqualTo(SpreadsheetCsv.neutralise("=1"));
  }

  @Test
  void ordinaryCellsStayAsTheyAre() {
    for (String cell : new String[] {"", "Постійно", " leading space", "1.1", "п'ять", "a=b", "2020-01-09"}) {
      assertThat(SpreadsheetCsv.neutralise(cell)).isSameAs(cell);
      assertThat(SpreadsheetCsv.restore(cell)).isSameAs(cell);
    }
  }

  @Test
  void recordsEndWithCrlfOrLfAndQuoteOnlyWhatNeedsIt() throws IOException {
    StringBuilder crlf = new StringBuilder();
    SpreadsheetCsv.rfc4180(crlf).record("2020-01-01", "true", "Новий рік");
    assertThat(crlf).hasToString("2020-01-01,true,Новий рік\r\n");
    StringBuilder lf = new StringBuilder();
    SpreadsheetCsv csv = SpreadsheetCsv.withLineFeeds(lf);
    csv.record("date", "day_off", "holiday");
    csv.record("2020-01-07", "true", "Різдво, \"православне\"");
    csv.record("2020-01-08", "false", "");
    assertThat(lf).hasToString("date,day_off,holiday\n2020-01-07,true,\"Різдво, \"\"православне\"\"\"\n"
        + "2020-01-08,false,\n");
  }
}
