package io.github.acplan.json.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The direct reading of a plain ISO date must agree with {@link LocalDate#parse} on every string: the
 * same day, or a refusal.
 */
class IsoDateTest {

  @Test
  void readsEveryDayOfTheCalendarAsLocalDateParseDoes() {
    qt().forAll(integers().between(-1_000_000, 3_000_000)).checkAssert(epochDay -> {
      LocalDate day = LocalDate.ofEpochDay(epochDay);
      assertThat(JsonMapping.isoDate(day.toString())).isEqualTo(day);
    });
  }

  @Test
  void agreesWithLocalDateParseOnStringsOfDigitsAndHyphens() {
    qt().forAll(strings().betweenCodePoints('+', '9').ofLengthBetween(8, 12))
        .checkAssert(text -> assertThat(read(JsonMapping::isoDate, text)).isEqualTo(read(LocalDate::parse, text)));
  }

  @Test
  void agreesWithLocalDateParseOnEveryYearMonthAndDayWrittenWithTheirDigits() {
    qt().forAll(integers().between(0, 9999), integers().between(0, 19), integers().between(0, 39))
        .checkAssert((year, month, day) -> {
          String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
          assertThat(read(JsonMapping::isoDate, text)).isEqualTo(read(LocalDate::parse, text));
        });
  }

  @Test
  void refusesDaysTheCalendarDoesNotHave() {
    assertThatThrownBy(() -> JsonMapping.isoDate("2021-02-29")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> JsonMapping.isoDate("2020-13-01")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> JsonMapping.isoDate("2020-01-٠٩")).isInstanceOf(DateTimeException.class);
    assertThat(JsonMapping.isoDate("2020-02-29")).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  private static Optional<LocalDate> read(java.util.function.Function<String, LocalDate> reader, String text) {
    try {
      return Optional.of(reader.apply(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
