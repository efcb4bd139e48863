package io.github.acplan.json.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A property name keeps the encoded form of each of the two Jackson lines an application may use. */
class PropertyNameTest {

  /** Stand-ins for the two lines' {@code SerializedString}s and for a third module's form. */
  record FirstLine(String text) {}

  record SecondLine(String text) {}

  record ThirdForm(String text) {}

  @Test
  void keepsAFormOfEachOfTwoTypesWhenTheyAlternate() {
    PropertyName name = new PropertyName("firstYear");
    AtomicInteger made = new AtomicInteger();
    FirstLine first = name.encoded(FirstLine.class, text -> {
      made.incrementAndGet();
      return new FirstLine(text);
    });
    SecondLine second = name.encoded(SecondLine.class, text -> {
      made.incrementAndGet();
      return new SecondLine(text);
    });
    for (int i = 0; i < 10; i++) {
      assertThat(name.encoded(FirstLine.class, FirstLine::new)).isSameAs(first);
      assertThat(name.encoded(SecondLine.class, SecondLine::new)).isSameAs(second);
    }
    assertThat(made).hasValue(2);
    assertThat(first.text()).isEqualTo("firstYear");
  }

  @Test
  void aThirdTypeReplacesTheFormMadeLongestAgo() {
    PropertyName name = new PropertyName("lastYear");
    FirstLine first = name.encoded(FirstLine.class, FirstLine::new);
    SecondLine second = name.encoded(SecondLine.class, SecondLine::new);
    name.encoded(ThirdForm.class, ThirdForm::new);

    assertThat(name.encoded(SecondLine.class, SecondLine::new)).isSameAs(second);
    assertThat(name.encoded(FirstLine.class, FirstLine::new)).isNotSameAs(first).isEqualTo(first);
  }
}
