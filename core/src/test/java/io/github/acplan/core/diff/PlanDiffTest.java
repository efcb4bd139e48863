package io.github.acplan.core.diff;

import static io.github.acplan.core.fixtures.Plans.measure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.fixtures.Plans;
import io.github.acplan.core.fixtures.SeedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanDiffTest {

  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Plan SEED = SeedPlan.plan();

  private static Measure seedMeasure(String number) {
    return SEED.measure(MeasureNumber.parse(number)).orElseThrow();
  }

  /** The seed with one edit of each kind an amending order makes. */
  private static Plan amended() {
    Plan p = Plans.removeMeasure(SEED, "2.9");
    p = Plans.addMeasure(p, measure("3.12", "Проводити анонімне анкетування посадових осіб щодо"
        + " корупційних ризиків"));
    p = Plans.removeMeasure(p, "4.4");
    p = Plans.addMeasure(p, seedMeasure("4.4").withNumber(MeasureNumber.parse("5.5")));
    p = Plans.removeMeasure(p, "6.10");
    p = Plans.addMeasure(p, seedMeasure("6.10").withNumber(MeasureNumber.parse("6.11")));
    p = Plans.editMeasure(p, "3.5", m -> m.withDeadline(Deadline.unparsed("Щокварталу")));
    p = Plans.editMeasure(p, "3.7", m -> m.withResponsible(Responsible.builder()
        .text("Відділ з питань кадрової роботи, головний спеціаліст з питань запобігання і виявлення корупції")
        .addAllActors(m.responsible().actors())
        .addActors(Actor.of(ActorKind.POSITION, "головний спеціаліст з питань запобігання і виявлення корупції"))
        .build()));
    return p;
  }

  @Test
  void anAmendedSeedShowsExactlyItsEdits() {
    List<Change> changes = PlanDiff.between(SEED, amended());
    assertThat(changes).containsExactly(
        new MeasureRemoved(seedMeasure("2.9")),
        new MeasureModified(MeasureNumber.parse("3.5"), MeasureNumber.parse("3.5"), List.of(
            new FieldChange(MeasureField.DEADLINE, List.of("У порядку та строки, визначені Законом України"),
                List.of("Щокварталу")))),
        new MeasureModified(MeasureNumber.parse("3.7"), MeasureNumber.parse("3.7"), List.of(
            new FieldChange(MeasureField.RESPONSIBLE, List.of("Відділ з питань кадрової роботи"),
                List.of("Відділ з питань кадрової роботи",
                    "головний спеціаліст з питань запобігання і виявлення корупції")))),
        new MeasureAdded(measure("3.12", "Проводити анонімне анкетування посадових осіб щодо"
            + " корупційних ризиків")),
        new MeasureMoved(MeasureNumber.parse("4.4"), MeasureNumber.parse("5.5")),
        new MeasureRenumbered(MeasureNumber.parse("6.10"), MeasureNumber.parse("6.11")));
  }

  @Test
  void theReportReadsLikeAnAmendingOrder() {
    List<Change> changes = PlanDiff.between(SEED, amended());
    assertThat(DiffReport.render(changes, UK)).isEqualTo(""
        + "Пункт 2.9 «Удосконалювати систему електронного документообігу та продовжити роботу з"
        + " впровадження кваліфікованого електронного підпису у виконавчому комітеті» вилучено\n"
        + "Пункт 3.5: змінено строк виконання з «У порядку та строки, визначені Законом України» на"
        + " «Щокварталу»\n"
        + "Пункт 3.7: змінено відповідальних за виконання: додано «головний спеціаліст з питань"
        + " запобігання і виявлення корупції»\n"
        + "Доповнено пунктом 3.12: «Проводити анонімне анкетування посадових осіб щодо корупційних"
        + " ризиків»\n"
        + "Пункт 4.4 перенесено до розділу 5 як пункт 5.5\n"
        + "Пункт 6.10 вважати пунктом 6.11\n");
    assertThat(DiffReport.render(changes, Locale.ENGLISH)).isEqualTo(""
        + "Measure 2.9 removed: \"Удосконалювати систему електронного документообігу та продовжити роботу з"
        + " впровадження кваліфікованого електронного підпису у виконавчому комітеті\"\n"
        + "Measure 3.5: deadline changed from \"У порядку та строки, визначені Законом України\" to"
        + " \"Щокварталу\"\n"
        + "Measure 3.7: responsible changed: added \"головний спеціаліст з питань"
        + " запобігання і виявлення корупції\"\n"
        + "Measure 3.12 added: \"Проводити анонімне анкетування посадових осіб щодо корупційних"
        + " ризиків\"\n"
        + "Measure 4.4 moved to section 5 as 5.5\n"
        + "Measure 6.10 renumbered as 6.11\n");
    assertThat(DiffReport.counts(changes)).containsExactly(
        java.util.Map.entry(ChangeKind.MEASURE_ADDED, 1),
        java.util.Map.entry(ChangeKind.MEASURE_REMOVED, 1),
        java.util.Map.entry(ChangeKind.MEASURE_MOVED, 1),
        java.util.Map.entry(ChangeKind.MEASURE_RENUMBERED, 1),
        java.util.Map.entry(ChangeKind.MEASURE_MODIFIED, 2));
  }

  @Test
  void insertingAMeasureRenumbersTheOnesAfterItInsteadOfModifyingThem() {
    Section s3 = SEED.section(3).orElseThrow();
    List<Measure> shifted = new ArrayList<>();
    for (Measure m : s3.measures()) {
      int n = m.number().part(1);
      if (n == 2) {
        shifted.add(measure("3.2", "Новий захід"));
      }
      shifted.add(n >= 2 ? m.withNumber(MeasureNumber.of(3, n + 1)) : m);
    }
    Plan newer = SEED.withSections(SEED.sections().stream()
        .map(s -> s.number() == 3 ? s.withMeasures(shifted) : s).toList());
    List<Change> changes = PlanDiff.between(SEED, newer);
    assertThat(changes).hasSize(11);
    assertThat(changes.get(0)).isEqualTo(new MeasureAdded(measure("3.2", "Новий захід")));
    assertThat(changes.get(1)).isEqualTo(
        new MeasureRenumbered(MeasureNumber.parse("3.2"), MeasureNumber.parse("3.3")));
    assertThat(changes.get(10)).isEqualTo(
        new MeasureRenumbered(MeasureNumber.parse("3.11"), MeasureNumber.parse("3.12")));
  }

  @Test
  void aMovedMeasureWithAnEditedNameIsFoundBySimilarity() {
    Measure edited = seedMeasure("3.7").withNumber(MeasureNumber.parse("5.5"))
        .withName("Забезпечити виконання планів-графіків підвищення кваліфікації посадових осіб");
    Plan newer = Plans.addMeasure(Plans.removeMeasure(SEED, "3.7"), edited);
    assertThat(PlanDiff.between(SEED, newer)).containsExactly(
        new MeasureMoved(MeasureNumber.parse("3.7"), MeasureNumber.parse("5.5")),
        new MeasureModified(MeasureNumber.parse("3.7"), MeasureNumber.parse("5.5"), List.of(
            new FieldChange(MeasureField.NAME, List.of(seedMeasure("3.7").name()),
                List.of(edited.name())))));
  }

  @Test
  void planFieldsAndSectionsAreCompared() {
    Plan newer = SEED.withApproval(java.util.Optional.empty())
        .withPeriod(io.github.acplan.core.PlanPeriod.ofYear(2021))
        .withSections(List.of(SEED.sections().get(0).withTitle("Системний підхід"),
            SEED.sections().get(1), SEED.sections().get(2), SEED.sections().get(3),
            SEED.sections().get(4), SEED.sections().get(5),
            Section.builder().number(7).title("Новий розділ").build()));
    List<Change> changes = PlanDiff.between(SEED, newer);
    assertThat(DiffReport.render(changes, UK)).isEqualTo(""
        + "Період: змінено з «2020» на «2021»\n"
        + "Затвердження: вилучено «розпорядження голови районної в місті ради від 09.01.2020 № 2-р»\n"
        + "Розділ 1: змінено назву з «" + SEED.sections().get(0).title() + "» на «Системний підхід»\n"
        + "Доповнено розділом 7 «Новий розділ»\n");
    assertThat(changes).extracting(c -> c.kind().id())
        .containsExactly("plan-changed", "plan-changed", "section-renamed", "section-added");
  }

  @Test
  void aPlanComparedWithItselfHasNoChanges() {
    assertThat(PlanDiff.between(SEED, SeedPlan.plan())).isEmpty();
  }

  /**
   * Two plans of 10 000 measures: the newer one inserts a measure at the top of section 1 (so the 99
   * measures after it are renumbered), edits 20 deadlines and moves 10 measures to section 100.
   * Measured time is printed, not asserted.
   */
  @Test
  void largePlansAreComparedWithoutComparingAllPairs() {
    Plan older = io.github.acplan.core.fixtures.PlanGenerators.large(100, 100, 1);
    Plan newer = older;
    for (int i = 1; i <= 20; i++) {
      newer = Plans.editMeasure(newer, "50." + i, m -> m.withDeadline(Deadline.unparsed("Щокварталу")));
    }
    for (int i = 1; i <= 10; i++) {
      Measure m = newer.measure(MeasureNumber.of(7, i)).orElseThrow();
      newer = Plans.addMeasure(Plans.removeMeasure(newer, m.number().toString()),
          m.withNumber(MeasureNumber.of(100, 100 + i)));
    }
    List<Measure> shifted = new ArrayList<>();
    shifted.add(measure("1.1", "Новий захід"));
    for (Measure m : newer.section(1).orElseThrow().measures()) {
      shifted.add(m.withNumber(MeasureNumber.of(1, m.number().part(1) + 1)));
    }
    Plan last = newer;
    newer = newer.withSections(newer.sections().stream()
        .map(s -> s.number() == 1 ? s.withMeasures(shifted) : s).toList());
    assertThat(last.measures()).hasSize(10_000);

    Plan newest = newer;
    List<Change> changes = timed("10 000 vs 10 001 measures", () -> PlanDiff.between(older, newest));

    assertThat(DiffReport.counts(changes)).containsExactly(
        java.util.Map.entry(ChangeKind.MEASURE_ADDED, 1),
        java.util.Map.entry(ChangeKind.MEASURE_MOVED, 10),
        java.util.Map.entry(ChangeKind.MEASURE_RENUMBERED, 100),
        java.util.Map.entry(ChangeKind.MEASURE_MODIFIED, 20));
  }

  /**
   * The worst case for matching: every one of 10 000 measures moves to another section and has its
   * name edited, so none matches by number or by exact content and all go to the similarity step.
   */
  @Test
  void tenThousandEditedAndMovedMeasuresAreStillMatchedBySimilarity() {
    Plan older = io.github.acplan.core.fixtures.PlanGenerators.large(100, 100, 2);
    Plan newer = older.withSections(older.sections().stream()
        .map(s -> Section.builder().number(s.number() + 100).title(s.title())
            .measures(s.measures().stream()
                .map(m -> m.withNumber(m.number().withSection(s.number() + 100)).withName(m.name() + " тощо"))
                .toList())
            .build())
        .toList());
    List<Change> changes = timed("10 000 moved and edited measures", () -> PlanDiff.between(older, newer));
    java.util.Map<ChangeKind, Integer> counts = DiffReport.counts(changes);
    assertThat(counts.get(ChangeKind.MEASURE_MOVED)).isEqualTo(10_000);
    assertThat(counts.get(ChangeKind.MEASURE_MODIFIED)).isEqualTo(10_000);
    assertThat(counts.get(ChangeKind.SECTION_ADDED)).isEqualTo(100);
    assertThat(counts.get(ChangeKind.SECTION_REMOVED)).isEqualTo(100);
    assertThat(counts).doesNotContainKeys(ChangeKind.MEASURE_ADDED, ChangeKind.MEASURE_REMOVED);
    // Each measure went to the section 100 above, keeping its place.
    assertThat(changes).contains(new MeasureMoved(MeasureNumber.parse("17.42"), MeasureNumber.parse("117.42")));
  }

  /** Prints the time a diff took, first run and best of five (wall clock); never asserted. */
  private static <T> T timed(String what, java.util.function.Supplier<T> diff) {
    T result = null;
    long bestWall = Long.MAX_VALUE;
    long firstWall = 0;
    for (int run = 0; run < 5; run++) {
      long wall = System.nanoTime();
      result = diff.get();
      wall = System.nanoTime() - wall;
      firstWall = run == 0 ? wall : firstWall;
      bestWall = Math.min(bestWall, wall);
    }
    System.out.printf("PlanDiff of %s: first run %d ms, best of 5 %d ms%n", what,
        firstWall / 1_000_000, bestWall / 1_000_000);
    return result;
  }
}
