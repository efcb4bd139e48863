package io.github.acplan.test.generators;

import io.github.acplan.core.Actor;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.monitoring.ExecutionReport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * {@link AcplanGenerators} as QuickTheories 0.26 generators ({@link Gen}).
 *
 * <p>QuickTheories is an optional dependency of acplan-test: a project that uses this class has
 * QuickTheories on its test class path already, and a project that does not (jqwik, junit-quickcheck, a
 * plain loop over a seeded {@link RandomGenerator}) is not made to take it. Calling this class without
 * QuickTheories on the class path fails with {@link NoClassDefFoundError}; the rest of acplan-test works.
 * On the module path, a module that uses this class adds {@code requires quicktheories;} (the automatic
 * module name of {@code quicktheories-0.26.jar}) to its own descriptor; acplan-test requires it only
 * statically, so that modules that do not use it compile and run without it.
 *
 * <p>Each random choice the generators make (a bounded integer, a boolean) is drawn from QuickTheories'
 * {@link RandomnessSource} with its bounds, so QuickTheories shrinks a failing value choice by choice
 * towards the first alternative of each: fewer sections, fewer measures, the first kind of deadline.
 *
 * <p>This class is a static utility; the generators are stateless and thread-safe.
 */
public final class AcplanGens {

  private AcplanGens() {}

  /**
   * Adapts any function of a {@link RandomGenerator}, such as a method of {@link AcplanGenerators}, to a
   * QuickTheories generator.
   *
   * @param <T> the type of the values
   * @param generator the function, e.g. {@code AcplanGenerators::plan}
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> of(Function<? super RandomGenerator, ? extends T> generator) {
    Objects.requireNonNull(generator, "generator");
    return in -> generator.apply(new SourceRandom(in));
  }

  /**
   * Returns dates the Ukrainian calendar covers.
   *
   * @return the generator of {@link AcplanGenerators#date(RandomGenerator)}
   */
  public static Gen<LocalDate> dates() {
    return of(AcplanGenerators::date);
  }

  /**
   * Returns plan periods.
   *
   * @return the generator of {@link AcplanGenerators#planPeriod(RandomGenerator)}
   */
  public static Gen<PlanPeriod> planPeriods() {
    return of(AcplanGenerators::planPeriod);
  }

  /**
   * Returns measure numbers.
   *
   * @return the generator of {@link AcplanGenerators#measureNumber(RandomGenerator)}
   */
  public static Gen<MeasureNumber> measureNumbers() {
    return of(AcplanGenerators::measureNumber);
  }

  /**
   * Returns actors.
   *
   * @return the generator of {@link AcplanGenerators#actor(RandomGenerator)}
   */
  public static Gen<Actor> actors() {
    return of(AcplanGenerators::actor);
  }

  /**
   * Returns deadlines of every kind.
   *
   * @return the generator of {@link AcplanGenerators#deadline(RandomGenerator)}
   */
  public static Gen<Deadline> deadlines() {
    return of(AcplanGenerators::deadline);
  }

  /**
   * Returns deadlines of every kind for a plan period.
   *
   * @param period the plan period
   * @return the generator of {@link AcplanGenerators#deadline(RandomGenerator, PlanPeriod)}
   */
  public static Gen<Deadline> deadlines(PlanPeriod period) {
    Objects.requireNonNull(period, "period");
    return of(r -> AcplanGenerators.deadline(r, period));
  }

  /**
   * Returns deadlines of one kind for a plan period.
   *
   * @param kind the kind
   * @param period the plan period
   * @return the generator of {@link AcplanGenerators#deadline(RandomGenerator, DeadlineKind, PlanPeriod)}
   */
  public static Gen<Deadline> deadlines(DeadlineKind kind, PlanPeriod period) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(period, "period");
    return of(r -> AcplanGenerators.deadline(r, kind, period));
  }

  /**
   * Returns the texts of deadlines for a plan period.
   *
   * @param period the plan period
   * @return the generator of {@link AcplanGenerators#deadlineText(RandomGenerator, PlanPeriod)}
   */
  public static Gen<String> deadlineTexts(PlanPeriod period) {
    Objects.requireNonNull(period, "period");
    return of(r -> AcplanGenerators.deadlineText(r, period));
  }

  /**
   * Returns plans of measures.
   *
   * @return the generator of {@link AcplanGenerators#plan(RandomGenerator)}
   */
  public static Gen<Plan> plans() {
    return of(AcplanGenerators::plan);
  }

  /**
   * Returns programmes with risk registers.
   *
   * @return the generator of {@link AcplanGenerators#programme(RandomGenerator)}
   */
  public static Gen<Plan> programmes() {
    return of(AcplanGenerators::programme);
  }

  /**
   * Returns status files on a plan.
   *
   * @param plan the plan reported on
   * @return the generator of {@link AcplanGenerators#statusFile(RandomGenerator, Plan)}
   */
  public static Gen<ExecutionReport> statusFiles(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return of(r -> AcplanGenerators.statusFile(r, plan));
  }

  /**
   * A {@link RandomGenerator} that draws every choice from a QuickTheories source within the choice's
   * bounds, so that QuickTheories can shrink each choice on its own.
   */
  private static final class SourceRandom implements RandomGenerator {
    private final RandomnessSource source;

    SourceRandom(RandomnessSource source) {
      this.source = source;
    }

    @Override
    public long nextLong() {
      return source.next(Constraint.none());
    }

    @Override
    public boolean nextBoolean() {
      return source.next(Constraint.between(0, 1)) == 1;
    }

    @Override
    public int nextInt(int bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive, got " + bound);
      }
      return (int) source.next(Constraint.between(0, bound - 1L));
    }

    @Override
    public int nextInt(int origin, int bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("bound " + bound + " must be greater than origin " + origin);
      }
      return (int) source.next(Constraint.between(origin, bound - 1L));
    }

    @Override
    public long nextLong(long bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive, got " + bound);
      }
      return source.next(Constraint.between(0, bound - 1));
    }

    @Override
    public long nextLong(long origin, long bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("bound " + bound + " must be greater than origin " + origin);
      }
      return source.next(Constraint.between(origin, bound - 1));
    }
  }
}
