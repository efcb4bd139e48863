package io.github.acplan.benchmarks.diff;

import io.github.acplan.benchmarks.SeedText;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates large plans that read like the seed (its words, its deadline phrases, cells of similar
 * length) and amended versions of them, deterministically from a seed.
 */
public final class PlanGenerator {

  /** Deadline phrases of the seed plan. */
  private static final String[] DEADLINES = {
    "Постійно", "Щопівроку", "Щопівроку (червень, грудень 2020 року)", "Протягом року",
    "Протягом 2020 р.", "1 декада січня 2021 року", "Січень-березень 2020 р.",
    "Постійно (в разі надходження проекту)", "У разі оголошення конкурсу", "При призначенні на посаду",
    "Протягом року (за окремим планом)", "за окремим планом (не рідше 1 разу на квартал); постійно",
    "Протягом 2-х робочих днів з моменту отримання повідомлення",
  };

  private static final String[] ACTORS = {
    "Головний спеціаліст з питань запобігання і виявлення корупції", "Відділ з правових питань",
    "Керуючий справами виконкому", "організаційний відділ", "Відділ інформаційних технологій",
    "структурні підрозділи", "Конкурсна комісія", "відділ з питань кадрової роботи",
  };

  private final List<String> words = SeedText.words();
  private final Random random;

  private PlanGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns a generator whose output depends only on {@code seed}.
   *
   * @param seed the random seed
   * @return the generator
   */
  public static PlanGenerator seeded(long seed) {
    return new PlanGenerator(seed);
  }

  /**
   * Generates a plan of {@code measures} measures in 10 sections (fewer if there are fewer than 10
   * measures).
   *
   * @param measures how many measures
   * @return the plan
   */
  public Plan plan(int measures) {
    int sections = Math.max(1, Math.min(10, measures));
    Plan.Builder plan = Plan.builder()
        .title("План заходів щодо запобігання та виявлення корупції")
        .body("у виконкомі " + sentence(3, 6) + " ради")
        .period(PlanPeriod.ofYear(2020))
        .approval(Approval.builder().kind(ActKind.ROZPORIADZHENNIA)
            .authority("голови районної в місті ради").date(LocalDate.of(2020, 1, 9)).number("2-р").build())
        .signatory(Signatory.of("Керуючий справами виконкому", "Олександр Гижко"));
    for (int s = 1; s <= sections; s++) {
      int count = measures / sections + (s <= measures % sections ? 1 : 0);
      List<Measure> list = new ArrayList<>();
      for (int k = 1; k <= count; k++) {
        list.add(measure(MeasureNumber.of(s, k)));
      }
      plan.addSections(Section.builder().number(s).title(sentence(6, 18)).measures(list).build());
    }
    return plan.build();
  }

  /**
   * Returns a new version of {@code older} in which {@code share} of the measures changed: most edited
   * in place (name, deadline, responsible or an indicator), one in five moved to the end of another
   * section (so renumbered).
   *
   * @param older the plan to amend
   * @param share the share of measures to change, e.g. 0.05
   * @return the amended plan
   */
  public Plan amend(Plan older, double share) {
    List<Measure> all = older.measures();
    int changes = Math.max(1, (int) Math.round(all.size() * share));
    Set<MeasureNumber> edited = new HashSet<>();
    Set<MeasureNumber> moved = new HashSet<>();
    while (edited.size() + moved.size() < changes) {
      MeasureNumber n = all.get(random.nextInt(all.size())).number();
      if (edited.contains(n) || moved.contains(n)) {
        continue;
      }
      if (older.sections().size() > 1 && random.nextInt(5) == 0) {
        moved.add(n);
      } else {
        edited.add(n);
      }
    }
    List<List<Measure>> sections = new ArrayList<>();
    for (Section s : older.sections()) {
      List<Measure> kept = new ArrayList<>();
      for (Measure m : s.measures()) {
        if (moved.contains(m.number())) {
          continue;
        }
        kept.add(edited.contains(m.number()) ? edit(m) : m);
      }
      sections.add(kept);
    }
    List<MeasureNumber> movedInOrder = new ArrayList<>(moved);
    movedInOrder.sort(null);
    for (MeasureNumber n : movedInOrder) {
      int from = n.section() - 1;
      int to = (from + 1 + random.nextInt(sections.size() - 1)) % sections.size();
      List<Measure> target = sections.get(to);
      int next = 1;
      for (Measure m : target) {
        next = Math.max(next, m.number().part(1) + 1);
      }
      for (Measure m : older.sections().get(to).measures()) {
        next = Math.max(next, m.number().part(1) + 1);
      }
      Measure m = older.measure(n).orElseThrow();
      target.add(m.withNumber(MeasureNumber.of(to + 1, next)));
    }
    Plan.Builder newer = Plan.builder().from(older).sections(List.of());
    for (int i = 0; i < sections.size(); i++) {
      newer.addSections(older.sections().get(i).withMeasures(sections.get(i)));
    }
    return newer.build();
  }

  private Measure edit(Measure m) {
    switch (random.nextInt(4)) {
      case 0:
        return m.withName(m.name() + " " + sentence(2, 6));
      case 1:
        return m.withDeadline(Deadline.unparsed(pick(DEADLINES) + " (зі змінами)"));
      case 2:
        return m.withResponsible(responsible());
      default:
        return m.withIndicators(Indicator.of(sentence(8, 30)));
    }
  }

  private Measure measure(MeasureNumber number) {
    Measure.Builder m = Measure.builder()
        .number(number)
        .name(sentence(8, 40))
        .deadline(Deadline.unparsed(pick(DEADLINES)))
        .responsible(responsible())
        .addIndicators(Indicator.of(sentence(8, 30)));
    if (random.nextInt(10) != 0) {
      m.addExpectedResults(ExpectedResult.of(sentence(6, 25)));
    }
    return m.build();
  }

  private Responsible responsible() {
    int count = 1 + random.nextInt(3);
    Responsible.Builder r = Responsible.builder();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String name = pick(ACTORS);
      r.addActors(Actor.of(i == 0 ? ActorKind.POSITION : ActorKind.UNIT, name));
      text.append(i == 0 ? name : ", " + name.toLowerCase(java.util.Locale.ROOT));
    }
    return r.text(text.toString()).build();
  }

  private String sentence(int minWords, int maxWords) {
    int n = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words.get(random.nextInt(words.size())));
    }
    return sb.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
