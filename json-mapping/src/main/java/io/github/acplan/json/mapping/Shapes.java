package io.github.acplan.json.mapping;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Measure;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.core.validation.Finding;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes: one type per object of the format, each property named explicitly (renaming a model
 * accessor cannot change the format) and written in the order of its {@code @JsonPropertyOrder}. Values of
 * other model types inside a shape ({@link Section}, {@link Measure}, {@link Deadline}…) are model types:
 * each Jackson module maps them through their own shapes, so a {@code Section} has one form whether it
 * stands alone or in a plan. Optional properties are {@code null} in a shape and left out of the JSON.
 *
 * <p>The shapes that are read are small classes with a no-argument constructor, fields and a setter per
 * property, not records. {@link ShapeReader} reads them, streaming, from the parser's tokens: each
 * {@code @JsonProperty} setter is a property, its parameter's type is the JSON value it takes (checked
 * from the tokens, whatever the application's mapper would coerce), {@code @JsonSetter(nulls = Nulls.FAIL)}
 * refuses an explicit {@code null}. A shape is a buffer that lives only between the reader and the
 * conversion into the model, never seen outside this package: the conversion reads its fields after
 * {@code requireAll} has refused a missing required property ("missing required property" at its path).
 * The write-only shapes stay records; the fields keep the annotations that writing needs, and Jackson
 * writes every shape.
 *
 * <p>A setter refuses a property that an object names twice ({@link #once}) at the property's JSON path,
 * whatever the parser is set to: a parser's own detection keeps a hash set per object, which cost 4-10 % of
 * the time of reading a plan (benchmarks/README.md).
 */
final class Shapes {
  private Shapes() {}

  /**
   * Marks the property of bit {@code bit} of a shape as read.
   *
   * @return {@code seen} with the bit set
   * @throws JsonShapeException if the bit was set already: the object names the property twice
   */
  static long once(long seen, int bit, String name) {
    long mask = 1L << bit;
    if ((seen & mask) != 0) {
      throw duplicate(name);
    }
    return seen | mask;
  }

  /**
   * The order of a shape's properties: the names its {@code @JsonPropertyOrder} gives first, in that
   * order, then the others, which each caller orders further (as Jackson does, by declaration for the
   * writer). The reader tries the properties in this order, the writer writes them so.
   */
  static Comparator<String> propertyOrder(Class<?> shapeType) {
    List<String> order = List.of(shapeType.isAnnotationPresent(JsonPropertyOrder.class)
        ? shapeType.getAnnotation(JsonPropertyOrder.class).value() : new String[0]);
    return Comparator.comparingInt(name -> {
      int i = order.indexOf(name);
      return i < 0 ? Integer.MAX_VALUE : i;
    });
  }

  /** The error for a property that an object names a second time, at that property. */
  static JsonShapeException duplicate(String name) {
    return new JsonShapeException(name, "duplicate property: an object names each property once");
  }

  /** Refuses a missing required property: {@code name} of the shape at {@code path}. */
  static void requiredAt(@Nullable Object value, String path, String name) {
    if (value == null) {
      throw new JsonShapeException(DeadlineValues.join(path, name), "missing required property");
    }
  }

  /** A plan. */
  @JsonPropertyOrder({"schemaVersion", "kind", "title", "body", "period", "approval", "signatory",
      "riskScale", "measuresMustAddressRisks", "sections", "risks"})
  static final class PlanShape {
    @JsonProperty("schemaVersion")
    @Nullable Integer schemaVersion;
    @JsonProperty("kind") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String kind;
    @JsonProperty("title")
    @Nullable String title;
    @JsonProperty("body")
    @Nullable String body;
    @JsonProperty("period")
    @Nullable PlanPeriod period;
    @JsonProperty("approval") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable ApprovalShape approval;
    @JsonProperty("signatory") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable SignatoryShape signatory;
    @JsonProperty("riskScale") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable RiskScale riskScale;
    @JsonProperty("measuresMustAddressRisks") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable Boolean measuresMustAddressRisks;
    @JsonProperty("sections")
    @Nullable List<Section> sections;
    @JsonProperty("risks") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable List<RiskShape> risks;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("schemaVersion") @JsonSetter(nulls = Nulls.FAIL)
    void readSchemaVersion(@Nullable Integer value) {
      seen = once(seen, 0, "schemaVersion");
      schemaVersion = value;
    }

    @JsonProperty("kind")
    void readKind(@Nullable String value) {
      seen = once(seen, 1, "kind");
      kind = value;
    }

    @JsonProperty("title") @JsonSetter(nulls = Nulls.FAIL)
    void readTitle(@Nullable String value) {
      seen = once(seen, 2, "title");
      title = value;
    }

    @JsonProperty("body") @JsonSetter(nulls = Nulls.FAIL)
    void readBody(@Nullable String value) {
      seen = once(seen, 3, "body");
      body = value;
    }

    @JsonProperty("period") @JsonSetter(nulls = Nulls.FAIL)
    void readPeriod(@Nullable PlanPeriod value) {
      seen = once(seen, 4, "period");
      period = value;
    }

    @JsonProperty("approval")
    void readApproval(@Nullable ApprovalShape value) {
      seen = once(seen, 5, "approval");
      approval = value;
    }

    @JsonProperty("signatory")
    void readSignatory(@Nullable SignatoryShape value) {
      seen = once(seen, 6, "signatory");
      signatory = value;
    }

    @JsonProperty("riskScale")
    void readRiskScale(@Nullable RiskScale value) {
      seen = once(seen, 7, "riskScale");
      riskScale = value;
    }

    @JsonProperty("measuresMustAddressRisks")
    void readMeasuresMustAddressRisks(@Nullable Boolean value) {
      seen = once(seen, 8, "measuresMustAddressRisks");
      measuresMustAddressRisks = value;
    }

    @JsonProperty("sections") @JsonSetter(nulls = Nulls.FAIL)
    void readSections(@Nullable List<Section> value) {
      seen = once(seen, 9, "sections");
      sections = value;
    }

    @JsonProperty("risks")
    void readRisks(@Nullable List<RiskShape> value) {
      seen = once(seen, 10, "risks");
      risks = value;
    }

    static PlanShape of(
        int schemaVersion,
        @Nullable String kind,
        String title,
        String body,
        PlanPeriod period,
        @Nullable ApprovalShape approval,
        @Nullable SignatoryShape signatory,
        @Nullable RiskScale riskScale,
        @Nullable Boolean measuresMustAddressRisks,
        List<Section> sections,
        @Nullable List<RiskShape> risks) {
      PlanShape s = new PlanShape();
      s.schemaVersion = schemaVersion;
      s.kind = kind;
      s.title = title;
      s.body = body;
      s.period = period;
      s.approval = approval;
      s.signatory = signatory;
      s.riskScale = riskScale;
      s.measuresMustAddressRisks = measuresMustAddressRisks;
      s.sections = sections;
      s.risks = risks;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(schemaVersion, path, "schemaVersion");
      requiredAt(title, path, "title");
      requiredAt(body, path, "body");
      requiredAt(period, path, "period");
      requiredAt(sections, path, "sections");
    }
  }

  /** How a plan was approved: the act, or the head's signature ({@code "kind": "signature"}). */
  @JsonPropertyOrder({"kind", "authority", "signedBy", "date", "number"})
  static final class ApprovalShape {
    @JsonProperty("kind")
    @Nullable String kind;
    @JsonProperty("authority")
    @Nullable String authority;
    @JsonProperty("signedBy") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String signedBy;
    @JsonProperty("date")
    @Nullable String date;
    @JsonProperty("number") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String number;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("kind") @JsonSetter(nulls = Nulls.FAIL) @EnumId(ActorKind.class)
    void readKind(@Nullable String value) {
      seen = once(seen, 0, "kind");
      kind = value;
    }

    @JsonProperty("authority") @JsonSetter(nulls = Nulls.FAIL)
    void readAuthority(@Nullable String value) {
      seen = once(seen, 1, "authority");
      authority = value;
    }

    @JsonProperty("date") @JsonSetter(nulls = Nulls.FAIL)
    void readDate(@Nullable String value) {
      seen = once(seen, 2, "date");
      date = value;
    }

    @JsonProperty("number") @JsonSetter(nulls = Nulls.FAIL)
    void readNumber(@Nullable String value) {
      seen = once(seen, 3, "number");
      number = value;
    }

    @JsonProperty("signedBy") @JsonSetter(nulls = Nulls.FAIL)
    void readSignedBy(@Nullable String value) {
      seen = once(seen, 4, "signedBy");
      signedBy = value;
    }

    static ApprovalShape of(String kind, String authority, @Nullable String signedBy, String date,
        @Nullable String number) {
      ApprovalShape s = new ApprovalShape();
      s.kind = kind;
      s.authority = authority;
      s.signedBy = signedBy;
      s.date = date;
      s.number = number;
      return s;
    }

    /**
     * Refuses this shape if a required property is missing, naming it under {@code path}: an act's
     * number, or the name of who signed an approval by signature.
     */
    void requireAll(String path) {
      requiredAt(kind, path, "kind");
      requiredAt(authority, path, "authority");
      requiredAt(date, path, "date");
      if ("signature".equals(kind)) {
        requiredAt(signedBy, path, "signedBy");
      } else {
        requiredAt(number, path, "number");
      }
    }
  }

  /** Who signed a plan. */
  @JsonPropertyOrder({"position", "name"})
  static final class SignatoryShape {
    @JsonProperty("position")
    @Nullable String position;
    @JsonProperty("name")
    @Nullable String name;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("position") @JsonSetter(nulls = Nulls.FAIL)
    void readPosition(@Nullable String value) {
      seen = once(seen, 0, "position");
      position = value;
    }

    @JsonProperty("name") @JsonSetter(nulls = Nulls.FAIL)
    void readName(@Nullable String value) {
      seen = once(seen, 1, "name");
      name = value;
    }

    static SignatoryShape of(String position, String name) {
      SignatoryShape s = new SignatoryShape();
      s.position = position;
      s.name = name;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(position, path, "position");
      requiredAt(name, path, "name");
    }
  }

  /** A plan period. */
  @JsonPropertyOrder({"firstYear", "lastYear"})
  static final class PeriodShape {
    @JsonProperty("firstYear")
    @Nullable Integer firstYear;
    @JsonProperty("lastYear")
    @Nullable Integer lastYear;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("firstYear") @JsonSetter(nulls = Nulls.FAIL)
    void readFirstYear(@Nullable Integer value) {
      seen = once(seen, 0, "firstYear");
      firstYear = value;
    }

    @JsonProperty("lastYear") @JsonSetter(nulls = Nulls.FAIL)
    void readLastYear(@Nullable Integer value) {
      seen = once(seen, 1, "lastYear");
      lastYear = value;
    }

    static PeriodShape of(int firstYear, int lastYear) {
      PeriodShape s = new PeriodShape();
      s.firstYear = firstYear;
      s.lastYear = lastYear;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(firstYear, path, "firstYear");
      requiredAt(lastYear, path, "lastYear");
    }
  }

  /** A risk scale. */
  @JsonPropertyOrder({"minScore", "maxScore", "mediumFrom", "highFrom"})
  static final class RiskScaleShape {
    @JsonProperty("minScore")
    @Nullable Integer minScore;
    @JsonProperty("maxScore")
    @Nullable Integer maxScore;
    @JsonProperty("mediumFrom")
    @Nullable Integer mediumFrom;
    @JsonProperty("highFrom")
    @Nullable Integer highFrom;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("minScore") @JsonSetter(nulls = Nulls.FAIL)
    void readMinScore(@Nullable Integer value) {
      seen = once(seen, 0, "minScore");
      minScore = value;
    }

    @JsonProperty("maxScore") @JsonSetter(nulls = Nulls.FAIL)
    void readMaxScore(@Nullable Integer value) {
      seen = once(seen, 1, "maxScore");
      maxScore = value;
    }

    @JsonProperty("mediumFrom") @JsonSetter(nulls = Nulls.FAIL)
    void readMediumFrom(@Nullable Integer value) {
      seen = once(seen, 2, "mediumFrom");
      mediumFrom = value;
    }

    @JsonProperty("highFrom") @JsonSetter(nulls = Nulls.FAIL)
    void readHighFrom(@Nullable Integer value) {
      seen = once(seen, 3, "highFrom");
      highFrom = value;
    }

    static RiskScaleShape of(int minScore, int maxScore, int mediumFrom, int highFrom) {
      RiskScaleShape s = new RiskScaleShape();
      s.minScore = minScore;
      s.maxScore = maxScore;
      s.mediumFrom = mediumFrom;
      s.highFrom = highFrom;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(minScore, path, "minScore");
      requiredAt(maxScore, path, "maxScore");
      requiredAt(mediumFrom, path, "mediumFrom");
      requiredAt(highFrom, path, "highFrom");
    }
  }

  /** A section. */
  @JsonPropertyOrder({"number", "title", "measures"})
  static final class SectionShape {
    @JsonProperty("number")
    @Nullable Integer number;
    @JsonProperty("title")
    @Nullable String title;
    @JsonProperty("measures")
    @Nullable List<Measure> measures;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("number") @JsonSetter(nulls = Nulls.FAIL)
    void readNumber(@Nullable Integer value) {
      seen = once(seen, 0, "number");
      number = value;
    }

    @JsonProperty("title") @JsonSetter(nulls = Nulls.FAIL)
    void readTitle(@Nullable String value) {
      seen = once(seen, 1, "title");
      title = value;
    }

    @JsonProperty("measures") @JsonSetter(nulls = Nulls.FAIL)
    void readMeasures(@Nullable List<Measure> value) {
      seen = once(seen, 2, "measures");
      measures = value;
    }

    static SectionShape of(int number, String title, List<Measure> measures) {
      SectionShape s = new SectionShape();
      s.number = number;
      s.title = title;
      s.measures = measures;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(number, path, "number");
      requiredAt(title, path, "title");
      requiredAt(measures, path, "measures");
    }
  }

  /** A measure. */
  @JsonPropertyOrder({"number", "name", "deadline", "yearlyDeadlines", "responsible", "resources",
      "indicators", "expectedResults"})
  static final class MeasureShape {
    @JsonProperty("number")
    @Nullable String number;
    @JsonProperty("name")
    @Nullable String name;
    @JsonProperty("deadline")
    @Nullable Deadline deadline;
    @JsonProperty("yearlyDeadlines") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable Map<String, Deadline> yearlyDeadlines;
    @JsonProperty("responsible")
    @Nullable Responsible responsible;
    @JsonProperty("resources") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String resources;
    @JsonProperty("indicators")
    @Nullable List<String> indicators;
    @JsonProperty("expectedResults")
    @Nullable List<String> expectedResults;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("number") @JsonSetter(nulls = Nulls.FAIL)
    void readNumber(@Nullable String value) {
      seen = once(seen, 0, "number");
      number = value;
    }

    @JsonProperty("name") @JsonSetter(nulls = Nulls.FAIL)
    void readName(@Nullable String value) {
      seen = once(seen, 1, "name");
      name = value;
    }

    @JsonProperty("deadline") @JsonSetter(nulls = Nulls.FAIL)
    void readDeadline(@Nullable Deadline value) {
      seen = once(seen, 2, "deadline");
      deadline = value;
    }

    @JsonProperty("yearlyDeadlines")
    void readYearlyDeadlines(@Nullable YearlyDeadlinesShape value) {
      seen = once(seen, 3, "yearlyDeadlines");
      yearlyDeadlines = value == null ? null : value.byYear;
    }

    @JsonProperty("responsible") @JsonSetter(nulls = Nulls.FAIL)
    void readResponsible(@Nullable Responsible value) {
      seen = once(seen, 4, "responsible");
      responsible = value;
    }

    @JsonProperty("resources")
    void readResources(@Nullable String value) {
      seen = once(seen, 5, "resources");
      resources = value;
    }

    @JsonProperty("indicators") @JsonSetter(nulls = Nulls.FAIL)
    void readIndicators(@Nullable List<String> value) {
      seen = once(seen, 6, "indicators");
      indicators = value;
    }

    @JsonProperty("expectedResults") @JsonSetter(nulls = Nulls.FAIL)
    void readExpectedResults(@Nullable List<String> value) {
      seen = once(seen, 7, "expectedResults");
      expectedResults = value;
    }

    static MeasureShape of(
        String number,
        String name,
        Deadline deadline,
        @Nullable Map<String, Deadline> yearlyDeadlines,
        Responsible responsible,
        @Nullable String resources,
        List<String> indicators,
        List<String> expectedResults) {
      MeasureShape s = new MeasureShape();
      s.number = number;
      s.name = name;
      s.deadline = deadline;
      s.yearlyDeadlines = yearlyDeadlines;
      s.responsible = responsible;
      s.resources = resources;
      s.indicators = indicators;
      s.expectedResults = expectedResults;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(number, path, "number");
      requiredAt(name, path, "name");
      requiredAt(deadline, path, "deadline");
      requiredAt(responsible, path, "responsible");
      requiredAt(indicators, path, "indicators");
      requiredAt(expectedResults, path, "expectedResults");
    }
  }

  /** A measure's deadlines by year, read entry by entry so that a year named twice is refused. */
  static final class YearlyDeadlinesShape {
    final Map<String, Deadline> byYear = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String year, @Nullable Deadline deadline) {
      if (byYear.containsKey(year)) {
        throw duplicate(year);
      }
      if (deadline == null) {
        // refused here, at its year: the measure's builder would name no path
        throw new JsonShapeException(year, "expected a deadline object with a \"kind\"; found null");
      }
      byYear.put(year, deadline);
    }
  }

  /** Who is responsible for a measure. */
  @JsonPropertyOrder({"text", "actors"})
  static final class ResponsibleShape {
    @JsonProperty("text")
    @Nullable String text;
    @JsonProperty("actors")
    @Nullable List<ActorShape> actors;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("text") @JsonSetter(nulls = Nulls.FAIL)
    void readText(@Nullable String value) {
      seen = once(seen, 0, "text");
      text = value;
    }

    @JsonProperty("actors") @JsonSetter(nulls = Nulls.FAIL)
    void readActors(@Nullable List<ActorShape> value) {
      seen = once(seen, 1, "actors");
      actors = value;
    }

    static ResponsibleShape of(String text, List<ActorShape> actors) {
      ResponsibleShape s = new ResponsibleShape();
      s.text = text;
      s.actors = actors;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(text, path, "text");
      requiredAt(actors, path, "actors");
    }
  }

  /** One actor. */
  @JsonPropertyOrder({"kind", "name", "qualifier"})
  static final class ActorShape {
    @JsonProperty("kind")
    @Nullable String kind;
    @JsonProperty("name")
    @Nullable String name;
    @JsonProperty("qualifier") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String qualifier;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("kind") @JsonSetter(nulls = Nulls.FAIL) @EnumId(ActorKind.class)
    void readKind(@Nullable String value) {
      seen = once(seen, 0, "kind");
      kind = value;
    }

    @JsonProperty("name") @JsonSetter(nulls = Nulls.FAIL)
    void readName(@Nullable String value) {
      seen = once(seen, 1, "name");
      name = value;
    }

    @JsonProperty("qualifier")
    void readQualifier(@Nullable String value) {
      seen = once(seen, 2, "qualifier");
      qualifier = value;
    }

    static ActorShape of(String kind, String name, @Nullable String qualifier) {
      ActorShape s = new ActorShape();
      s.kind = kind;
      s.name = name;
      s.qualifier = qualifier;
      return s;
    }

    /** Whether every required property is present. */
    boolean complete() {
      return kind != null && name != null;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(kind, path, "kind");
      requiredAt(name, path, "name");
    }
  }

  /** An entry of the risk register; {@code level} is derived, written inside a plan only. */
  @JsonPropertyOrder({"id", "function", "risk", "description", "sources", "probability", "consequence",
      "level", "measures"})
  static final class RiskShape {
    @JsonProperty("id")
    @Nullable String id;
    @JsonProperty("function")
    @Nullable String function;
    @JsonProperty("risk")
    @Nullable String risk;
    @JsonProperty("description")
    @Nullable String description;
    @JsonProperty("sources")
    @Nullable List<String> sources;
    @JsonProperty("probability")
    @Nullable Integer probability;
    @JsonProperty("consequence")
    @Nullable Integer consequence;
    @JsonProperty("level") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String level;
    @JsonProperty("measures")
    @Nullable List<String> measures;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("id") @JsonSetter(nulls = Nulls.FAIL)
    void readId(@Nullable String value) {
      seen = once(seen, 0, "id");
      id = value;
    }

    @JsonProperty("function") @JsonSetter(nulls = Nulls.FAIL)
    void readFunction(@Nullable String value) {
      seen = once(seen, 1, "function");
      function = value;
    }

    @JsonProperty("risk") @JsonSetter(nulls = Nulls.FAIL)
    void readRisk(@Nullable String value) {
      seen = once(seen, 2, "risk");
      risk = value;
    }

    @JsonProperty("description") @JsonSetter(nulls = Nulls.FAIL)
    void readDescription(@Nullable String value) {
      seen = once(seen, 3, "description");
      description = value;
    }

    @JsonProperty("sources") @JsonSetter(nulls = Nulls.FAIL)
    void readSources(@Nullable List<String> value) {
      seen = once(seen, 4, "sources");
      sources = value;
    }

    @JsonProperty("probability") @JsonSetter(nulls = Nulls.FAIL)
    void readProbability(@Nullable Integer value) {
      seen = once(seen, 5, "probability");
      probability = value;
    }

    @JsonProperty("consequence") @JsonSetter(nulls = Nulls.FAIL)
    void readConsequence(@Nullable Integer value) {
      seen = once(seen, 6, "consequence");
      consequence = value;
    }

    @JsonProperty("level")
    void readLevel(@Nullable String value) {
      seen = once(seen, 7, "level");
      level = value;
    }

    @JsonProperty("measures") @JsonSetter(nulls = Nulls.FAIL)
    void readMeasures(@Nullable List<String> value) {
      seen = once(seen, 8, "measures");
      measures = value;
    }

    static RiskShape of(
        String id,
        String function,
        String risk,
        String description,
        List<String> sources,
        int probability,
        int consequence,
        @Nullable String level,
        List<String> measures) {
      RiskShape s = new RiskShape();
      s.id = id;
      s.function = function;
      s.risk = risk;
      s.description = description;
      s.sources = sources;
      s.probability = probability;
      s.consequence = consequence;
      s.level = level;
      s.measures = measures;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(id, path, "id");
      requiredAt(function, path, "function");
      requiredAt(risk, path, "risk");
      requiredAt(description, path, "description");
      requiredAt(sources, path, "sources");
      requiredAt(probability, path, "probability");
      requiredAt(consequence, path, "consequence");
      requiredAt(measures, path, "measures");
    }
  }

  /** A validation report (write-only): the counts by severity, then the findings in order. */
  record ValidationReportShape(
      @JsonProperty("errors") int errors,
      @JsonProperty("warnings") int warnings,
      @JsonProperty("infos") int infos,
      @JsonProperty("findings") List<Finding> findings) {
  }

  /** One finding (write-only); its place in the plan both as a path and as its parts. */
  record FindingShape(
      @JsonProperty("code") String code,
      @JsonProperty("severity") String severity,
      @JsonProperty("path") String path,
      @JsonProperty("section") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer section,
      @JsonProperty("measure") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String measure,
      @JsonProperty("risk") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String risk,
      @JsonProperty("year") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer year,
      @JsonProperty("field") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String field,
      @JsonProperty("messageUk") String messageUk,
      @JsonProperty("messageEn") String messageEn) {
  }

  // ------------------------------------------------------------------ monitoring

  /** A status file: what the officers report on the measures of a plan for a period. */
  @JsonPropertyOrder({"format", "version", "period", "asOf", "entries"})
  static final class ExecutionReportShape {
    @JsonProperty("format")
    @Nullable String format;
    @JsonProperty("version")
    @Nullable Integer version;
    @JsonProperty("period")
    @Nullable ReportingPeriod period;
    @JsonProperty("asOf") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String asOf;
    @JsonProperty("entries")
    @Nullable List<MeasureExecution> entries;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("format") @JsonSetter(nulls = Nulls.FAIL)
    void readFormat(@Nullable String value) {
      seen = once(seen, 0, "format");
      format = value;
    }

    @JsonProperty("version") @JsonSetter(nulls = Nulls.FAIL)
    void readVersion(@Nullable Integer value) {
      seen = once(seen, 1, "version");
      version = value;
    }

    @JsonProperty("period") @JsonSetter(nulls = Nulls.FAIL)
    void readPeriod(@Nullable ReportingPeriod value) {
      seen = once(seen, 2, "period");
      period = value;
    }

    @JsonProperty("asOf")
    void readAsOf(@Nullable String value) {
      seen = once(seen, 3, "asOf");
      asOf = value;
    }

    @JsonProperty("entries") @JsonSetter(nulls = Nulls.FAIL)
    void readEntries(@Nullable List<MeasureExecution> value) {
      seen = once(seen, 4, "entries");
      entries = value;
    }

    static ExecutionReportShape of(
        String format,
        int version,
        ReportingPeriod period,
        @Nullable String asOf,
        List<MeasureExecution> entries) {
      ExecutionReportShape s = new ExecutionReportShape();
      s.format = format;
      s.version = version;
      s.period = period;
      s.asOf = asOf;
      s.entries = entries;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(format, path, "format");
      requiredAt(version, path, "version");
      requiredAt(period, path, "period");
      requiredAt(entries, path, "entries");
    }
  }

  /** One entry of a status file; comment and evidence are always written, optional on reading. */
  @JsonPropertyOrder({"measure", "status", "actualDate", "comment", "evidence"})
  static final class MeasureExecutionShape {
    @JsonProperty("measure")
    @Nullable String measure;
    @JsonProperty("status")
    @Nullable String status;
    @JsonProperty("actualDate") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String actualDate;
    @JsonProperty("comment") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable String comment;
    @JsonProperty("evidence") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Nullable List<String> evidence;

    /** Which properties were read, by their bit: a second one is a duplicate. */
    private long seen;

    @JsonProperty("measure") @JsonSetter(nulls = Nulls.FAIL)
    void readMeasure(@Nullable String value) {
      seen = once(seen, 0, "measure");
      measure = value;
    }

    @JsonProperty("status") @JsonSetter(nulls = Nulls.FAIL)
    void readStatus(@Nullable String value) {
      seen = once(seen, 1, "status");
      status = value;
    }

    @JsonProperty("actualDate")
    void readActualDate(@Nullable String value) {
      seen = once(seen, 2, "actualDate");
      actualDate = value;
    }

    @JsonProperty("comment")
    void readComment(@Nullable String value) {
      seen = once(seen, 3, "comment");
      comment = value;
    }

    @JsonProperty("evidence")
    void readEvidence(@Nullable List<String> value) {
      seen = once(seen, 4, "evidence");
      evidence = value;
    }

    static MeasureExecutionShape of(
        String measure,
        String status,
        @Nullable String actualDate,
        @Nullable String comment,
        @Nullable List<String> evidence) {
      MeasureExecutionShape s = new MeasureExecutionShape();
      s.measure = measure;
      s.status = status;
      s.actualDate = actualDate;
      s.comment = comment;
      s.evidence = evidence;
      return s;
    }

    /** Refuses this shape if a required property is missing, naming it under {@code path}. */
    void requireAll(String path) {
      requiredAt(measure, path, "measure");
      requiredAt(status, path, "status");
    }
  }

  /** One occurrence of a measure's deadline in a plan's schedule (write-only). */
  record DueItemShape(
      @JsonProperty("measure") String measure,
      @JsonProperty("due") String due,
      @JsonProperty("startInclusive") String startInclusive,
      @JsonProperty("endInclusive") String endInclusive,
      @JsonProperty("reportOnly") boolean reportOnly,
      @JsonProperty("what") String what,
      @JsonProperty("deadline") Deadline deadline) {
  }

  /**
   * A monitoring result (write-only). Every property is always written, {@code null} where a value
   * does not apply, whatever inclusion the application's mapper is configured with.
   */
  record MonitoringResultShape(
      @JsonProperty("format") String format,
      @JsonProperty("version") int version,
      @JsonProperty("plan") PlanSummaryShape plan,
      @JsonProperty("period") String period,
      @JsonProperty("asOf") String asOf,
      @JsonProperty("measures") List<AssessmentShape> measures,
      @JsonProperty("completion") CompletionsShape completion,
      @JsonProperty("overdue") List<String> overdue,
      @JsonProperty("unreported") List<String> unreported,
      @JsonProperty("notScheduled") List<String> notScheduled,
      @JsonProperty("unknownEntries") List<UnknownEntryShape> unknownEntries) {
  }

  /** The plan a monitoring result is about. */
  record PlanSummaryShape(
      @JsonProperty("title") String title,
      @JsonProperty("body") String body,
      @JsonProperty("period") String period) {
  }

  /** How one measure stands in a monitoring result. */
  record AssessmentShape(
      @JsonProperty("measure") String measure,
      @JsonProperty("section") int section,
      @JsonProperty("standing") String standing,
      @JsonProperty("verdict") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String verdict,
      @JsonProperty("expected") boolean expected,
      @JsonProperty("counted") boolean counted,
      @JsonProperty("status") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String status,
      @JsonProperty("dueDate") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String dueDate,
      @JsonProperty("actualDate") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String actualDate,
      @JsonProperty("onTime") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Boolean onTime,
      @JsonProperty("inFull") boolean inFull,
      @JsonProperty("comment") String comment,
      @JsonProperty("evidence") List<String> evidence) {
  }

  /** The completion figures of a monitoring result: overall, by section and by actor. */
  record CompletionsShape(
      @JsonProperty("overall") CompletionShape overall,
      @JsonProperty("bySection") List<SectionCompletionShape> bySection,
      @JsonProperty("byActor") List<ActorCompletionShape> byActor) {
  }

  /**
   * Completion figures; {@code percentDone} (done in full) and {@code percentDoneFullyOrPartly} (the
   * NAZK's headline figure, done fully or partly) rounded half up to one decimal.
   */
  record CompletionShape(
      @JsonProperty("total") int total,
      @JsonProperty("done") int done,
      @JsonProperty("partlyDone") int partlyDone,
      @JsonProperty("inProgress") int inProgress,
      @JsonProperty("notDone") int notDone,
      @JsonProperty("notStarted") int notStarted,
      @JsonProperty("notReported") int notReported,
      @JsonProperty("percentDone") BigDecimal percentDone,
      @JsonProperty("percentDoneFullyOrPartly") BigDecimal percentDoneFullyOrPartly) {
  }

  /** The completion figures of one section, after its number and title. */
  record SectionCompletionShape(
      @JsonProperty("section") int section,
      @JsonProperty("title") String title,
      @JsonUnwrapped CompletionShape figures) {
  }

  /** The completion figures of one actor, after its name. */
  record ActorCompletionShape(
      @JsonProperty("actor") String actor,
      @JsonUnwrapped CompletionShape figures) {
  }

  /** A reported entry whose measure is not in the plan; its optional values written as {@code null}. */
  record UnknownEntryShape(
      @JsonProperty("measure") String measure,
      @JsonProperty("status") String status,
      @JsonProperty("actualDate") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String actualDate,
      @JsonProperty("comment") String comment,
      @JsonProperty("evidence") List<String> evidence) {
  }

  // ------------------------------------------------------------------ diff

  /** A diff (write-only): the number of changes of each kind, by kind id, then the changes in order. */
  record DiffShape(
      @JsonProperty("counts") Map<String, Integer> counts,
      @JsonProperty("changes") List<Change> changes) {
  }

  /** One change of a diff; {@code "kind"}, the kind's id, comes first in every one. */
  interface ChangeShape {
  }

  /** A plan attribute changed; a value the attribute lacks in one version is left out. */
  record PlanChangedShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("attribute") String attribute,
      @JsonProperty("old") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String oldValue,
      @JsonProperty("new") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String newValue)
      implements ChangeShape {
  }

  /** A section added or removed, by number and title (its measures are changes of their own). */
  record SectionChangeShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("section") int section,
      @JsonProperty("title") String title) implements ChangeShape {
  }

  /** A section renamed. */
  record SectionRenamedShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("section") int section,
      @JsonProperty("old") String oldTitle,
      @JsonProperty("new") String newTitle) implements ChangeShape {
  }

  /** A measure added or removed, the whole measure in the plan format. */
  record MeasureChangeShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("measure") Measure measure) implements ChangeShape {
  }

  /** A measure moved or renumbered. */
  record MeasureNumbersShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("oldNumber") String oldNumber,
      @JsonProperty("newNumber") String newNumber) implements ChangeShape {
  }

  /** A measure whose fields changed. */
  record MeasureModifiedShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("oldNumber") String oldNumber,
      @JsonProperty("newNumber") String newNumber,
      @JsonProperty("fields") List<FieldChangeShape> fields) implements ChangeShape {
  }

  /** One changed field of a measure or of a risk; {@code year} for a yearly deadline only. */
  record FieldChangeShape(
      @JsonProperty("field") String field,
      @JsonProperty("year") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer year,
      @JsonProperty("old") List<String> oldValues,
      @JsonProperty("new") List<String> newValues) {
  }

  /** A risk added to or removed from the register, in the plan format with its level. */
  record RiskChangeShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("risk") RiskShape risk) implements ChangeShape {
  }

  /** A risk whose fields or level changed; a level off the scale is left out. */
  record RiskModifiedShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("oldId") String oldId,
      @JsonProperty("newId") String newId,
      @JsonProperty("fields") List<FieldChangeShape> fields,
      @JsonProperty("oldLevel") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String oldLevel,
      @JsonProperty("newLevel") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String newLevel)
      implements ChangeShape {
  }
}
