package io.github.acplan.benchmarks.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.benchmarks.SeedText;
import io.github.acplan.benchmarks.diff.PlanGenerator;
import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.PlanTextWriter;
import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Reading and writing a plan: acplan's text format, and acplan's JSON against plain Jackson on an
 * equivalent tree of plain objects ({@link PlanPojo}, compact output both), for the seed plan (41
 * measures, read from its original text) and a generated 10 000-measure plan.
 *
 * <p>JSON implementations: {@code ours} is {@code PlanJson} (Jackson 2 with acplan's module, strict and
 * within its limits); {@code floor} is plain Jackson 2 databind on {@link PlanPojo}, the lower bound;
 * {@code jackson3} is a user's Jackson 3 {@code JsonMapper} with {@code AcplanJackson3Module} on
 * {@code Plan}, and {@code floor3} plain Jackson 3 databind on {@link PlanPojo}, its lower bound.
 * {@code floorModel} and {@code floor3Model} are the second floor of reading: plain Jackson's plain
 * objects turned by hand into the same immutable model ({@link PlanPojoToModel}), with the model's own
 * checks and none of the JSON's (types, duplicates, lone surrogates, paths): what the model itself costs.
 *
 * <p>The readers named {@code readJson_…} read a {@code String}; those named {@code readJsonBytes_…} read
 * the same JSON as UTF-8 from an {@code InputStream}, as an application reads a file or a request's body
 * (Spring's message converters hand Jackson the body's stream). Jackson parses the two with different
 * parsers, decoding UTF-8 in the second, so the floors differ and so do the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
