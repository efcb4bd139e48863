package io.github.acplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.Wording;
import org.junit.jupiter.api.Test;

/** Ids of thousands of words are judged in one pass: refused or read, never a StackOverflowError. */
class LongIdsTest {

  @Test
  void aWordingIdOfFiveThousandWordsIsCheckedInOnePass() {
    String id = "done" + "-done".repeat(5_000);
    assertThat(new Wording(id, "виконано", "done").id()).isEqualTo(id);
    assertThatThrownBy(() -> new Wording(id + "-", "виконано", "done"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFindingCodeOfFiveThousandWordsIsValidatedInOnePass() {
    String code = "MISSING" + "_INDICATOR".repeat(5_000);
    assertThat(new Finding(code, Severity.WARNING, FindingPath.plan(), "у", "e").code()).isEqualTo(code);
    assertThatThrownBy(() -> new Finding("MISSING__X", Severity.WARNING, FindingPath.plan(), "у", "e"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
