package io.github.acplan.core.risk;

import java.util.Locale;
import java.util.Optional;

/**
 * The level of a corruption risk, or of its probability or consequences, on the three-step scale of the
 * NAZK Methodology of corruption-risk management (order No. 830/21 of 28.12.2021, points 7 and 9): high,
 * medium, low. Ordered from low to high.
 */
public enum RiskLevel {
  /** "низький". */
  LOW("low", "низький", "low"),
  /** "середній". */
  MEDIUM("medium", "середній", "medium"),
  /** "високий". */
  HIGH("high", "високий", "high");

  private final String id;
  private final String ukrainian;
  private final String english;

  RiskLevel(String id, String ukrainian, String english) {
    this.id = id;
    this.ukrainian = ukrainian;
    this.english = english;
  }

  /**
   * Returns the stable identifier used in JSON.
   *
   * @return "low", "medium" or "high"
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Ukrainian word, in the masculine form used with "рівень".
   *
   * @return e.g. "високий"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English word.
   *
   * @return e.g. "high"
   */
  public String english() {
    return english;
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
    for (RiskLevel level : values()) {
      if (level.id.equals(w)) {
        return Optional.of(level);
      }
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
}
