package io.github.acplan.benchmarks.register;

import io.github.acplan.benchmarks.diff.PlanGenerator;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.PlanTextWriter;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.RiskRegisterTextReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a programme from its risk register text ({@link RiskRegisterTextReader}) against reading a plan
 * text with the same number of measures ({@link PlanTextReader}, on {@code PlanGenerator}'s plan as
 * {@link PlanTextWriter} writes it): no peer reads either, so the plan reader is the scale.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RegisterReadBenchmark {

  /** How many risks in the register, and measures in the plan. */
  @Param({"1000"})
  public int size;

  private String register;
  private String plan;

  /** Generates both texts. */
  @Setup
  public void setUp() {
    register = RegisterGenerator.seeded(42).register(size);
    plan = PlanTextWriter.standard().write(PlanGenerator.seeded(42).plan(size));
    System.gc();
  }

  /**
   * @return the programme read from the register
   * @throws PlanFormatException never (the input is valid)
   */
  @Benchmark
  public ReadResult readRegister_ours() throws PlanFormatException {
    return RiskRegisterTextReader.standard().read(register);
  }

  /**
   * @return the plan read from its text
   * @throws PlanFormatException never (the input is valid)
   */
  @Benchmark
  public ReadResult readPlan_ours() throws PlanFormatException {
    return PlanTextReader.standard().read(plan);
  }
}
