package io.github.acplan.json.mapping;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActKind;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.core.validation.Finding;
import io.github.acplan.core.validation.FindingPath;
import io.github.acplan.core.validation.PlanField;
import io.github.acplan.core.validation.Severity;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.json.mapping.Shapes.ActorShape;
import io.github.acplan.json.mapping.Shapes.ChangeShape;
import io.github.acplan.json.mapping.Shapes.DiffShape;
import io.github.acplan.json.mapping.Shapes.DueItemShape;
import io.github.acplan.json.mapping.Shapes.ExecutionReportShape;
import io.github.acplan.json.mapping.Shapes.MeasureExecutionShape;
import io.github.acplan.json.mapping.Shapes.MonitoringResultShape;
import io.github.acplan.json.mapping.Shapes.FindingShape;
import io.github.acplan.json.mapping.Shapes.ValidationReportShape;
import io.github.acplan.json.mapping.Shapes.ApprovalShape;
import io.github.acplan.json.mapping.Shapes.MeasureShape;
import io.github.acplan.json.mapping.Shapes.PeriodShape;
import io.github.acplan.json.mapping.Shapes.PlanShape;
import io.github.acplan.json.mapping.Shapes.ResponsibleShape;
import io.github.acplan.json.mapping.Shapes.RiskScaleShape;
import io.github.acplan.json.mapping.Shapes.RiskShape;
import io.github.acplan.json.mapping.Shapes.SectionShape;
import io.github.acplan.json.mapping.Shapes.SignatoryShape;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping of acplan's model to its JSON format: for each model type, the JSON shape it is written
 * as and read from (a class or record annotated with {@code jackson-annotations}, a string, or for a
 * deadline the plain values of {@code DeadlineValues}, read into the union of the kinds' properties) and
 * the conversions both ways.
 *
 * <p>A Jackson module of either line registers, for each {@link Binding}, a serializer that hands its
 * generator, as a {@link TokenSink}, to {@link Binding#writeTo(TokenSink, Object)} and a deserializer that
 * hands its parser, as a {@link TokenStream}, to {@link Binding#readFrom(TokenStream)}. Both walk the
 * shapes' annotations themselves, so the JSON is the format's whatever the application's mapper is set to
 * (its property inclusion, naming strategy, coercions, default typing). Reading streams: every shape is
 * filled property by property as the parser goes, as the shapes' annotations declare, then converted; a
 * deadline as acplan writes it is read straight into its record. The same reader serves both Jackson
 * lines, so both read alike and refuse alike, with the same messages.
 */
public final class JsonMapping {

  /** The version of the JSON shape of a plan, the value of {@code "schemaVersion"}. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * How deep a value read may nest arrays and objects below its own level ({@link TokenStream#depth()}),
   * whatever the parser's own limit is: a deadline inside a deadline inside a deadline… deeper than this
   * is refused with a {@link JsonShapeException}. Real deadlines nest two or three levels, the model at
   * most {@code Deadline.MAX_NESTING_DEPTH} (16): the deepest value of a plan acplan writes lies about 40
   * levels below the plan. The bound keeps reading within a small thread stack (256 KiB), where a
   * deadline nested to Jackson's own limit (500 or 1000 levels) overflowed it.
   */
  public static final int MAX_NESTING_DEPTH = 100;

  private static final List<Binding<?>> BINDINGS = List.of(
      new Binding<>(Plan.class, PlanShape.class, JsonMapping::planShape, JsonMapping::plan),
      new Binding<>(Section.class, SectionShape.class,
          s -> SectionShape.of(s.number(), s.title(), s.measures()),
          JsonMapping::section),
      new Binding<>(Measure.class, MeasureShape.class, JsonMapping::measureShape, JsonMapping::measure),
      new Binding<>(MeasureNumber.class, String.class, MeasureNumber::toString,
          s -> convert("", () -> MeasureNumber.parse(s))),
      new Binding<>(PlanPeriod.class, PeriodShape.class, p -> PeriodShape.of(p.firstYear(), p.lastYear()),
          s -> {
            s.requireAll("");
            return convert("", () -> PlanPeriod.of(s.firstYear, s.lastYear));
          }),
      new Binding<>(Deadline.class, DeadlineShape.class, Map.class, DeadlineValues::write,
          v -> DeadlineValues.read(v, "")),
      new Binding<>(Responsible.class, ResponsibleShape.class, JsonMapping::responsibleShape,
          JsonMapping::responsible),
      new Binding<>(Actor.class, ActorShape.class, JsonMapping::actorShape, s -> actor(s, "")),
      new Binding<>(RiskScale.class, RiskScaleShape.class,
          r -> RiskScaleShape.of(r.minScore(), r.maxScore(), r.mediumFrom(), r.highFrom()),
          s -> {
            s.requireAll("");
            return convert("", () -> RiskScale.of(s.minScore, s.maxScore, s.mediumFrom, s.highFrom));
          }),
      new Binding<>(CorruptionRisk.class, RiskShape.class, r -> riskShape(r, null), s -> risk(s, "")),
      // results, written only: the JSON of `acplan validate --format json`
      new Binding<>(ValidationReport.class, ValidationReportShape.class,
          r -> new ValidationReportShape(r.count(Severity.ERROR), r.count(Severity.WARNING),
              r.count(Severity.INFO), r.findings()), null),
      new Binding<>(Finding.class, FindingShape.class, JsonMapping::findingShape, null),
      // monitoring: status files are read and written
      new Binding<>(ReportingPeriod.class, String.class, ReportingPeriod::toString, Results::period),
      new Binding<>(MeasureExecution.class, MeasureExecutionShape.class, Results::entryShape, Results::entry),
      new Binding<>(ExecutionReport.class, ExecutionReportShape.class, Results::reportShape, Results::report),
      // results, written only: schedules, monitoring results and diffs
      new Binding<>(DueItem.class, DueItemShape.class, Results::dueItemShape, null),
      new Binding<>(MonitoringResult.class, MonitoringResultShape.class, Results::resultShape, null),
      new Binding<>(Change.class, ChangeShape.class, Results::changeShape, null),
      // the shape diff(…) returns: a diff is a list of changes, no value of the model
      new Binding<>(DiffShape.class, DiffShape.class, d -> d, null));

  /** The bindings by model type, for the reader of shapes that hold model values. */
  private static final Map<Class<?>, Binding<?>> BY_MODEL_TYPE = byModelType();

  private JsonMapping() {}

  private static Map<Class<?>, Binding<?>> byModelType() {
    Map<Class<?>, Binding<?>> map = new HashMap<>();
    for (Binding<?> b : BINDINGS) {
      map.put(b.modelType(), b);
    }
    return Map.copyOf(map);
  }

  /** Returns the binding of a model type, or null if the type is none of the model's. */
  static @Nullable Binding<?> binding(Class<?> modelType) {
    return BY_MODEL_TYPE.get(modelType);
  }

  /**
   * Returns the bindings of every model type the format knows, and of the object {@link #diff} returns
   * (written only, as it is).
   *
   * @return the bindings, one per type
   */
  public static List<Binding<?>> bindings() {
    return BINDINGS;
  }

  /**
   * Returns whether a type is the one a deadline object is read into, so that a Jackson error about it
   * can say "expected a deadline object with a \"kind\"" rather than name an internal class.
   *
   * @param type the target type of a Jackson error
   * @return true for the deadline's read shape
   * @throws NullPointerException if {@code type} is null
   */
  public static boolean isDeadlineShape(Class<?> type) {
    return Objects.requireNonNull(type, "type") == DeadlineShape.class;
  }

  /**
   * Returns the JSON shape of a diff, for a mapper with acplan's module to write: the number of changes
   * of each kind by the kind's id ({@code "counts"}, kinds in {@link io.github.acplan.core.diff.ChangeKind}
   * order, only those present), then the changes in order ({@code "changes"}), each an object whose
   * {@code "kind"} is its kind's id. A diff is a list of changes, not a value of its own, so this is how
   * it is written whole.
   *
   * @param changes the changes, as {@code PlanDiff.between} returns them
   * @return an object that Jackson (2 or 3, with acplan's module) writes as the diff
   * @throws NullPointerException if {@code changes} or one of them is null
   */
  public static Object diff(List<? extends Change> changes) {
    return Results.diffShape(Objects.requireNonNull(changes, "changes"));
  }

  /**
   * How one model type is written and read: as a JSON shape, converted both ways.
   *
   * @param <M> the model type
   */
  public static final class Binding<M> {
    private final Class<M> modelType;
    private final Class<?> shapeType;
    private final Function<M, Object> writer;
    private final @Nullable Function<Object, M> reader;
    /** How {@link #readFrom} reads the shape, made at first use (it needs every binding to exist). */
    private ShapeReader.@Nullable Value value;

    <S> Binding(Class<M> modelType, Class<S> shapeType, Function<M, ? extends S> writer,
        @Nullable Function<S, M> reader) {
      this(modelType, shapeType, shapeType, writer, reader);
    }

    /** A binding whose values are written as another type than the one they are read from. */
    @SuppressWarnings("unchecked")
    <S, W> Binding(Class<M> modelType, Class<S> shapeType, Class<W> writtenType, Function<M, ? extends W> writer,
        @Nullable Function<S, M> reader) {
      this.modelType = modelType;
      this.shapeType = shapeType;
      this.writer = writer::apply;
      // the function itself, cast, not a lambda around it: a wrapper was a second megamorphic call for
      // every value read (the shape's type is checked by the cast inside the function)
      this.reader = (Function<Object, M>) (Function<?, M>) reader;
    }

    /**
     * Returns whether values of the type are read as well as written; results such as a validation
     * report are written only.
     *
     * @return true if {@link #read(Object)} converts shapes back
     */
    public boolean readable() {
      return reader != null;
    }

    /**
     * Returns the model type.
     *
     * @return e.g. {@code Plan.class}
     */
    public Class<M> modelType() {
      return modelType;
    }

    /**
     * Returns the type the model type is read into before it is converted, and written as, except for a
     * deadline: that is written as the plain values of a map in its record's order, and read into the
     * union of every kind's properties.
     *
     * @return a class or record annotated with {@code jackson-annotations}, or {@code String.class}
     */
    public Class<?> shapeType() {
      return shapeType;
    }

    /**
     * Returns the shape of a model value, as {@link #writeTo} writes it.
     *
     * @param value the model value
     * @return its shape, an instance of {@link #shapeType()}
     */
    public Object write(M value) {
      return writer.apply(Objects.requireNonNull(value, "value"));
    }

    /**
     * Writes a model value's JSON to a generator's tokens, as the format has it whatever the application's
     * mapper is set to: the same properties, in the same order, with the same nulls as {@code PlanJson}
     * writes (its property inclusion, naming strategy or default typing change nothing inside the value).
     *
     * @param tokens the generator's tokens
     * @param value the model value
     * @throws IOException if the generator fails
     */
    public void writeTo(TokenSink tokens, M value) throws IOException {
      Objects.requireNonNull(tokens, "tokens");
      ShapeWriter.write(tokens, write(value));
    }

    /**
     * Returns whether a value is written as a JSON object, rather than as a string ({@code "1.2"} for a
     * {@code MeasureNumber}, {@code "2020-H1"} for a {@code ReportingPeriod}).
     *
     * @return true for an object
     */
    public boolean writtenAsObject() {
      // a value read from a string is written as one (a deadline, read into its shape, is written as a map)
      return shapeType != String.class;
    }

    /**
     * Writes the properties of a value written as an object, without the object's braces, as
     * {@link #writeTo} writes them: for a type id that Jackson's default typing writes as the object's
     * first property.
     *
     * @param tokens the generator's tokens, inside an object the caller opened
     * @param value the model value
     * @throws IOException if the generator fails
     * @throws UnsupportedOperationException if the value is written as a string ({@link #writtenAsObject()}
     *     is false)
     */
    public void writePropertiesTo(TokenSink tokens, M value) throws IOException {
      Objects.requireNonNull(tokens, "tokens");
      if (!writtenAsObject()) {
        throw new UnsupportedOperationException(modelType.getSimpleName() + " is written as a string, not an object");
      }
      ShapeWriter.writeProperties(tokens, write(value));
    }

    /**
     * Returns the model value of a shape {@link ShapeReader} has read (which has refused its lone
     * surrogates already).
     *
     * @param shape an instance of {@link #shapeType()}
     * @return the model value
     * @throws JsonShapeException if the shape does not describe a valid value, with the path inside it
     * @throws UnsupportedOperationException if the type is written only ({@link #readable()} is false)
     */
    M read(Object shape) {
      Function<Object, M> r = reader;
      if (r == null) {
        throw new UnsupportedOperationException(modelType.getSimpleName() + " is written to JSON, not read");
      }
      return r.apply(Objects.requireNonNull(shape, "shape"));
    }

    /**
     * Reads a model value from a parser's tokens: its shape, streaming, as the shape's annotations
     * declare it, then converted into the model value. The current token is the value's first (or,
     * for an object, its first property's name); the stream is left at the value's last token.
     *
     * <p>The value's own JSON types are checked whatever the application's mapper would coerce: a string
     * where a string is due, an integer within {@code int} where an integer is, {@code true} or
     * {@code false}, an array, an object. An unknown property is refused whatever the mapper's
     * {@code FAIL_ON_UNKNOWN_PROPERTIES}: skipping it would drop what the document says.
     *
     * @param tokens the parser's tokens
     * @return the model value
     * @throws JsonShapeException if the value is not of its shape or breaks the model's invariants, with
     *     the path inside the value
     * @throws IOException if the parser fails (the input cannot be read, is not JSON, breaks its limits)
     * @throws UnsupportedOperationException if the type is written only ({@link #readable()} is false)
     */
    @SuppressWarnings("unchecked")
    public M readFrom(TokenStream tokens) throws IOException {
      if (reader == null) {
        throw new UnsupportedOperationException(modelType.getSimpleName() + " is written to JSON, not read");
      }
      ShapeReader.Value v = value;
      if (v == null) {
        v = ShapeReader.Value.ofBinding(this);
        value = v;
      }
      return (M) v.read(Objects.requireNonNull(tokens, "tokens"), true);
    }
  }

  /** A step of a conversion that may break a model invariant. */
  @FunctionalInterface
  private interface Step<T> {
    T run();
  }

  /** Runs a step, turning the model's IllegalArgumentException into the error at {@code path}. */
  private static <T> T convert(String path, Step<T> step) {
    try {
      return step.run();
    } catch (JsonShapeException e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw refused(path, e);
    }
  }


  // ------------------------------------------------------------------ plan

  private static PlanShape planShape(Plan plan) {
    List<RiskShape> risks = null;
    if (!plan.risks().isEmpty()) {
      risks = new ArrayList<>(plan.risks().size());
      for (CorruptionRisk r : plan.risks()) {
        risks.add(riskShape(r, plan.riskLevel(r).orElse(null)));
      }
    }
    return PlanShape.of(SCHEMA_VERSION,
        plan.kind() == PlanKind.PLAN ? null : plan.kind().id(),
        plan.title(), plan.body(), plan.period(),
        plan.approval().map(a -> ApprovalShape.of(DeadlineValues.enumId(a.kind()), a.authority(),
            a.signedBy().isEmpty() ? null : a.signedBy(), a.date().toString(),
            a.kind() == ActKind.SIGNATURE ? null : a.number())).orElse(null),
        plan.signatory().map(s -> SignatoryShape.of(s.position(), s.name())).orElse(null),
        plan.riskScale().equals(RiskScale.NAZK_2021) ? null : plan.riskScale(),
        plan.measuresMustAddressRisks() ? Boolean.TRUE : null,
        plan.sections(), risks);
  }

  private static Plan plan(PlanShape s) {
    s.requireAll("");
    if (s.schemaVersion != SCHEMA_VERSION) {
      throw new JsonShapeException("schemaVersion", "expected " + SCHEMA_VERSION + "; found "
          + s.schemaVersion);
    }
    Plan.Builder plan = Plan.builder().title(s.title).body(s.body).period(s.period);
    if (s.kind != null) {
      String kind = s.kind;
      plan.kind(PlanKind.fromId(kind).filter(k -> k.id().equals(kind)).orElseThrow(() -> new JsonShapeException("kind",
          "expected one of [plan, programme]; found \"" + kind + "\"")));
    }
    ApprovalShape a = s.approval;
    if (a != null) {
      a.requireAll("approval");
      plan.approval(convert("approval", () -> Approval.builder()
          .kind(DeadlineValues.enumConstant(ActKind.class, a.kind, "approval.kind"))
          .authority(a.authority)
          .date(date(a.date, "approval.date"))
          .number(a.number == null ? "" : a.number)
          .signedBy(a.signedBy == null ? "" : a.signedBy)
          .build()));
    }
    SignatoryShape sig = s.signatory;
    if (sig != null) {
      sig.requireAll("signatory");
      plan.signatory(convert("signatory", () -> Signatory.of(sig.position, sig.name)));
    }
    if (s.riskScale != null) {
      plan.riskScale(s.riskScale);
    }
    if (s.measuresMustAddressRisks != null) {
      plan.measuresMustAddressRisks(s.measuresMustAddressRisks);
    }
    plan.addAllSections(s.sections);
    List<RiskShape> risks = s.risks;
    if (risks != null) {
      // what the model would check at build, checked here so that the error names the JSON path
      Set<MeasureNumber> numbers = new HashSet<>();
      for (Section section : s.sections) {
        for (Measure m : section.measures()) {
          numbers.add(m.number());
        }
      }
      Map<String, Integer> firstIndexOfId = new HashMap<>();
      for (int i = 0; i < risks.size(); i++) {
        String path = "risks[" + i + "]";
        RiskShape shape = risks.get(i);
        shape.requireAll(path);
        Set<MeasureNumber> linked = new HashSet<>();
        for (int k = 0; k < shape.measures.size(); k++) {
          String text = shape.measures.get(k);
          MeasureNumber n = convert(path + ".measures[" + k + "]", () -> MeasureNumber.parse(text));
          if (!numbers.contains(n)) {
            throw new JsonShapeException(path + ".measures[" + k + "]", "measure " + n + " is not in the plan");
          }
          if (!linked.add(n)) {
            throw new JsonShapeException(path + ".measures[" + k + "]", "measure " + n + " is linked twice");
          }
        }
        CorruptionRisk risk = risk(shape, path);
        Integer first = firstIndexOfId.putIfAbsent(risk.id(), i);
        if (first != null) {
          throw new JsonShapeException(path + ".id", "the risk identifier \"" + risk.id()
              + "\" is already used at $.risks[" + first + "]");
        }
        plan.addRisks(risk);
      }
    }
    return convert("", plan::build);
  }

  private static LocalDate date(String text, String path) {
    try {
      return isoDate(text);
    } catch (DateTimeException e) {
      throw new JsonShapeException(path, "expected an ISO date like \"2020-01-09\"; found \"" + text + "\"", e);
    }
  }

  /**
   * Reads an ISO date such as {@code 2020-01-09}: the plain form directly, anything else through
   * {@link LocalDate#parse} (its formatter took half a microsecond for every date read).
   *
   * @throws DateTimeException if the text is no ISO date or names no day of the calendar
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The number the ASCII digits {@code text[from, to)} write, or -1 if one of them is no digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Section section(SectionShape s) {
    s.requireAll("");
    String title = s.title;
    try {
      return Section.builder().number(s.number).title(title).addAllMeasures(s.measures).build();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw refused("", e);
    }
  }

  // ------------------------------------------------------------------ measures

  private static MeasureShape measureShape(Measure m) {
    Map<String, Deadline> yearly = null;
    if (!m.yearlyDeadlines().isEmpty()) {
      yearly = new LinkedHashMap<>();
      for (Map.Entry<Integer, Deadline> e : m.yearlyDeadlines().entrySet()) {
        yearly.put(e.getKey().toString(), e.getValue());
      }
    }
    List<String> indicators = new ArrayList<>(m.indicators().size());
    for (Indicator i : m.indicators()) {
      indicators.add(i.text());
    }
    List<String> results = new ArrayList<>(m.expectedResults().size());
    for (ExpectedResult r : m.expectedResults()) {
      results.add(r.text());
    }
    return MeasureShape.of(m.number().toString(), m.name(), m.deadline(), yearly, m.responsible(),
        m.resources().isEmpty() ? null : m.resources(), indicators, results);
  }

  private static Measure measure(MeasureShape s) {
    s.requireAll("");
    Measure.Builder m = Measure.builder();
    // try blocks rather than convert(): a lambda that captures the shape was allocated for each step
    try {
      m.number(MeasureNumber.parse(s.number));
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw refused("number", e);
    }
    m.name(s.name).deadline(s.deadline).responsible(s.responsible);
    if (s.resources != null) {
      m.resources(s.resources);
    }
    Map<String, Deadline> yearly = s.yearlyDeadlines;
    if (yearly != null) {
      for (Map.Entry<String, Deadline> e : yearly.entrySet()) {
        String year = e.getKey();
        if (!year.matches("[0-9]{4}")) {
          throw new JsonShapeException("yearlyDeadlines." + year, "expected a year " + PlanPeriod.MIN_YEAR + ".."
              + PlanPeriod.MAX_YEAR + " written with four digits as the property name");
        }
        int y = Integer.parseInt(year);
        if (y < PlanPeriod.MIN_YEAR || y > PlanPeriod.MAX_YEAR) {
          throw new JsonShapeException("yearlyDeadlines." + year, "expected a year " + PlanPeriod.MIN_YEAR + ".."
              + PlanPeriod.MAX_YEAR + " written with four digits as the property name");
        }
        m.putYearlyDeadlines(y, e.getValue());
      }
    }
    for (int i = 0; i < s.indicators.size(); i++) {
      m.addIndicators(element(s.indicators, "indicators", i, Indicator::of));
    }
    for (int i = 0; i < s.expectedResults.size(); i++) {
      m.addExpectedResults(element(s.expectedResults, "expectedResults", i, ExpectedResult::of));
    }
    try {
      return m.build();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw refused("", e);
    }
  }

  /**
   * The model value of the text {@code name[index]}, made by a static factory (a method reference that
   * captures nothing, so nothing is allocated for it); the path is built only when the model refuses it.
   */
  private static <T> T element(List<String> texts, String name, int index, Function<String, T> factory) {
    try {
      return factory.apply(texts.get(index));
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw refused(name + "[" + index + "]", e);
    }
  }

  /** The error at {@code path} for a value the model refused, with the model's message. */
  private static JsonShapeException refused(String path, RuntimeException e) {
    return new JsonShapeException(path, String.valueOf(e.getMessage()), e);
  }

  private static ResponsibleShape responsibleShape(Responsible r) {
    List<ActorShape> actors = new ArrayList<>(r.actors().size());
    for (Actor a : r.actors()) {
      actors.add(actorShape(a));
    }
    return ResponsibleShape.of(r.text(), actors);
  }

  private static Responsible responsible(ResponsibleShape s) {
    s.requireAll("");
    Responsible.Builder r = Responsible.builder().text(s.text);
    for (int i = 0; i < s.actors.size(); i++) {
      ActorShape shape = s.actors.get(i);
      Actor actor = actorOrNull(shape);
      // the path is built only when the actor is refused
      r.addActors(actor != null ? actor : actor(shape, "actors[" + i + "]"));
    }
    try {
      return r.build();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw refused("", e);
    }
  }

  private static ActorShape actorShape(Actor a) {
    return ActorShape.of(DeadlineValues.enumId(a.kind()), a.name(), a.qualifier().orElse(null));
  }

  /** The actor of a well-formed shape, or null if reading it must fail (then with its path). */
  private static @Nullable Actor actorOrNull(ActorShape s) {
    if (!s.complete()) {
      return null;
    }
    ActorKind kind = DeadlineValues.enumConstantOrNull(ActorKind.class, s.kind);
    if (kind == null) {
      return null;
    }
    try {
      Actor.Builder a = Actor.builder().kind(kind).name(s.name);
      if (s.qualifier != null) {
        a.qualifier(s.qualifier);
      }
      return a.build();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      return null;
    }
  }

  private static Actor actor(ActorShape s, String path) {
    s.requireAll(path);
    ActorKind kind = DeadlineValues.enumConstant(ActorKind.class, s.kind, DeadlineValues.join(path, "kind"));
    return convert(path, () -> {
      Actor.Builder a = Actor.builder().kind(kind).name(s.name);
      if (s.qualifier != null) {
        a.qualifier(s.qualifier);
      }
      return a.build();
    });
  }

  // ------------------------------------------------------------------ results

  private static FindingShape findingShape(Finding f) {
    FindingPath p = f.path();
    return new FindingShape(f.code(), DeadlineValues.enumId(f.severity()), p.toString(),
        p.section().isPresent() ? Integer.valueOf(p.section().getAsInt()) : null,
        p.measure().map(MeasureNumber::toString).orElse(null),
        p.risk().orElse(null),
        p.year().isPresent() ? Integer.valueOf(p.year().getAsInt()) : null,
        p.field().map(PlanField::id).orElse(null),
        f.messageUk(), f.messageEn());
  }

  // ------------------------------------------------------------------ risks

  static RiskShape riskShape(CorruptionRisk r, @Nullable RiskLevel level) {
    List<String> measures = new ArrayList<>(r.measures().size());
    for (MeasureNumber n : r.measures()) {
      measures.add(n.toString());
    }
    return RiskShape.of(r.id(), r.function(), r.risk(), r.description(), r.sources(), r.probability(),
        r.consequence(), level == null ? null : level.id(), measures);
  }

  private static CorruptionRisk risk(RiskShape s, String path) {
    s.requireAll(path);
    if (s.id.isBlank()) {
      throw new JsonShapeException(DeadlineValues.join(path, "id"), "expected a non-blank identifier");
    }
    String level = s.level;
    if (level != null && !List.of("low", "medium", "high").contains(level)) {
      throw new JsonShapeException(DeadlineValues.join(path, "level"),
          "expected one of [low, medium, high]; found \"" + level + "\"");
    }
    CorruptionRisk.Builder r = CorruptionRisk.builder().id(s.id)
        .function(s.function)
        .risk(s.risk)
        .description(s.description)
        .addAllSources(s.sources).probability(s.probability)
        .consequence(s.consequence);
    for (int i = 0; i < s.measures.size(); i++) {
      String n = s.measures.get(i);
      r.addMeasures(convert(DeadlineValues.join(path, "measures[" + i + "]"), () -> MeasureNumber.parse(n)));
    }
    return convert(path, r::build);
  }
}
