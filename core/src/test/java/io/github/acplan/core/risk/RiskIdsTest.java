package io.github.acplan.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskIdsTest {

  @Test
  void identifiersSortWithTheirNumbersAsNumbers() {
    assertThat(RiskIds.order().compare("R2", "R10")).isNegative();
    assertThat(RiskIds.order().compare("Р-10", "Р-9")).isPositive();
    assertThat(RiskIds.order().compare("2", "02")).isNotZero();
    assertThat(RiskIds.order().compare("R1", "R1")).isZero();
    assertThat(RiskIds.order().compare("R1", "R1a")).isNegative();
  }

  @Test
  void aRegisterSortsAsItIsNumbered() {
    List<String> ids = new ArrayList<>(List.of("Р-10", "Р-2", "Р-1.10", "Р-1.2", "Р-1", "R-3", "10", "9"));
    ids.sort(RiskIds.order());
    assertThat(ids).containsExactly("9", "10", "R-3", "Р-1", "Р-1.2", "Р-1.10", "Р-2", "Р-10");
  }

  @Test
  void leadingZerosOnlyBreakTies() {
    List<String> ids = new ArrayList<>(List.of("R-010", "R-9", "R-10", "R-011"));
    ids.sort(RiskIds.order());
    assertThat(ids).containsExactly("R-9", "R-010", "R-10", "R-011");
  }

  @Test
  void nullIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> RiskIds.order().compare(null, "R1"));
  }
}
