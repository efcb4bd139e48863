package io.github.acplan.benchmarks.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.benchmarks.diff.PlanGenerator;
import io.github.acplan.core.Plan;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing a plan as JSON, acplan's format against plain Jackson on an equivalent tree of
 * plain objects ({@link PlanPojo}), for the seed plan and a generated 10 000-measure plan.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class FormatsBenchmark {

  /** Which plan: "seed" (41 measures) or a generated plan of that many measures. */
  @Param({"10000"})
  public String plan;

  private PlanPojo pojo;
  private String pojoJson;
  private ObjectMapper mapper;

  /** Prepares the plan in every form and the inputs of the readers. */
  @Setup
  public void setUp() throws JsonProcessingException {
    Plan model = PlanGenerator.seeded(42).plan(Integer.parseInt(plan));
    pojo = PlanPojo.of(model);
    mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    pojoJson = mapper.writeValueAsString(pojo);
    // Compacts the live inputs, scattered among the set-up's garbage; every implementation gains alike.
    System.gc();
  }

  /** @return the JSON text */
  @Benchmark
  public String writeJson_jackson() throws JsonProcessingException {
    return mapper.writeValueAsString(pojo);
  }

  /** @return the plan read back */
  @Benchmark
  public PlanPojo readJson_jackson() throws JsonProcessingException {
    return mapper.readValue(pojoJson, PlanPojo.class);
  }
}
