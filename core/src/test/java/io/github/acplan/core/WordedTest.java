package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.diff.ChangeKind;
import io.github.acplan.core.diff.MeasureField;
import io.github.acplan.core.diff.PlanAttribute;
import io.github.acplan.core.diff.RiskField;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.Standing;
import io.github.acplan.core.monitoring.Verdict;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.validation.PlanField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordedTest {

  /** Every enum of the library that keeps its words in a {@link Wording}. */
  static final List<Class<? extends Worded>> ENUMS = List.of(PlanKind.class, RiskLevel.class,
      ExecutionStatus.class, Standing.class, Verdict.class, RiskField.class, MeasureField.class,
      PlanAttribute.class, PlanField.class, ActKind.class, ActorKind.class, ChangeKind.class,
      io.github.acplan.core.deadline.DeadlineKind.class, io.github.acplan.core.deadline.DateBound.class,
      io.github.acplan.core.deadline.PeriodUnit.class, io.github.acplan.core.deadline.RangeForm.class,
      io.github.acplan.core.deadline.Joiner.class, io.github.acplan.core.validation.Severity.class);

  @Test
  void everyEnumHasOneFromIdContract() throws ReflectiveOperationException {
    for (Class<? extends Worded> type : ENUMS) {
      java.lang.reflect.Method fromId = type.getMethod("fromId", String.class);
      assertThat(fromId.getReturnType()).as(type.getSimpleName()).isEqualTo(java.util.Optional.class);
      for (Worded constant : type.getEnumConstants()) {
        assertThat(fromId.invoke(null, " " + constant.id().toUpperCase(java.util.Locale.ROOT) + " "))
            .as(type.getSimpleName() + " " + constant).isEqualTo(java.util.Optional.of(constant));
      }
      assertThat(fromId.invoke(null, "no-such-id")).as(type.getSimpleName())
          .isEqualTo(java.util.Optional.empty());
    }
  }

  @Test
  void identifiersAreUniqueWithinEachEnum() {
    for (Class<? extends Worded> type : ENUMS) {
      List<String> ids = Arrays.stream(type.getEnumConstants()).map(Worded::id).toList();
      assertThat(ids).as(type.getSimpleName()).doesNotHaveDuplicates();
    }
  }

  @Test
  void accessorsGiveTheWording() {
    assertThat(ExecutionStatus.PARTLY_DONE.wording())
        .isEqualTo(new Wording("partly-done", "виконано частково", "partly done"));
    assertThat(ExecutionStatus.PARTLY_DONE.id()).isEqualTo("partly-done");
    assertThat(ExecutionStatus.PARTLY_DONE.ukrainian()).isEqualTo("виконано частково");
    assertThat(ExecutionStatus.PARTLY_DONE.english()).isEqualTo("partly done");
    assertThat(PlanField.EXPECTED_RESULTS.label(Locale.forLanguageTag("uk")))
        .isEqualTo(PlanField.EXPECTED_RESULTS.ukrainian()).isEqualTo("очікувані результати");
    assertThat(PlanField.EXPECTED_RESULTS.label(Locale.ENGLISH)).isEqualTo("expected results");
  }

  @Test
  void byIdIgnoresCaseAndSurroundingSpaces() {
    assertThat(Worded.byId(PlanKind.class, " PROGRAMME\t")).contains(PlanKind.PROGRAMME);
    assertThat(Worded.byId(Standing.class, "Not-Yet-Due")).contains(Standing.NOT_YET_DUE);
    assertThat(Worded.byId(Standing.class, "not yet due")).isEmpty();
    assertThat(Worded.byId(Verdict.class, "")).isEmpty();
    // a Ukrainian name is not an identifier
    assertThat(Worded.byId(ExecutionStatus.class, "виконано")).isEmpty();
  }

  @Test
  void byUkrainianIgnoresCaseAndSpacing() {
    assertThat(Worded.byUkrainian(ExecutionStatus.class, "  Виконано \n ЧАСТКОВО "))
        .contains(ExecutionStatus.PARTLY_DONE);
    assertThat(Worded.byUkrainian(Verdict.class, "не звітовано")).contains(Verdict.NOT_REPORTED);
    assertThat(Worded.byUkrainian(ExecutionStatus.class, "partly-done")).isEmpty();
  }

  @Test
  void twoConstantsWithTheSameNameGiveTheFirst() {
    // MeasureField.YEARLY_DEADLINE shares its Ukrainian name with DEADLINE: the report adds the year
    assertThat(Worded.byUkrainian(MeasureField.class, "строк виконання")).contains(MeasureField.DEADLINE);
  }

  @Test
  void wordingRejectsMalformedIdentifiersAndBlankNames() {
    assertThatThrownBy(() -> new Wording("Partly done", "виконано частково", "partly done"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id \"Partly done\" must be lower-case ASCII words joined by hyphens, e.g. \"partly-done\"");
    assertThatThrownBy(() -> new Wording("done-", "виконано", "done"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Wording("done", " ", "done"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Ukrainian name of \"done\" must be non-blank with no spaces around it; found \" \"");
    assertThatThrownBy(() -> new Wording("done", "виконано", "done "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("English name of \"done\"");
    assertThatThrownBy(() -> new Wording("done", "виконано", null))
        .isInstanceOf(NullPointerException.class).hasMessage("english");
  }
}
