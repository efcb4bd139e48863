package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import org.junit.jupiter.api.Test;

/** Messages show the characters a reader cannot see escaped, so that they say what the input holds. */
class InvisibleCharactersTest {

  @Test
  void aRowThatCannotBePlacedShowsItsInvisibleCharactersEscaped() {
    // A left-to-right mark after the number: not noise the readers remove, and not a number either.
    String text = SeedPlan.text().replace("\n1.1\t", "\n1.1\u200E\t");
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> PlanTextReader.standard().read(text));
    assertThat(e.problem()).contains("1.1\\u200E");
    assertThat(e.getMessage()).doesNotContain("\u200E");
  }

  @Test
  void noBreakSpacesAroundTheNumberAreLayoutNotAnError() throws PlanFormatException {
    String text = SeedPlan.text().replace("\n1.1\t", "\n\u00A01.1\u202F\u00A0\t");
    assertThat(PlanTextReader.standard().read(text).plan()).isEqualTo(PlanTextReader.standard().read(SeedPlan.text()).plan());
  }

  @Test
  void exceptionsAndWarningsEscapeNoBreakSpacesSoftHyphensAndControls() {
    PlanFormatException e = new PlanFormatException("line 3", "found \"1.1\u00A0\u00AD\u0007\"\n");
    assertThat(e.problem()).isEqualTo("found \"1.1\\u00A0\\u00AD\\u0007\"\\n");
    assertThat(e.getMessage()).isEqualTo("line 3: found \"1.1\\u00A0\\u00AD\\u0007\"\\n");
    ReadWarning w = new ReadWarning(2, "kept \"а\u2007б\u200B\"");
    assertThat(w.message()).isEqualTo("kept \"а\\u2007б\\u200B\"");
  }
}
