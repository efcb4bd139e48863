package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.ChangeKind;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON of a diff: the plan format's naming, stable ids, and true to its schema. */
class DiffJsonTest {

  private static final PlanPeriod PERIOD = PlanPeriod.of(2025, 2027);

  private static Measure measure(String number, String name) {
    return Measure.builder().number(MeasureNumber.parse(number)).name(name)
        .deadline(DeadlineParser.forPeriod(PERIOD).parse("Постійно"))
        .responsible(Responsible.builder().text("Юридичний відділ")
            .addActors(Actor.of(ActorKind.UNIT, "Юридичний відділ")).build())
        .build();
  }

  /** A programme of one section, two measures and two risks. */
  private static Plan programme() {
    return Plan.builder().title("Антикорупційна програма").body("Управління освіти").period(PERIOD)
        .kind(PlanKind.PROGRAMME)
        .addSections(Section.builder().number(1).title("Закупівлі")
            .addMeasures(measure("1.1", "Перевірка тендерної документації")
                .withYearlyDeadlines(Map.of(2025, DeadlineParser.forPeriod(PlanPeriod.ofYear(2025))
                    .parse("до 1 квітня 2025 р."))))
            .addMeasures(measure("1.2", "Навчання членів тендерного комітету"))
            .build())
        .addRisks(CorruptionRisk.builder().id("1").function("Закупівлі").risk("Змова учасників")
            .probability(2).consequence(3).addMeasures(MeasureNumber.parse("1.1")).build())
        .addRisks(CorruptionRisk.builder().id("2").function("Закупівлі").risk("Необізнаність комітету")
            .probability(1).consequence(1).addMeasures(MeasureNumber.parse("1.2")).build())
        .build();
  }

