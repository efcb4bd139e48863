package io.github.acplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.serialization.json.DiffJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON of {@code acplan diff} (DiffJson) for two versions of a programme: stable kind, field and level ids. */
class ChangesJsonTest {

  private static final PlanPeriod PERIOD = PlanPeriod.of(2025, 2027);

  private static Measure measure(String number, String name) {
    return Measure.builder().number(MeasureNumber.parse(number)).name(name)
        .deadline(DeadlineParser.forPeriod(PERIOD).parse("Постійно"))
        .responsible(Responsible.builder().text("Юридичний відділ")
            .addActors(Actor.of(ActorKind.UNIT, "Юридичний відділ")).build())
        .build();
  }

  /** A programme of one section, two measures and two risks. */
  static Plan programme() {
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

  @Test
  void programmeChangesHaveStableIdsInTheJson() throws Exception {
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
    JsonNode json = new ObjectMapper().readTree(DiffJson.standard().write(changes));

    assertThat(json.get("counts").toString()).isEqualTo(
        "{\"plan-changed\":1,\"measure-modified\":1,\"risk-added\":1,\"risk-removed\":1,\"risk-modified\":1}");
    JsonNode c = json.get("changes");
    assertThat(c.get(0).toString()).isEqualTo("{\"kind\":\"plan-changed\","
        + "\"attribute\":\"measures-must-address-risks\",\"old\":\"false\",\"new\":\"true\"}");
    assertThat(c.get(1).get("kind").asText()).isEqualTo("measure-modified");
    assertThat(c.get(1).get("oldNumber").asText()).isEqualTo("1.1");
    assertThat(c.get(1).get("fields").toString()).isEqualTo("["
        + "{\"field\":\"yearly-deadline\",\"year\":2025,\"old\":[\"до 1 квітня 2025 р.\"],"
        + "\"new\":[\"до 1 травня 2025 р.\"]},"
        + "{\"field\":\"resources\",\"old\":[],\"new\":[\"Кошти місцевого бюджету\"]}]");
    assertThat(c.get(2).toString()).isEqualTo("{\"kind\":\"risk-modified\",\"oldId\":\"1\",\"newId\":\"1\","
        + "\"fields\":[{\"field\":\"probability\",\"old\":[\"2\"],\"new\":[\"3\"]}],"
        + "\"oldLevel\":\"high\",\"newLevel\":\"high\"}");
    assertThat(c.get(3).get("kind").asText()).isEqualTo("risk-removed");
    assertThat(c.get(3).get("risk").get("id").asText()).isEqualTo("2");
    assertThat(c.get(3).get("risk").get("level").asText()).isEqualTo("low");
    // A consequence of 4 is off the NAZK scale: no level.
    assertThat(c.get(4).get("kind").asText()).isEqualTo("risk-added");
    assertThat(c.get(4).get("risk").has("level")).isFalse();
  }

  @Test
  void aPlanWithoutRegisterWritesNoRegisterKinds() throws Exception {
    Plan a = programme().withKind(PlanKind.PLAN).withRisks(List.of());
    Plan b = a.withTitle("План заходів");
    JsonNode json = new ObjectMapper().readTree(DiffJson.standard().write(PlanDiff.between(a, b)));
    assertThat(json.get("counts").toString()).isEqualTo("{\"plan-changed\":1}");
    assertThat(json.get("changes").get(0).get("attribute").asText()).isEqualTo("title");
  }
}
