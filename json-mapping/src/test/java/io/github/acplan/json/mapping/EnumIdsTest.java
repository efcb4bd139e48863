package io.github.acplan.json.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every enum constant is found by its JSON id, and nothing else is: the ids' table has no false match. */
class EnumIdsTest {

  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
      io.github.acplan.core.ActKind.class, io.github.acplan.core.ActorKind.class,
      io.github.acplan.core.PlanKind.class, io.github.acplan.core.deadline.DateBound.class,
      io.github.acplan.core.deadline.DeadlineKind.class, io.github.acplan.core.deadline.Joiner.class,
      io.github.acplan.core.deadline.PeriodUnit.class, io.github.acplan.core.deadline.RangeForm.class,
      io.github.acplan.core.deadline.statute.LegalAct.class, io.github.acplan.core.diff.ChangeKind.class,
      io.github.acplan.core.diff.MeasureField.class, io.github.acplan.core.diff.PlanAttribute.class,
      io.github.acplan.core.diff.RiskField.class, io.github.acplan.core.monitoring.ExecutionStatus.class,
      io.github.acplan.core.monitoring.Standing.class, io.github.acplan.core.monitoring.Verdict.class,
      io.github.acplan.core.risk.RiskLevel.class, io.github.acplan.core.schedule.DayOffPolicy.class,
      io.github.acplan.core.validation.PlanField.class, io.github.acplan.core.validation.Severity.class,
      Month.class);

  @Test
  void everyConstantIsFoundByItsIdAndNoNearMiss() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String id = DeadlineValues.enumId(constant);
        assertThat(DeadlineValues.enumConstantOrNull(type, id)).as(id).isSameAs(constant);
        // a new string each time, as JSON gives it, and the ids that differ from it by one change
        assertThat(DeadlineValues.enumConstantOrNull(type, new String(id.toCharArray()))).isSameAs(constant);
        for (String miss : List.of(id + "x", "x" + id, id.substring(1), id.toUpperCase(java.util.Locale.ROOT), "")) {
          if (!miss.equals(id)) {
            Object found = DeadlineValues.enumConstantOrNull(type, miss);
            assertThat(found == null || DeadlineValues.enumId((Enum<?>) found).equals(miss)).as(miss).isTrue();
          }
        }
      }
    }
  }

  @Test
  void theParsersCharactersSpellAnIdOrNothingWithoutAFalseMatch() throws Exception {
    for (Class<? extends Enum<?>> type : ENUMS) {
      EnumIds ids = EnumIds.of(type);
      for (Enum<?> constant : type.getEnumConstants()) {
        String id = DeadlineValues.enumId(constant);
        // the id's own instance, from characters in the middle of a parser's buffer
        assertThat(ids.idAt(new Chars(id))).as(id).isSameAs(id);
        for (String miss : List.of(id + "x", "x" + id, id.substring(1), id.toUpperCase(java.util.Locale.ROOT), "")) {
          String found = ids.idAt(new Chars(miss));
          assertThat(found == null || found.equals(miss)).as(miss).isTrue();
        }
      }
    }
  }

  /** A string token whose characters sit in a larger buffer, as a parser's do. */
  private static final class Chars implements TokenStream {
    private final String text;
    private final char[] buffer;

    Chars(String text) {
      this.text = text;
      this.buffer = ("{\"" + text + "\"}").toCharArray();
    }

    @Override
    public char[] textCharacters() {
      return buffer;
    }

    @Override
    public int textOffset() {
      return 2;
    }

    @Override
    public int textLength() {
      return text.length();
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public int currentToken() {
      return STRING;
    }

    @Override
    public int nextToken() {
      throw new UnsupportedOperationException();
    }

    @Override
    public String nextName() {
      throw new UnsupportedOperationException();
    }

    @Override
    public String currentName() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isInt() {
      return false;
    }

    @Override
    public int intValue() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Number numberValue() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void skipChildren() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int depth() {
      return 1;
    }
  }
}