  private static Schema schema() throws IOException {
    String plan;
    try (InputStream in = PlanJson.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
      plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // the diff's schema refers to the plan's for a measure and a risk: give it the jar's copy
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.of("https://github.com/acplan/acplan/plan.schema.json", plan)));
    try (InputStream in = DiffJson.class.getResourceAsStream(DiffJson.SCHEMA_RESOURCE)) {
      return registry.getSchema(in);
    }
  }

  @Test
  void programmeChangesHaveStableIdsInThePlanFormatsNaming() throws Exception {
    Plan a = programme();
    Plan b = a.withMeasuresMustAddressRisks(true)
        .withSections(List.of(a.sections().get(0).withMeasures(List.of(
            a.measures().get(0).withResources("Кошти місцевого бюджету")
                .withYearlyDeadlines(Map.of(2025, DeadlineParser.forPeriod(PlanPeriod.ofYear(2025))
                    .parse("до 1 травня 2025 р."))),
            a.measures().get(1)))))
        .withRisks(List.of(
            a.risk("1").orElseThrow().withProbability(3),
            CorruptionRisk.builder().id("3").function("Кадри").risk("Конфлікт інтересів членів комісії")
                .probability(3).consequence(4).build()));
    List<Change> changes = PlanDiff.between(a, b);

    String json = DiffJson.standard().write(changes);

    assertThat(json).startsWith("{\n  \"counts\": {\n").endsWith("}\n").doesNotContain("_");
    assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
    JsonNode tree = new ObjectMapper().readTree(json);
    assertThat(tree.get("counts").toString()).isEqualTo(
        "{\"plan-changed\":1,\"measure-modified\":1,\"risk-added\":1,\"risk-removed\":1,\"risk-modified\":1}");
    JsonNode c = tree.get("changes");
    assertThat(c.get(0).toString()).isEqualTo("{\"kind\":\"plan-changed\","
        + "\"attribute\":\"measures-must-address-risks\",\"old\":\"false\",\"new\":\"true\"}");
    assertThat(c.get(1).toString()).isEqualTo("{\"kind\":\"measure-modified\",\"oldNumber\":\"1.1\","
        + "\"newNumber\":\"1.1\",\"fields\":["
        + "{\"field\":\"yearly-deadline\",\"year\":2025,\"old\":[\"до 1 квітня 2025 р.\"],"
        + "\"new\":[\"до 1 травня 2025 р.\"]},"
        + "{\"field\":\"resources\",\"old\":[],\"new\":[\"Кошти місцевого бюджету\"]}]}");
    assertThat(c.get(2).toString()).isEqualTo("{\"kind\":\"risk-modified\",\"oldId\":\"1\",\"newId\":\"1\","
        + "\"fields\":[{\"field\":\"probability\",\"old\":[\"2\"],\"new\":[\"3\"]}],"
        + "\"oldLevel\":\"high\",\"newLevel\":\"high\"}");
    // a removed risk in the plan format, with its level on the plan's scale
    assertThat(c.get(3).toString()).isEqualTo("{\"kind\":\"risk-removed\",\"risk\":{\"id\":\"2\","
        + "\"function\":\"Закупівлі\",\"risk\":\"Необізнаність комітету\",\"description\":\"\",\"sources\":[],"
        + "\"probability\":1,\"consequence\":1,\"level\":\"low\",\"measures\":[\"1.2\"]}}");
    // a consequence of 4 is off the NAZK scale: no level
    assertThat(c.get(4).get("kind").asText()).isEqualTo("risk-added");
    assertThat(c.get(4).get("risk").has("level")).isFalse();
  }

  /** Counts name only the kinds present: a plan without a register has no register kinds in them. */
  @Test
  void aPlanWithoutRegisterCountsOnlyItsOwnChanges() throws Exception {
    Plan a = programme().withKind(PlanKind.PLAN).withRisks(List.of());
    JsonNode tree = new ObjectMapper().readTree(DiffJson.standard().write(
        PlanDiff.between(a, a.withTitle("План заходів"))));
    assertThat(tree.get("counts").toString()).isEqualTo("{\"plan-changed\":1}");
    assertThat(tree.get("changes").get(0).get("attribute").asText()).isEqualTo("title");
  }

  @Test
  void everyKindOfAPlansChangeIsWrittenTrueToTheSchema() throws Exception {
    Plan seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    Section first = seed.sections().get(0);
    Section last = seed.sections().get(seed.sections().size() - 1);
    Measure added = Measure.builder().number(MeasureNumber.parse("1.99"))
        .name("Запровадити електронний облік подарунків посадовим особам")
        .deadline(DeadlineParser.forPeriod(seed.period()).parse("до 15 грудня"))
        .responsible(Responsible.builder().text("Сектор цифровізації")
            .addActors(Actor.of(ActorKind.UNIT, "Сектор цифровізації")).build())
        .build();
    List<Measure> firstMeasures = new java.util.ArrayList<>(first.measures().subList(1, first.measures().size()));
    firstMeasures.set(0, firstMeasures.get(0).withName(firstMeasures.get(0).name() + " (змінено)"));
    firstMeasures.add(added);
    Plan newer = seed.withTitle(seed.title() + " (зі змінами)")
        .withSections(List.of(first.withTitle("Інша назва").withMeasures(firstMeasures),
            Section.builder().number(last.number() + 1).title("Новий розділ")
                .addMeasures(last.measures().get(0).withNumber(MeasureNumber.of(last.number() + 1, 1)))
                .build()));

    List<Change> changes = PlanDiff.between(seed, newer);
    String json = DiffJson.standard().write(changes, false);

    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    changes.forEach(ch -> kinds.add(ch.kind()));
    assertThat(kinds).contains(ChangeKind.PLAN_CHANGED, ChangeKind.SECTION_ADDED, ChangeKind.SECTION_REMOVED,
        ChangeKind.SECTION_RENAMED, ChangeKind.MEASURE_ADDED, ChangeKind.MEASURE_REMOVED,
        ChangeKind.MEASURE_MODIFIED);
    assertThat(json).doesNotContain("\n");
    assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
    JsonNode tree = new ObjectMapper().readTree(json);
    assertThat(tree.get("changes")).hasSize(changes.size());
    // a measure added is the whole measure, as PlanJson writes it
    JsonNode measure = null;
    for (JsonNode ch : tree.get("changes")) {
      if (ch.get("kind").asText().equals("measure-added") && ch.get("measure").get("number").asText().equals("1.99")) {
        measure = ch.get("measure");
      }
    }
    assertThat(measure).isNotNull();
    assertThat(measure.toString()).isEqualTo(new ObjectMapper().readTree(
        PlanJson.standard().writeCompact(seed.withSections(List.of(Section.builder().number(1).title("x")
            .addMeasures(added).build())))).get("sections").get(0).get("measures").get(0).toString());
    // no changes: empty counts and changes
    assertThat(DiffJson.standard().write(List.of(), false)).isEqualTo("{\"counts\":{},\"changes\":[]}");
  }
}
