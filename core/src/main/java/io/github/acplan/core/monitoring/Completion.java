package io.github.acplan.core.monitoring;

import java.util.Objects;

/**
 * How many measures of a plan, a section or an actor are in each state of execution in a monitoring
 * report.
 *
 * <p>The measures counted are those {@linkplain MeasureAssessment#counted() counted} in the report: every
 * measure with an occurrence of its deadline in the period (report-only duties included) and every
 * measure reported on. Each is counted once, by its reported {@link ExecutionStatus}, or as not reported,
 * so the parts sum to {@link #total()}. Counts over disjoint groups of measures add up with
 * {@link #plus(Completion)}.
 *
 * @param total the measures counted
 * @param done those reported {@link ExecutionStatus#DONE}
 * @param partlyDone those reported {@link ExecutionStatus#PARTLY_DONE}
 * @param inProgress those reported {@link ExecutionStatus#IN_PROGRESS}
 * @param notDone those reported {@link ExecutionStatus#NOT_DONE}
 * @param notStarted those reported {@link ExecutionStatus#NOT_STARTED}
 * @param notReported those the report says nothing of
 */
public record Completion(int total, int done, int partlyDone, int inProgress, int notDone, int notStarted,
    int notReported) {

  private static final Completion NONE = new Completion(0, 0, 0, 0, 0, 0, 0);

  /**
   * Creates the counts.
   *
   * @param total the measures counted
   * @param done those done
   * @param partlyDone those done in part
   * @param inProgress those in progress
   * @param notDone those not done
   * @param notStarted those not started
   * @param notReported those not reported
   * @throws IllegalArgumentException if a count is negative or the parts do not sum to the total
   */
  public Completion {
    int[] parts = {done, partlyDone, inProgress, notDone, notStarted, notReported};
    long sum = 0;
    for (int p : parts) {
      if (p < 0) {
        throw new IllegalArgumentException("Completion: a count is negative: " + describe(total, parts));
      }
      sum += p;
    }
    if (total < 0 || sum != total) {
      throw new IllegalArgumentException(
          "Completion: the counts by status sum to " + sum + ", not the total: " + describe(total, parts));
    }
  }

  private static String describe(int total, int[] parts) {
    return "total " + total + ", done " + parts[0] + ", partly done " + parts[1] + ", in progress " + parts[2]
        + ", not done " + parts[3] + ", not started " + parts[4] + ", not reported " + parts[5];
  }

  /**
   * Returns the counts of no measures.
   *
   * @return all zero
   */
  public static Completion none() {
    return NONE;
  }

  /**
   * Counts the {@linkplain MeasureAssessment#counted() counted} assessments among the given ones.
   *
   * @param assessments assessments of distinct measures
   * @return the counts
   */
  public static Completion of(Iterable<MeasureAssessment> assessments) {
    Objects.requireNonNull(assessments, "assessments");
    int[] c = new int[ExecutionStatus.values().length + 1];
    int total = 0;
    for (MeasureAssessment a : assessments) {
      if (a.counted()) {
        total++;
        c[a.entry().map(e -> e.status().ordinal()).orElse(c.length - 1)]++;
      }
    }
    return new Completion(total, c[ExecutionStatus.DONE.ordinal()], c[ExecutionStatus.PARTLY_DONE.ordinal()],
        c[ExecutionStatus.IN_PROGRESS.ordinal()], c[ExecutionStatus.NOT_DONE.ordinal()],
        c[ExecutionStatus.NOT_STARTED.ordinal()], c[c.length - 1]);
  }

  /**
   * Returns the counts of two disjoint groups of measures together.
   *
   * @param other the other group's counts
   * @return the sums
   */
  public Completion plus(Completion other) {
    return new Completion(total + other.total, done + other.done, partlyDone + other.partlyDone,
        inProgress + other.inProgress, notDone + other.notDone, notStarted + other.notStarted,
        notReported + other.notReported);
  }

  /**
   * Returns the number of measures with the given reported status.
   *
   * @param status the status
   * @return the count
   */
  public int count(ExecutionStatus status) {
    switch (status) {
      case DONE:
        return done;
      case PARTLY_DONE:
        return partlyDone;
      case IN_PROGRESS:
        return inProgress;
      case NOT_DONE:
        return notDone;
      case NOT_STARTED:
        return notStarted;
      default:
        throw new AssertionError(status);
    }
  }

  /**
   * Returns the share of measures done in full, in percent.
   *
   * @return {@code 100 * done / total}, from 0 to 100; 0 when no measure is counted
   * @see #percentDoneFullyOrPartly()
   */
  public double percentDone() {
    return total == 0 ? 0 : 100.0 * done / total;
  }

  /**
   * Returns the number of measures done in full or in part: the count behind the NAZK's headline figure
   * "виконано (повністю та частково)".
   *
   * @return {@code done + partlyDone}
   */
  public int doneFullyOrPartly() {
    return done + partlyDone;
  }

  /**
   * Returns the share of measures done in full or in part, in percent: the headline figure of the NAZK's
   * monitoring of anti-corruption programmes, which counts "виконано (повністю та частково)" together
   * (DOMAIN.md, updates of December 2026: monitoring in the NAZK information system under order 134/23 of
   * 28.06.2023). It is never below {@link #percentDone()}, which counts measures done in full only.
   *
   * @return {@code 100 * (done + partlyDone) / total}, from 0 to 100; 0 when no measure is counted
   */
  public double percentDoneFullyOrPartly() {
    return total == 0 ? 0 : 100.0 * doneFullyOrPartly() / total;
  }
}
