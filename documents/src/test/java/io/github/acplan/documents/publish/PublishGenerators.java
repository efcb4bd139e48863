package io.github.acplan.documents.publish;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.risk.CorruptionRisk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Plans and programmes for the publishing properties: words of real plans mixed with what HTML and XML
 * must escape ({@code < > & " '}), line breaks, repeated spaces and a few non-Cyrillic letters.
 */
final class PublishGenerators {

  private static final List<String> WORDS = List.of("Забезпечити", "проведення", "відділ", "з", "питань",
      "запобігання", "корупції", "«Про запобігання корупції»", "ст. 19", "№ 2-р", "<script>", "a&b", "x<y",
      "\"лапки\"", "it's", "ґудзик", "Їжак", "100 %", "—", "https://example.org/?a=1&b=2", "→");
  private static final List<String> DEADLINES = List.of("Постійно", "Щопівроку", "Протягом року",
      "1 декада січня {next} року", "до 15 грудня", "Щокварталу", "При призначенні на посаду");

  private PublishGenerators() {}

  private static int pick(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  /** Whether texts may have runs of spaces, which HTML shows (and reads) as one. */
  private static final ThreadLocal<Boolean> DOUBLE_SPACES = ThreadLocal.withInitial(() -> true);

  /** A text of 1 to 8 words; sometimes a line break or two spaces between words. */
  static String text(RandomnessSource in) {
    int n = pick(in, 1, 8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        int sep = pick(in, 0, 9);
        sb.append(sep == 0 ? "\n" : sep == 1 && DOUBLE_SPACES.get() ? "  " : " ");
      }
      sb.append(WORDS.get(pick(in, 0, WORDS.size() - 1)));
    }
    return sb.toString();
  }

  private static String line(RandomnessSource in) {
    return text(in).replace('\n', ' ').replaceAll(" +", " ");
  }

  /**
   * Plans of up to 4 sections of up to 5 measures; some approved, some drafts; some programmes with a
   * risk register.
   */
  static Gen<Plan> plansAndProgrammes() {
    return plansAndProgrammes(true);
  }

  /**
   * As {@link #plansAndProgrammes()}, with or without runs of spaces inside texts.
   */
  static Gen<Plan> plansAndProgrammes(boolean doubleSpaces) {
    Gen<Plan> plans = in -> {
      int first = pick(in, 2019, 2030);
      boolean programme = pick(in, 0, 2) == 0;
      PlanPeriod period = programme ? PlanPeriod.of(first, first + pick(in, 0, 2)) : PlanPeriod.ofYear(first);
      Plan.Builder plan = Plan.builder()
          .title(programme ? "Антикорупційна програма" : "План заходів щодо запобігання та виявлення корупції")
          .body("у " + line(in))
          .period(period)
          .kind(programme ? PlanKind.PROGRAMME : PlanKind.PLAN);
      if (pick(in, 0, 2) > 0) {
        ActKind kind = ActKind.values()[pick(in, 0, ActKind.values().length - 1)];
        Approval.Builder approval = Approval.builder().kind(kind)
            .authority("голови " + line(in)).date(LocalDate.of(first - 1, 12, 1).plusDays(pick(in, 0, 60)));
        if (kind == ActKind.SIGNATURE) {
          approval.signedBy("Іван ПЕТРЕНКО"); // the head's signature: the name under it, no number
        } else {
          approval.number(pick(in, 1, 300) + "-р");
        }
        plan.approval(approval.build());
      }
      if (pick(in, 0, 3) > 0) {
        plan.signatory(Signatory.of("Керуючий справами " + line(in), "Олена Петренко"));
      }
      List<Measure> all = new ArrayList<>();
      int sections = pick(in, 1, 4);
      for (int s = 1; s <= sections; s++) {
        Section.Builder section = Section.builder().number(s).title(line(in));
        int measures = pick(in, 0, 5);
        for (int m = 1; m <= measures; m++) {
          String deadline = DEADLINES.get(pick(in, 0, DEADLINES.size() - 1))
              .replace("{next}", Integer.toString(period.lastYear() + 1));
          Measure.Builder measure = Measure.builder()
              .number(MeasureNumber.of(s, m))
              .name(text(in))
              .deadline(DeadlineParser.forPeriod(period).parse(deadline))
              .responsible(ResponsibleParser.parse(line(in)));
          int indicators = pick(in, 0, 3);
          for (int i = 0; i < indicators; i++) {
            measure.addIndicators(Indicator.of(line(in)));
          }
          int results = pick(in, 0, 3);
          for (int i = 0; i < results; i++) {
            measure.addExpectedResults(ExpectedResult.of(line(in)));
          }
          if (programme && pick(in, 0, 1) == 0) {
            measure.resources("Кошти бюджету на " + first + " рік");
          }
          Measure built = measure.build();
          all.add(built);
          section.addMeasures(built);
        }
        plan.addSections(section.build());
      }
      if (programme && !all.isEmpty()) {
        int risks = pick(in, 1, 4);
        for (int r = 1; r <= risks; r++) {
          plan.addRisks(CorruptionRisk.builder().id(Integer.toString(r)).function(line(in)).risk(line(in))
              .description(line(in)).addSources(line(in)).probability(pick(in, 1, 3)).consequence(pick(in, 1, 3))
              .addMeasures(all.get(pick(in, 0, all.size() - 1)).number()).build());
        }
      }
      return plan.build();
    };
    return in -> {
      DOUBLE_SPACES.set(doubleSpaces);
      try {
        return plans.generate(in);
      } finally {
        DOUBLE_SPACES.set(true);
      }
    };
  }
}
