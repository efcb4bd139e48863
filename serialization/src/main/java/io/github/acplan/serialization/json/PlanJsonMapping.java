package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.acplan.core.ActKind;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The explicit mapping between the model and the JSON form: property order on writing, strict checks
 * with JSON paths on reading. The shape is described in {@link PlanJson} and in the schema
 * {@value PlanJson#SCHEMA_RESOURCE}.
 */
final class PlanJsonMapping {

  private static final List<String> PLAN_REQUIRED =
      List.of("schemaVersion", "title", "body", "period", "sections");
  private static final List<String> PLAN_OPTIONAL = List.of("kind", "approval", "signatory", "riskScale",
      "measuresMustAddressRisks", "risks");
  private static final List<String> PERIOD = List.of("firstYear", "lastYear");
  private static final List<String> APPROVAL = List.of("kind", "authority", "date", "number");
  private static final List<String> SIGNATORY = List.of("position", "name");
  private static final List<String> SECTION = List.of("number", "title", "measures");
  private static final List<String> MEASURE = List.of("number", "name", "deadline", "responsible",
      "indicators", "expectedResults");
  private static final List<String> MEASURE_OPTIONAL = List.of("yearlyDeadlines", "resources");
  private static final List<String> RISK_SCALE = List.of("minScore", "maxScore", "mediumFrom", "highFrom");
  private static final List<String> RISK = List.of("id", "function", "risk", "description", "sources",
      "probability", "consequence", "measures");
  private static final List<String> RISK_OPTIONAL = List.of("level");
  private static final List<String> RESPONSIBLE = List.of("text", "actors");
  private static final List<String> ACTOR = List.of("kind", "name");
  private static final List<String> ACTOR_OPTIONAL = List.of("qualifier");

  private PlanJsonMapping() {}

  // ------------------------------------------------------------------ writing

  static void write(JsonGenerator g, Plan plan) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", PlanJson.SCHEMA_VERSION);
    // a property at its default is left out, so that a plan of the 2020 kind is written as before
    if (plan.kind() != PlanKind.PLAN) {
      g.writeStringField("kind", plan.kind().id());
    }
    g.writeStringField("title", plan.title());
    g.writeStringField("body", plan.body());
    g.writeObjectFieldStart("period");
    g.writeNumberField("firstYear", plan.period().firstYear());
    g.writeNumberField("lastYear", plan.period().lastYear());
    g.writeEndObject();
    if (plan.approval().isPresent()) {
      Approval a = plan.approval().get();
      g.writeObjectFieldStart("approval");
      g.writeStringField("kind", DeadlineJson.enumId(a.kind()));
      g.writeStringField("authority", a.authority());
      g.writeStringField("date", a.date().toString());
      g.writeStringField("number", a.number());
      g.writeEndObject();
    }
    if (plan.signatory().isPresent()) {
      g.writeObjectFieldStart("signatory");
      g.writeStringField("position", plan.signatory().get().position());
      g.writeStringField("name", plan.signatory().get().name());
      g.writeEndObject();
    }
    RiskScale scale = plan.riskScale();
    if (!scale.equals(RiskScale.NAZK_2021)) {
      g.writeObjectFieldStart("riskScale");
      g.writeNumberField("minScore", scale.minScore());
      g.writeNumberField("maxScore", scale.maxScore());
      g.writeNumberField("mediumFrom", scale.mediumFrom());
      g.writeNumberField("highFrom", scale.highFrom());
      g.writeEndObject();
    }
    if (plan.measuresMustAddressRisks()) {
      g.writeBooleanField("measuresMustAddressRisks", true);
    }
    g.writeArrayFieldStart("sections");
    for (Section s : plan.sections()) {
      g.writeStartObject();
      g.writeNumberField("number", s.number());
      g.writeStringField("title", s.title());
      g.writeArrayFieldStart("measures");
      for (Measure m : s.measures()) {
        write(g, m);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!plan.risks().isEmpty()) {
      g.writeArrayFieldStart("risks");
      for (CorruptionRisk r : plan.risks()) {
        write(g, r, plan.riskLevel(r));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, CorruptionRisk r, Optional<RiskLevel> level) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("function", r.function());
    g.writeStringField("risk", r.risk());
    g.writeStringField("description", r.description());
    g.writeArrayFieldStart("sources");
    for (String source : r.sources()) {
      g.writeString(source);
    }
    g.writeEndArray();
    g.writeNumberField("probability", r.probability());
    g.writeNumberField("consequence", r.consequence());
    // derived from the scores for readers of the JSON; the reader ignores it
    if (level.isPresent()) {
      g.writeStringField("level", level.get().id());
    }
    g.writeArrayFieldStart("measures");
    for (MeasureNumber n : r.measures()) {
      g.writeString(n.toString());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void write(JsonGenerator g, Measure m) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", m.number().toString());
    g.writeStringField("name", m.name());
    g.writeFieldName("deadline");
    DeadlineJson.write(g, m.deadline());
    if (!m.yearlyDeadlines().isEmpty()) {
      g.writeObjectFieldStart("yearlyDeadlines");
      for (Map.Entry<Integer, Deadline> e : m.yearlyDeadlines().entrySet()) {
        g.writeFieldName(e.getKey().toString());
        DeadlineJson.write(g, e.getValue());
      }
      g.writeEndObject();
    }
    g.writeObjectFieldStart("responsible");
    g.writeStringField("text", m.responsible().text());
    g.writeArrayFieldStart("actors");
    for (Actor a : m.responsible().actors()) {
      g.writeStartObject();
      g.writeStringField("kind", DeadlineJson.enumId(a.kind()));
      g.writeStringField("name", a.name());
      if (a.qualifier().isPresent()) {
        g.writeStringField("qualifier", a.qualifier().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    if (!m.resources().isEmpty()) {
      g.writeStringField("resources", m.resources());
    }
    g.writeArrayFieldStart("indicators");
    for (Indicator i : m.indicators()) {
      g.writeString(i.text());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("expectedResults");
    for (ExpectedResult r : m.expectedResults()) {
      g.writeString(r.text());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ reading

  private static final JsonPath ROOT = JsonPath.ROOT;

  static Plan read(JsonNode root) throws PlanFormatException {
    JsonPaths.object(root, ROOT, PLAN_REQUIRED, PLAN_OPTIONAL);
    int version = JsonPaths.integer(root.get("schemaVersion"), ROOT.property("schemaVersion"));
    if (version != PlanJson.SCHEMA_VERSION) {
      throw new PlanFormatException("$.schemaVersion", "unsupported schema version " + version
          + "; this library reads version " + PlanJson.SCHEMA_VERSION);
    }
    Plan.Builder plan = Plan.builder();
    if (root.has("kind")) {
      plan.kind(enumValue(PlanKind.class, root.get("kind"), ROOT.property("kind")));
    }
    plan.title(JsonPaths.text(root.get("title"), ROOT.property("title")))
        .body(JsonPaths.text(root.get("body"), ROOT.property("body")))
        .period(period(root.get("period"), ROOT.property("period")));
    if (root.has("approval")) {
      plan.approval(approval(root.get("approval"), ROOT.property("approval")));
    }
    if (root.has("signatory")) {
      JsonPath path = ROOT.property("signatory");
      JsonNode s = JsonPaths.object(root.get("signatory"), path, SIGNATORY, List.of());
      plan.signatory(Signatory.of(JsonPaths.text(s.get("position"), path.property("position")),
          JsonPaths.text(s.get("name"), path.property("name"))));
    }
    if (root.has("riskScale")) {
      plan.riskScale(riskScale(root.get("riskScale"), ROOT.property("riskScale")));
    }
    if (root.has("measuresMustAddressRisks")) {
      plan.measuresMustAddressRisks(
          bool(root.get("measuresMustAddressRisks"), ROOT.property("measuresMustAddressRisks")));
    }
    JsonPath sectionsPath = ROOT.property("sections");
    JsonNode sections = JsonPaths.array(root.get("sections"), sectionsPath);
    Set<MeasureNumber> measureNumbers = new HashSet<>();
    for (int i = 0; i < sections.size(); i++) {
      Section section = section(sections.get(i), sectionsPath.index(i));
      for (Measure m : section.measures()) {
        measureNumbers.add(m.number());
      }
      plan.addSections(section);
    }
    if (root.has("risks")) {
      JsonPath risksPath = ROOT.property("risks");
      JsonNode risks = JsonPaths.array(root.get("risks"), risksPath);
      Map<String, Integer> firstIndexOfId = new HashMap<>();
      for (int i = 0; i < risks.size(); i++) {
        JsonPath path = risksPath.index(i);
        CorruptionRisk risk = risk(risks.get(i), path, measureNumbers);
        Integer first = firstIndexOfId.putIfAbsent(risk.id(), i);
        if (first != null) {
          throw new PlanFormatException(path.property("id").toString(), "the risk identifier \"" + risk.id()
              + "\" is already used at " + risksPath.index(first));
        }
        plan.addRisks(risk);
      }
    }
    try {
      return plan.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException("$.sections", e.getMessage(), e);
    }
  }

  private static RiskScale riskScale(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.object(node, path, RISK_SCALE, List.of());
    int min = JsonPaths.integer(node.get("minScore"), path.property("minScore"));
    int max = JsonPaths.integer(node.get("maxScore"), path.property("maxScore"));
    int medium = JsonPaths.integer(node.get("mediumFrom"), path.property("mediumFrom"));
    int high = JsonPaths.integer(node.get("highFrom"), path.property("highFrom"));
    try {
      return RiskScale.of(min, max, medium, high);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(path.toString(), e.getMessage(), e);
    }
  }

  private static boolean bool(JsonNode node, JsonPath path) throws PlanFormatException {
    if (!node.isBoolean()) {
      throw JsonPaths.expected(path, "true or false", node);
    }
    return node.booleanValue();
  }

  /**
   * Reads an entry of the register, checking here what the model would check later, so that the error
   * names the JSON path: a blank identifier, a measure linked twice or missing from the plan.
   */
  private static CorruptionRisk risk(JsonNode node, JsonPath path, Set<MeasureNumber> measureNumbers)
      throws PlanFormatException {
    JsonPaths.object(node, path, RISK, RISK_OPTIONAL);
    String id = JsonPaths.text(node.get("id"), path.property("id"));
    if (id.isBlank()) {
      throw new PlanFormatException(path.property("id").toString(), "expected a non-blank identifier");
    }
    CorruptionRisk.Builder risk = CorruptionRisk.builder()
        .id(id)
        .function(JsonPaths.text(node.get("function"), path.property("function")))
        .risk(JsonPaths.text(node.get("risk"), path.property("risk")))
        .description(JsonPaths.text(node.get("description"), path.property("description")))
        .addAllSources(texts(node.get("sources"), path.property("sources")))
        .probability(JsonPaths.integer(node.get("probability"), path.property("probability")))
        .consequence(JsonPaths.integer(node.get("consequence"), path.property("consequence")));
    if (node.has("level")) {
      // derived from the scores and the scale: checked to be a level, otherwise ignored
      enumValue(RiskLevel.class, node.get("level"), path.property("level"));
    }
    JsonPath measuresPath = path.property("measures");
    JsonNode measures = JsonPaths.array(node.get("measures"), measuresPath);
    Set<MeasureNumber> linked = new HashSet<>();
    for (int j = 0; j < measures.size(); j++) {
      JsonPath p = measuresPath.index(j);
      MeasureNumber n = measureNumber(measures.get(j), p);
      if (!measureNumbers.contains(n)) {
        throw new PlanFormatException(p.toString(), "measure " + n + " is not in the plan");
      }
      if (!linked.add(n)) {
        throw new PlanFormatException(p.toString(), "measure " + n + " is linked twice");
      }
      risk.addMeasures(n);
    }
    try {
      return risk.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException(path.toString(), e.getMessage(), e);
    }
  }

  private static MeasureNumber measureNumber(JsonNode node, JsonPath path) throws PlanFormatException {
    String text = JsonPaths.text(node, path);
    try {
      return MeasureNumber.parse(text);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(path.toString(), e.getMessage(), e);
    }
  }

  private static PlanPeriod period(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.object(node, path, PERIOD, List.of());
    int first = JsonPaths.integer(node.get("firstYear"), path.property("firstYear"));
    int last = JsonPaths.integer(node.get("lastYear"), path.property("lastYear"));
    try {
      return PlanPeriod.of(first, last);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(path.toString(), e.getMessage(), e);
    }
  }

  private static Approval approval(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.object(node, path, APPROVAL, List.of());
    ActKind kind = enumValue(ActKind.class, node.get("kind"), path.property("kind"));
    String date = JsonPaths.text(node.get("date"), path.property("date"));
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new PlanFormatException(path.property("date").toString(),
          "expected an ISO date like \"2020-01-09\"; found \"" + date + "\"", e);
    }
    try {
      return Approval.builder().kind(kind)
          .authority(JsonPaths.text(node.get("authority"), path.property("authority")))
          .date(parsed)
          .number(JsonPaths.text(node.get("number"), path.property("number")))
          .build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException(path.property("number").toString(), e.getMessage(), e);
    }
  }

  private static Section section(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.object(node, path, SECTION, List.of());
    Section.Builder section = Section.builder()
        .number(JsonPaths.integer(node.get("number"), path.property("number")))
        .title(JsonPaths.text(node.get("title"), path.property("title")));
    JsonPath measuresPath = path.property("measures");
    JsonNode measures = JsonPaths.array(node.get("measures"), measuresPath);
    for (int i = 0; i < measures.size(); i++) {
      section.addMeasures(measure(measures.get(i), measuresPath.index(i)));
    }
    try {
      return section.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException(path.toString(), e.getMessage(), e);
    }
  }

  private static Measure measure(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.object(node, path, MEASURE, MEASURE_OPTIONAL);
    Measure.Builder measure = Measure.builder()
        .number(measureNumber(node.get("number"), path.property("number")))
        .name(JsonPaths.text(node.get("name"), path.property("name")))
        .deadline(DeadlineJson.read(node.get("deadline"), path.property("deadline")));
    if (node.has("yearlyDeadlines")) {
      JsonPath yearlyPath = path.property("yearlyDeadlines");
      JsonNode yearly = node.get("yearlyDeadlines");
      if (!yearly.isObject()) {
        throw JsonPaths.expected(yearlyPath, "an object of deadlines by year", yearly);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = yearly.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonPath p = yearlyPath.property(e.getKey());
        int year = year(e.getKey());
        if (year < 0) {
          throw new PlanFormatException(p.toString(), "expected a year " + PlanPeriod.MIN_YEAR + ".."
              + PlanPeriod.MAX_YEAR + " written with four digits as the property name");
        }
        measure.putYearlyDeadlines(year, DeadlineJson.read(e.getValue(), p));
      }
    }
    measure.responsible(responsible(node.get("responsible"), path.property("responsible")));
    if (node.has("resources")) {
      measure.resources(JsonPaths.text(node.get("resources"), path.property("resources")));
    }
    try {
      for (String text : strings(node.get("indicators"), path.property("indicators"))) {
        measure.addIndicators(Indicator.of(text));
      }
      for (String text : strings(node.get("expectedResults"), path.property("expectedResults"))) {
        measure.addExpectedResults(ExpectedResult.of(text));
      }
      return measure.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException(path.toString(), e.getMessage(), e);
    }
  }

  /**
   * Returns the year a property name of {@code "yearlyDeadlines"} names, or -1 if it is not four digits
   * or outside the years a plan may cover. Only the canonical form is taken, so that two names cannot
   * give the same year ("2024" and "02024").
   */
  static int year(String name) {
    if (name.length() != 4) {
      return -1;
    }
    int year = 0;
    for (int i = 0; i < 4; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      year = year * 10 + (c - '0');
    }
    return year >= PlanPeriod.MIN_YEAR && year <= PlanPeriod.MAX_YEAR ? year : -1;
  }

  /** Reads an array of strings, any of which may be empty. */
  private static List<String> texts(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.array(node, path);
    List<String> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(JsonPaths.text(node.get(i), path.index(i)));
    }
    return out;
  }

  private static List<String> strings(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.array(node, path);
    List<String> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      String s = JsonPaths.text(node.get(i), path.index(i));
      if (s.isBlank()) {
        throw new PlanFormatException(path.index(i).toString(), "expected a non-blank text; leave the array "
            + "without it instead");
      }
      out.add(s);
    }
    return out;
  }

  private static Responsible responsible(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.object(node, path, RESPONSIBLE, List.of());
    Responsible.Builder responsible = Responsible.builder()
        .text(JsonPaths.text(node.get("text"), path.property("text")));
    JsonPath actorsPath = path.property("actors");
    JsonNode actors = JsonPaths.array(node.get("actors"), actorsPath);
    for (int i = 0; i < actors.size(); i++) {
      JsonPath p = actorsPath.index(i);
      JsonNode a = JsonPaths.object(actors.get(i), p, ACTOR, ACTOR_OPTIONAL);
      try {
        Actor.Builder actor = Actor.builder()
            .kind(enumValue(ActorKind.class, a.get("kind"), p.property("kind")))
            .name(JsonPaths.text(a.get("name"), p.property("name")));
        if (a.has("qualifier")) {
          actor.qualifier(JsonPaths.text(a.get("qualifier"), p.property("qualifier")));
        }
        responsible.addActors(actor.build());
      } catch (PlanStructureException e) {
        throw new PlanFormatException(p.property("name").toString(), e.getMessage(), e);
      }
    }
    return responsible.build();
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable JsonNode node, JsonPath path)
      throws PlanFormatException {
    return type.cast(DeadlineJson.enumConstant(type, JsonPaths.text(node, path), path));
  }
}
