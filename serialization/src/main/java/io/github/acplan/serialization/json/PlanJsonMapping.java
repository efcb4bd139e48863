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
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The explicit mapping between the model and the JSON form: property order on writing, strict checks
 * with JSON paths on reading. The shape is described in {@link PlanJson} and in the schema
 * {@value PlanJson#SCHEMA_RESOURCE}.
 */
final class PlanJsonMapping {

  private static final List<String> PLAN_REQUIRED =
      List.of("schemaVersion", "title", "body", "period", "sections");
  private static final List<String> PLAN_OPTIONAL = List.of("approval", "signatory");
  private static final List<String> PERIOD = List.of("firstYear", "lastYear");
  private static final List<String> APPROVAL = List.of("kind", "authority", "date", "number");
  private static final List<String> SIGNATORY = List.of("position", "name");
  private static final List<String> SECTION = List.of("number", "title", "measures");
  private static final List<String> MEASURE = List.of("number", "name", "deadline", "responsible",
      "indicators", "expectedResults");
  private static final List<String> RESPONSIBLE = List.of("text", "actors");
  private static final List<String> ACTOR = List.of("kind", "name");
  private static final List<String> ACTOR_OPTIONAL = List.of("qualifier");

  private PlanJsonMapping() {}

  // ------------------------------------------------------------------ writing

  static void write(JsonGenerator g, Plan plan) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", PlanJson.SCHEMA_VERSION);
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
    g.writeEndObject();
  }

  static void write(JsonGenerator g, Measure m) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", m.number().toString());
    g.writeStringField("name", m.name());
    g.writeFieldName("deadline");
    DeadlineJson.write(g, m.deadline());
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
    Plan.Builder plan = Plan.builder()
        .title(JsonPaths.text(root.get("title"), ROOT.property("title")))
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
    JsonPath sectionsPath = ROOT.property("sections");
    JsonNode sections = JsonPaths.array(root.get("sections"), sectionsPath);
    for (int i = 0; i < sections.size(); i++) {
      plan.addSections(section(sections.get(i), sectionsPath.index(i)));
    }
    try {
      return plan.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException("$.sections", e.getMessage(), e);
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
    JsonPaths.object(node, path, MEASURE, List.of());
    String numberText = JsonPaths.text(node.get("number"), path.property("number"));
    MeasureNumber number;
    try {
      number = MeasureNumber.parse(numberText);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(path.property("number").toString(), e.getMessage(), e);
    }
    Measure.Builder measure = Measure.builder()
        .number(number)
        .name(JsonPaths.text(node.get("name"), path.property("name")))
        .deadline(DeadlineJson.read(node.get("deadline"), path.property("deadline")))
        .responsible(responsible(node.get("responsible"), path.property("responsible")));
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