// A fixed, pre-touched heap: the first touch of memory the heap grows into (page faults, more costly
// in a VM) otherwise lands in the measurements of the allocation-heavy benchmarks at random.
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class FormatsBenchmark {

  /** Which plan: "seed" (the 2020 seed, 41 measures) or a generated plan of that many measures. */
  @Param({"seed", "10000"})
  public String plan;

  private Plan model;
  private String text;
  private String json;
  private PlanJson planJson;
  private PlanPojo pojo;
  private String pojoJson;
  private byte[] jsonBytes;
  private byte[] pojoJsonBytes;
  private ObjectMapper mapper;
  private tools.jackson.databind.json.JsonMapper mapper3;
  private tools.jackson.databind.json.JsonMapper plainMapper3;

  /**
   * Prepares the plan in every form and the inputs of the readers.
   *
   * @throws PlanFormatException if the seed cannot be read (a bug)
   * @throws JsonProcessingException if Jackson fails (a bug)
   */
  @Setup
  public void setUp() throws PlanFormatException, JsonProcessingException {
    if (plan.equals("seed")) {
      text = SeedText.plan();
      model = PlanTextReader.standard().read(text).plan();
    } else {
      model = PlanGenerator.seeded(42).plan(Integer.parseInt(plan));
      text = PlanTextWriter.standard().write(model);
    }
    planJson = PlanJson.standard();
    json = planJson.writeCompact(model);
    mapper = new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    // plain Jackson reads acplan's JSON (failing on a property it does not map) and writes it back: the
    // same properties and values, a deadline's properties in the POJO's order rather than its kind's
    pojo = mapper.readValue(json, PlanPojo.class);
    pojoJson = mapper.writeValueAsString(pojo);
    if (pojoJson.length() != json.length()) {
      throw new IllegalStateException("plain Jackson does not write the JSON acplan writes: " + sizes());
    }
    mapper3 = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new io.github.acplan.jackson3.AcplanJackson3Module()).build();
    plainMapper3 = tools.jackson.databind.json.JsonMapper.builder()
        .disable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL)).build();
    if (!mapper3.writeValueAsString(model).equals(json)
        || !plainMapper3.writeValueAsString(pojo).equals(pojoJson)) {
      throw new IllegalStateException("Jackson 3 does not write what Jackson 2 writes");
    }
    if (!PlanPojoToModel.plan(mapper.readValue(pojoJson, PlanPojo.class)).equals(model)) {
      throw new IllegalStateException("the plain objects do not convert to the plan read");
    }
    jsonBytes = json.getBytes(StandardCharsets.UTF_8);
    pojoJsonBytes = pojoJson.getBytes(StandardCharsets.UTF_8);
    // Compacts the live inputs, scattered among the set-up's garbage; every implementation gains alike.
    System.gc();
  }

  /**
   * Returns the sizes of the inputs, for the README.
   *
   * @return a line of sizes in UTF-16 chars
   */
  public String sizes() {
    return "plan=" + plan + " measures=" + model.measures().size() + " text=" + text.length()
        + " acplan JSON=" + json.length() + " Jackson JSON=" + pojoJson.length();
  }

  /** @return the plan's text */
  @Benchmark
  public String writeText_ours() {
    return PlanTextWriter.standard().write(model);
  }

  /**
   * @return the plan and warnings read from the text
   * @throws PlanFormatException never (the input is valid)
   */
  @Benchmark
  public ReadResult readText_ours() throws PlanFormatException {
    return PlanTextReader.standard().read(text);
  }

  /**
   * The floor of reading the text: its lines split at LF and each line into its cells at TAB, kept, and
   * nothing else (no decoding, no model).
   *
   * @return the cells of every line
   */
  @Benchmark
  public List<String[]> readText_floor() {
    List<String[]> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      lines.add(text.substring(start, end).split("\t", -1));
      start = end + 1;
    }
    return lines;
  }

  /** @return acplan's compact JSON */
  @Benchmark
  public String writeJson_ours() {
    return planJson.writeCompact(model);
  }

  /**
   * @return the plan read back
   * @throws PlanFormatException never (the input is valid)
   */
  @Benchmark
  public Plan readJson_ours() throws PlanFormatException {
    return planJson.read(json);
  }

  /**
   * @return Jackson's compact JSON of the plain objects
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String writeJson_floor() throws JsonProcessingException {
    return mapper.writeValueAsString(pojo);
  }

  /**
   * @return the plain objects read back
   * @throws JsonProcessingException never
   */
  @Benchmark
  public PlanPojo readJson_floor() throws JsonProcessingException {
    return mapper.readValue(pojoJson, PlanPojo.class);
  }

  /**
   * The second floor: plain Jackson's plain objects turned by hand into the same model, with the model's
   * checks only ({@link PlanPojoToModel}).
   *
   * @return the plan
   * @throws JsonProcessingException never
   */
  @Benchmark
  public Plan readJson_floorModel() throws JsonProcessingException {
    return PlanPojoToModel.plan(mapper.readValue(pojoJson, PlanPojo.class));
  }

  /**
   * The second floor with Jackson 3: plain objects, then the model by hand.
   *
   * @return the plan
   */
  @Benchmark
  public Plan readJson_floor3Model() {
    return PlanPojoToModel.plan(plainMapper3.readValue(pojoJson, PlanPojo.class));
  }

  /** @return the JSON of a user's Jackson 3 mapper with acplan's module */
  @Benchmark
  public String writeJson_jackson3() {
    return mapper3.writeValueAsString(model);
  }

  /** @return the plan read by a user's Jackson 3 mapper with acplan's module */
  @Benchmark
  public Plan readJson_jackson3() {
    return mapper3.readValue(json, Plan.class);
  }

  /** @return plain Jackson 3's compact JSON of the plain objects */
  @Benchmark
  public String writeJson_floor3() {
    return plainMapper3.writeValueAsString(pojo);
  }

  /** @return the plain objects read back by plain Jackson 3 */
  @Benchmark
  public PlanPojo readJson_floor3() {
    return plainMapper3.readValue(pojoJson, PlanPojo.class);
  }

  /**
   * @return the plan read from UTF-8 bytes
   * @throws IOException never (the input is valid and in memory)
   */
  @Benchmark
  public Plan readJsonBytes_ours() throws IOException {
    return planJson.read(new ByteArrayInputStream(jsonBytes));
  }

  /**
   * @return the plain objects read from UTF-8 bytes
   * @throws IOException never
   */
  @Benchmark
  public PlanPojo readJsonBytes_floor() throws IOException {
    return mapper.readValue(new ByteArrayInputStream(pojoJsonBytes), PlanPojo.class);
  }

  /**
   * @return the plan from plain objects read from UTF-8 bytes, by hand ({@link #readJson_floorModel})
   * @throws IOException never
   */
  @Benchmark
  public Plan readJsonBytes_floorModel() throws IOException {
    return PlanPojoToModel.plan(mapper.readValue(new ByteArrayInputStream(pojoJsonBytes), PlanPojo.class));
  }

  /** @return the plan read from UTF-8 bytes by a user's Jackson 3 mapper with acplan's module */
  @Benchmark
  public Plan readJsonBytes_jackson3() {
    return mapper3.readValue(new ByteArrayInputStream(jsonBytes), Plan.class);
  }

  /** @return the plain objects read from UTF-8 bytes by plain Jackson 3 */
  @Benchmark
  public PlanPojo readJsonBytes_floor3() {
    return plainMapper3.readValue(new ByteArrayInputStream(pojoJsonBytes), PlanPojo.class);
  }

  /** @return the plan from plain objects read from UTF-8 bytes by plain Jackson 3, by hand */
  @Benchmark
  public Plan readJsonBytes_floor3Model() {
    return PlanPojoToModel.plan(plainMapper3.readValue(new ByteArrayInputStream(pojoJsonBytes), PlanPojo.class));
  }
}
