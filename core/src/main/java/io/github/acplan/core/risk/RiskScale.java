package io.github.acplan.core.risk;

import java.util.Optional;

/**
 * The scale on which a programme scores corruption risks: the scores allowed for probability and for
 * consequences, and the products of the two at which a risk becomes medium or high.
 *
 * <p>{@link #NAZK_2021} is the scale of the NAZK Methodology of corruption-risk management (order No.
 * 830/21 of 28.12.2021, registered with the Ministry of Justice 17.02.2022 No. 219/37555; in force three
 * months after its publication, from 4 June 2022, when the Methodology of 2016, NAZK decision No. 126,
 * ceased to apply, as the unofficial English text at cis-legislation.com, documents rgn=139448 and
 * rgn=92746, gives the order's point 5 and the older act's status): the probability of a risk is high,
 * medium or low (point 7: realised more than once; "не більше одного разу протягом останніх трьох років
 * та/або може бути реалізований не більше одного разу протягом наступних трьох років"; "не реалізовувався
 * раніше та ймовірність реалізації якого у майбутньому є вкрай низькою"), recorded in the risk register
 * (point 8); its consequences are high, medium or low by the potential losses the working group sets
 * (points 9–10; point 7's medium and low levels and points 8–10 read at
 * https://docs.dtkt.ua/doc/z0219-22?page=2, which begins within point 7); scored here 1, 2, 3. The level is
 * read from the product: 1–2 low, 3–4 medium, 6–9 high, i.e. high with high or medium is high; medium with
 * medium, and high with low, are medium; the rest is low. The three-step scales are checked against the
 * published text; the combination table was not: it is an assumption (the usual risk matrix of NAZK
 * trainings), as no stored copy of the Methodology shows the text after point 10 (three searches, the last
 * in December 2026). A register's own written level stays authoritative; a body that combines differently,
 * or scores on another scale (some use 1–5), describes it with {@link #of(int, int, int, int)}. This class
 * is immutable and thread-safe.
 */
public final class RiskScale {

  /** The NAZK 2021 scale: scores 1–3, medium from a product of 3, high from 6. */
  public static final RiskScale NAZK_2021 = new RiskScale(1, 3, 3, 6);

  private final int minScore;
  private final int maxScore;
  private final int mediumFrom;
  private final int highFrom;

  private RiskScale(int minScore, int maxScore, int mediumFrom, int highFrom) {
    this.minScore = minScore;
    this.maxScore = maxScore;
    this.mediumFrom = mediumFrom;
    this.highFrom = highFrom;
  }

  /**
   * Returns a scale.
   *
   * @param minScore the lowest score of probability and of consequences, at least 0
   * @param maxScore the highest score, at least {@code minScore}
   * @param mediumFrom the lowest product {@code probability × consequence} of a medium risk
   * @param highFrom the lowest product of a high risk, above {@code mediumFrom}
   * @return the scale
   * @throws IllegalArgumentException if the bounds are out of order or the thresholds cannot be reached
   */
  public static RiskScale of(int minScore, int maxScore, int mediumFrom, int highFrom) {
    if (minScore < 0 || maxScore < minScore) {
      throw new IllegalArgumentException(
          "A risk scale runs from a score of at least 0 up to a higher one, got " + minScore + ".." + maxScore);
    }
    int lowest = minScore * minScore;
    int highest = maxScore * maxScore;
    if (!(lowest < mediumFrom && mediumFrom < highFrom && highFrom <= highest)) {
      throw new IllegalArgumentException("A risk scale " + minScore + ".." + maxScore
          + " needs " + lowest + " < mediumFrom < highFrom <= " + highest + ", got mediumFrom " + mediumFrom
          + " and highFrom " + highFrom);
    }
    return new RiskScale(minScore, maxScore, mediumFrom, highFrom);
  }

  /**
   * Returns the lowest score.
   *
   * @return the lowest score of probability and consequences
   */
  public int minScore() {
    return minScore;
  }

  /**
   * Returns the highest score.
   *
   * @return the highest score of probability and consequences
   */
  public int maxScore() {
    return maxScore;
  }

  /**
   * Returns the lowest product of a medium risk.
   *
   * @return the threshold
   */
  public int mediumFrom() {
    return mediumFrom;
  }

  /**
   * Returns the lowest product of a high risk.
   *
   * @return the threshold
   */
  public int highFrom() {
    return highFrom;
  }

  /**
   * Tells whether a score is on the scale.
   *
   * @param score a probability or consequence score
   * @return true if {@code minScore() <= score <= maxScore()}
   */
  public boolean contains(int score) {
    return score >= minScore && score <= maxScore;
  }

  /**
   * Returns the level of a risk from its scores.
   *
   * @param probability the probability score
   * @param consequence the consequence score
   * @return the level, or empty if a score is off the scale (the validator reports it)
   */
  public Optional<RiskLevel> level(int probability, int consequence) {
    if (!contains(probability) || !contains(consequence)) {
      return Optional.empty();
    }
    int product = probability * consequence;
    if (product >= highFrom) {
      return Optional.of(RiskLevel.HIGH);
    }
    return Optional.of(product >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW);
  }

  /**
   * Returns the score of a level on a three-step scale: low is the lowest score, high the highest, medium
   * the one between (rounded down).
   *
   * @param level the level
   * @return the score
   */
  public int scoreOf(RiskLevel level) {
    switch (level) {
      case LOW:
        return minScore;
      case HIGH:
        return maxScore;
      default:
        return (minScore + maxScore) / 2;
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RiskScale s)) {
      return false;
    }
    return s.minScore == minScore && s.maxScore == maxScore && s.mediumFrom == mediumFrom
        && s.highFrom == highFrom;
  }

  @Override
  public int hashCode() {
    return ((minScore * 31 + maxScore) * 31 + mediumFrom) * 31 + highFrom;
  }

  /**
   * Returns e.g. "1..3 (medium from 3, high from 6)".
   *
   * @return a description
   */
  @Override
  public String toString() {
    return minScore + ".." + maxScore + " (medium from " + mediumFrom + ", high from " + highFrom + ")";
  }
}
