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

  static Plan read(JsonNode root) throws PlanFormatException {
    String path = "$";
    JsonPaths.object(root, path, PLAN_REQUIRED, PLAN_OPTIONAL);
    int version = JsonPaths.integer(root.get("schemaVersion"), "$.schemaVersion");
    if (version != PlanJson.SCHEMA_VERSION) {
      throw new PlanFormatException("$.schemaVersion", "unsupported schema version " + version
          + "; this library reads version " + PlanJson.SCHEMA_VERSION);
    }
    Plan.Builder plan = Plan.builder()
        .title(JsonPaths.text(root.get("title"), "$.title"))
        .body(JsonPaths.text(root.get("body"), "$.body"))
        .period(period(root.get("period"), "$.period"));
    if (root.has("approval")) {
      plan.approval(approval(root.get("approval"), "$.approval"));
    }
    if (root.has("signatory")) {
      JsonNode s = JsonPaths.object(root.get("signatory"), "$.signatory", SIGNATORY, List.of());
      plan.signatory(Signatory.of(JsonPaths.text(s.get("position"), "$.signatory.position"),
          JsonPaths.text(s.get("name"), "$.signatory.name")));
    }
    JsonNode sections = JsonPaths.array(root.get("sections"), "$.sections");
    for (int i = 0; i < sections.size(); i++) {
      plan.addSections(section(sections.get(i), "$.sections[" + i + "]"));
    }
    try {
      return plan.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException("$.sections", e.getMessage(), e);
    }
  }

  private static PlanPeriod period(JsonNode node, String path) throws PlanFormatException {
    JsonPaths.object(node, path, PERIOD, List.of());
    int first = JsonPaths.integer(node.get("firstYear"), path + ".firstYear");
    int last = JsonPaths.integer(node.get("lastYear"), path + ".lastYear");
    try {
      return PlanPeriod.of(first, last);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(path, e.getMessage(), e);
    }
  }

  private static Approval approval(JsonNode node, String path) throws PlanFormatException {
    JsonPaths.object(node, path, APPROVAL, List.of());
    ActKind kind = enumValue(ActKind.class, node.get("kind"), path + ".kind");
    String date = JsonPaths.text(node.get("date"), path + ".date");
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new PlanFormatException(path + ".date", "expected an ISO date like \"2020-01-09\"; found \""
          + date + "\"", e);
    }
    try {
      return Approval.builder().kind(kind)
          .authority(JsonPaths.text(node.get("authority"), path + ".authority"))
          .date(parsed)
          .number(JsonPaths.text(node.get("number"), path + ".number"))
          .build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException(path + ".number", e.getMessage(), e);
    }
  }

  private static Section section(JsonNode node, String path) throws PlanFormatException {
    JsonPaths.object(node, path, SECTION, List.of());
    Section.Builder section = Section.builder()
        .number(JsonPaths.integer(node.get("number"), path + ".number"))
        .title(JsonPaths.text(node.get("title"), path + ".title"));
    JsonNode measures = JsonPaths.array(node.get("measures"), path + ".measures");
    for (int i = 0; i < measures.size(); i++) {
      section.addMeasures(measure(measures.get(i), path + ".measures[" + i + "]"));
    }
    try {
      return section.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException(path, e.getMessage(), e);
    }
  }

  private static Measure measure(JsonNode node, String path) throws PlanFormatException {
    JsonPaths.object(node, path, MEASURE, List.of());
    String numberText = JsonPaths.text(node.get("number"), path + ".number");
    MeasureNumber number;
    try {
      number = MeasureNumber.parse(numberText);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(path + ".number", e.getMessage(), e);
    }
    Measure.Builder measure = Measure.builder()
        .number(number)
        .name(JsonPaths.text(node.get("name"), path + ".name"))
        .deadline(DeadlineJson.read(node.get("deadline"), path + ".deadline"))
        .responsible(responsible(node.get("responsible"), path + ".responsible"));
    try {
      for (String text : strings(node.get("indicators"), path + ".indicators")) {
        measure.addIndicators(Indicator.of(text));
      }
      for (String text : strings(node.get("expectedResults"), path + ".expectedResults")) {
        measure.addExpectedResults(ExpectedResult.of(text));
      }
      return measure.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException(path, e.getMessage(), e);
    }
  }

  private static List<String> strings(JsonNode node, String path) throws PlanFormatException {
    JsonPaths.array(node, path);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String s = JsonPaths.text(node.get(i), path + "[" + i + "]");
      if (s.isBlank()) {
        throw new PlanFormatException(path + "[" + i + "]", "expected a non-blank text; leave the array "
            + "without it instead");
      }
      out.add(s);
    }
    return out;
  }

  private static Responsible responsible(JsonNode node, String path) throws PlanFormatException {
    JsonPaths.object(node, path, RESPONSIBLE, List.of());
    Responsible.Builder responsible = Responsible.builder()
        .text(JsonPaths.text(node.get("text"), path + ".text"));
    JsonNode actors = JsonPaths.array(node.get("actors"), path + ".actors");
    for (int i = 0; i < actors.size(); i++) {
      String p = path + ".actors[" + i + "]";
      JsonNode a = JsonPaths.object(actors.get(i), p, ACTOR, ACTOR_OPTIONAL);
      try {
        Actor.Builder actor = Actor.builder()
            .kind(enumValue(ActorKind.class, a.get("kind"), p + ".kind"))
            .name(JsonPaths.text(a.get("name"), p + ".name"));
        if (a.has("qualifier")) {
          actor.qualifier(JsonPaths.text(a.get("qualifier"), p + ".qualifier"));
        }
        responsible.addActors(actor.build());
      } catch (PlanStructureException e) {
        throw new PlanFormatException(p + ".name", e.getMessage(), e);
      }
    }
    return responsible.build();
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String path)
      throws PlanFormatException {
    String s = JsonPaths.text(node, path);
    List<String> ids = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (DeadlineJson.enumId(e).equals(s)) {
        return e;
      }
      ids.add(DeadlineJson.enumId(e));
    }
    throw new PlanFormatException(path, "expected one of " + ids + "; found \"" + s + "\"");
  }
}
