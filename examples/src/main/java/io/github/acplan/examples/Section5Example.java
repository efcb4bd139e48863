package io.github.acplan.examples;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineParser;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds section 5 of the 2020 plan of the Dovhyntsivskyi district executive committee ("Запобігання,
 * врегулювання та виявлення конфлікту інтересів") in code, with the builders, and prints it.
 *
 * <p>Run: {@code java -cp examples/target/acplan.jar io.github.acplan.examples.Section5Example}
 */
public final class Section5Example {

  private static final String SPECIALIST =
      "Головний спеціаліст з питань запобігання і виявлення корупції";

  /** Reads the deadline texts of the 2020 plan into structured deadlines. */
  private static final DeadlineParser DEADLINES = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));

  private Section5Example() {}

  /**
   * Builds section 5 of the seed plan.
   *
   * @return the section with its four measures, as published
   */
  public static Section section5() {
    return Section.builder()
        .number(5)
        .title("Запобігання, врегулювання та виявлення конфлікту інтересів")
        .addMeasures(Measure.builder()
            .number(MeasureNumber.parse("5.1"))
            .name("Продовжити ознайомлення та інформування посадових осіб із вимогами та змінами "
                + "антикорупційного законодавства щодо запобігання та врегулювання конфлікту інтересів")
            .deadline(DEADLINES.parse("Протягом 2020 р."))
            .responsible(Responsible.builder()
                .text(SPECIALIST)
                .addActors(Actor.of(ActorKind.POSITION, SPECIALIST))
                .build())
            .addIndicators(Indicator.of("Проведено навчання з посадовими особами, поширено методичні "
                + "матеріали (пам'ятки) щодо запобігання та врегулювання конфлікту інтересів, "
                + "забезпечено в актуальному стані інформацію у відповідному розділу на офіційному "
                + "веб-сайті"))
            .addExpectedResults(ExpectedResult.of("Попередження виникнення випадків порушення "
                + "антикорупційного законодавства у частині запобігання та врегулювання конфлікту "
                + "інтересів"))
            .build())
        .addMeasures(Measure.builder()
            .number(MeasureNumber.parse("5.2"))
            .name("Забезпечити своєчасне вжиття заходів щодо недопущення виникнення потенційного чи "
                + "реального конфлікту інтересів; повідомляти безпосереднього керівника чи відповідний "
                + "колегіальний орган про наявність/виникнення конфлікту інтересів")
            .deadline(DEADLINES.parse("Протягом 1 робочого дня з моменту коли дізналась чи повинна "
                + "була дізнатись про наявність конфлікту інтересів"))
            .responsible(Responsible.builder()
                .text("Посадові особи")
                .addActors(Actor.of(ActorKind.GROUP, "Посадові особи"))
                .build())
            .addIndicators(Indicator.of(
                "Повідомлення про конфлікт інтересів отримано та зареєстровано у Журналі"))
            .addExpectedResults(ExpectedResult.of("Забезпечення належного виконання Закону України "
                + "«Про запобігання корупції» в частині запобігання та врегулювання конфлікту інтересів"))
            .build())
        .addMeasures(Measure.builder()
            .number(MeasureNumber.parse("5.3"))
            .name("Забезпечити належне та своєчасне вжиття відповідних заходів щодо врегулювання "
                + "конфлікту інтересів")
            .deadline(DEADLINES.parse(
                "Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів"))
            .responsible(Responsible.builder()
                .text("Голова районної в місті ради, заступник голови, заступники голови районної в "
                    + "місті ради з питань діяльності виконавчого органу, керуючий справами виконкому, "
                    + "керівники структурних підрозділів, колегіальні органи")
                .addActors(
                    Actor.of(ActorKind.POSITION, "Голова районної в місті ради"),
                    Actor.of(ActorKind.POSITION, "заступник голови"),
                    Actor.of(ActorKind.GROUP,
                        "заступники голови районної в місті ради з питань діяльності виконавчого органу"),
                    Actor.of(ActorKind.POSITION, "керуючий справами виконкому"),
                    Actor.of(ActorKind.GROUP, "керівники структурних підрозділів"),
                    Actor.of(ActorKind.COLLEGIAL_BODY, "колегіальні органи"))
                .build())
            .addIndicators(Indicator.of("Безпосереднім керівником або керівником, до повноважень якого "
                + "належить звільнення чи ініціювання звільнення з посади/ колегіальним органом вжито "
                + "належний захід щодо врегулювання конфлікту інтересів"))
            // The published plan leaves the expected result of 5.3 empty; so does this copy.
            .build())
        .addMeasures(Measure.builder()
            .number(MeasureNumber.parse("5.4"))
            .name("Забезпечити попередження виникнення конфлікту інтересів у складах колегіальних "
                + "органів (комісій, комітетів, рад тощо)")
            .deadline(DEADLINES.parse("Постійно"))
            .responsible(Responsible.builder()
                .text("Голови та члени колегіальних органів, структурні підрозділи")
                .addActors(
                    Actor.of(ActorKind.GROUP, "Голови та члени колегіальних органів"),
                    Actor.of(ActorKind.UNIT, "структурні підрозділи"))
                .build())
            .addIndicators(Indicator.of("Інформація про кандидатури до складу колегіальних органів "
                + "аналізується з урахуванням наявних даних про приватні інтереси таких осіб, що можуть "
                + "спричинити або спричиняють виникнення конфлікту інтересів"))
            .addExpectedResults(ExpectedResult.of("Попередження випадків виникнення конфлікту інтересів "
                + "у роботі колегіальних органів та документах/актах, що ними видаються чи приймаються"))
            .build())
        .build();
  }

  /**
   * Prints section 5, one measure per paragraph.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Section section = section5();
    out.println(section.number() + ". " + section.title());
    for (Measure m : section.measures()) {
      out.println();
      out.println(m.number() + "  " + m.name());
      out.println("    Строк виконання:   " + m.deadline().text());
      out.println("    Відповідальні:     " + m.responsible().text());
      m.indicators().forEach(i -> out.println("    Індикатор:         " + i.text()));
      m.expectedResults().forEach(r -> out.println("    Очікуваний рез.:   " + r.text()));
    }
  }
}
