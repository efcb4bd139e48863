package io.github.acplan.core.risk;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Locale;
import java.util.Optional;

/**
 * The level of a corruption risk, or of its probability or consequences, on the three-step scale of the
 * NAZK Methodology of corruption-risk management (order No. 830/21 of 28.12.2021, points 7 and 9): high,
 * medium, low. Ordered from low to high.
 *
 * <p>The {@linkplain #id() identifiers} ("low", "medium", "high") are used in JSON; the
 * {@linkplain #ukrainian() Ukrainian words} are in the masculine form used with "рівень" ("високий").
 */
public enum RiskLevel implements Worded {
  /** "низький". */
  LOW("low", "низький", "low"),
  /** "середній". */
  MEDIUM("medium", "середній", "medium"),
  /** "високий". */
  HIGH("high", "високий", "high");

  private final Wording wording;

  RiskLevel(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the level named by an identifier or a Ukrainian word in any gender and case ("висока",
   * "Середній", "low").
   *
   * @param text the word
   * @return the level, or empty if the word names none
   */
  public static Optional<RiskLevel> fromText(String text) {
    String w = text.strip().toLowerCase(Locale.ROOT);
    if (w.isEmpty()) {
      return Optional.empty();
    }
    Optional<RiskLevel> byId = Worded.byId(RiskLevel.class, w);
    if (byId.isPresent()) {
      return byId;
    }
    // Registers write the level in the gender of the noun it describes: "висока ймовірність",
    // "високий рівень", "високі наслідки"; compare the stem.
    if (w.startsWith("висок")) {
      return Optional.of(HIGH);
    }
    if (w.startsWith("середн")) {
      return Optional.of(MEDIUM);
    }
    if (w.startsWith("низьк")) {
      return Optional.of(LOW);
    }
    return Optional.empty();
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<RiskLevel> fromId(String id) {
    return Worded.byId(RiskLevel.class, id);
  }
}
