package io.github.acplan.core.deadline.statute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.fixtures.SeedPlan;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import io.github.acplan.core.validation.Finding;
import io.github.acplan.core.validation.FindingCodes;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.Severity;
import io.github.acplan.core.validation.ValidationRules;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatutoryTermsTest {

  private static final Plan SEED = SeedPlan.plan();
  private static final DeadlineSchedule Y2020 =
      DeadlineSchedule.of(PlanPeriod.ofYear(2020), UkrainianCalendar.standard());

  private static Measure measure(String number) {
    return SEED.measure(MeasureNumber.parse(number)).orElseThrow();
  }

  private static List<String> ids(StatutoryReading reading) {
    return reading.terms().stream().map(StatutoryTerm::id).toList();
  }

  @Test
  void theSeedsStatutoryMeasuresResolveToTheirTermsWithCitations() {
    StatutoryReading special = StatutoryTerms.resolve(measure("3.4")).orElseThrow();
    assertThat(ids(special)).containsExactly("special-check");
    assertThat(special.citations()).isEqualTo("Закон № 1700-VII, ст. 57 ч. 1");

    assertThat(ids(StatutoryTerms.resolve(measure("3.5")).orElseThrow()))
        .containsExactly("purification-check-statement");
    assertThat(StatutoryTerms.resolve(measure("3.5")).orElseThrow().citations())
        .isEqualTo("Закон № 1682-VII, ст. 4 ч. 2");

    StatutoryReading dismissal = StatutoryTerms.resolve(measure("4.3"), SEED.period()).orElseThrow();
    assertThat(ids(dismissal)).containsExactly("declaration-on-dismissal", "declaration-on-dismissal-by-employer",
        "declaration-after-dismissal");
    assertThat(dismissal.terms()).extracting(StatutoryTerm::citation).containsOnly("Закон № 1700-VII, ст. 45 ч. 2");

    StatutoryReading check = StatutoryTerms.resolve(measure("4.4")).orElseThrow();
    assertThat(ids(check)).containsExactly("annual-declaration-filing-check", "dismissal-declaration-filing-check");
    assertThat(check.citations()).startsWith("Порядок, рішення НАЗК № 19, ");
  }

  @Test
  void onlyThoseFiveOfTheSeedResolveAndTheirDeadlinesStayAsWritten() {
    List<StatutoryReading> all = StatutoryTerms.resolveAll(SEED);
    assertThat(all).extracting(r -> r.number().toString()).containsExactly("3.4", "3.5", "4.3", "4.4", "6.2");
    for (StatutoryReading r : all) {
      Measure m = SEED.measure(r.number()).orElseThrow();
      assertThat(r.deadline()).isSameAs(m.deadline());
    }
    assertThat(measure("3.4").deadline().kind()).isEqualTo(DeadlineKind.STATUTORY);
    assertThat(measure("3.4").deadline().text()).isEqualTo("У порядку та строки, визначені Законом України");
    assertThat(measure("4.3").deadline().kind()).isEqualTo(DeadlineKind.ON_EVENT);
  }

  @Test
  void aStatutoryDeadlineWhoseMeasureNamesNoDutyStaysStatutory() {
    Measure other = measure("3.4").withName("Забезпечити дотримання вимог законодавства");
    assertThat(StatutoryTerms.resolve(other)).isEmpty();
    // A deadline with a date of its own is not read as the law's, whatever the measure names.
    Measure dated = measure("3.4").withDeadline(Deadlines.until(31, java.time.Month.MAY, 2020));
    assertThat(StatutoryTerms.resolve(dated)).isEmpty();
  }

  @Test
  void aMeasureWithADateOfItsOwnOrAboutAdviceIsNotReadAsTheLaws() {
    // 4.1 advises declarants "Січень-березень 2020 р. (за окремим графіком); у разі потреби (при призначенні
    // на посаду, при звільненні …)": its window is its own, and advice is not the filing itself.
    assertThat(measure("4.1").deadline().text()).startsWith("Січень-березень 2020 р.");
    assertThat(StatutoryTerms.refersToLaw(measure("4.1").deadline())).isFalse();
    assertThat(StatutoryTerms.resolve(measure("4.1"))).isEmpty();
    Measure advice = measure("4.3").withName("Надавати консультації щодо подання декларації при звільненні");
    assertThat(StatutoryTerms.resolve(advice)).isEmpty();
  }

  @Test
  void theConflictOfInterestRulesTellNoticeFromSettlement() {
    Measure notice = measure("3.4").withName("Забезпечити своєчасне повідомлення про конфлікт інтересів");
    Measure settle = measure("3.4").withName("Забезпечити врегулювання конфлікту інтересів");
    assertThat(ids(StatutoryTerms.resolve(notice).orElseThrow())).containsExactly("conflict-of-interest-notice");
    assertThat(ids(StatutoryTerms.resolve(settle).orElseThrow()))
        .containsExactly("conflict-of-interest-settlement");
  }

  /** A measure of the seed's 3.4 with an invented name and a deadline parsed as a plan for 2024 writes it. */
  private static Measure invented(String name, String deadline) {
    return measure("3.4").withName(name)
        .withDeadline(DeadlineParser.forPeriod(PlanPeriod.ofYear(2024)).parse(deadline));
  }

  @Test
  void theDutiesOfABodysOwnAntiCorruptionProgrammeStayStatutory() {
    // Art. 19 of Law No. 1700-VII, the NAZK's Methodology and its submission procedure (order No. 830/21)
    // were not read in a text we could quote, so approving, reviewing and reporting on a body's own
    // programme, and assessing its corruption risks, have no term in the catalogue: such a measure keeps its
    // statutory deadline, unresolved, whatever act the deadline names.
    List<Measure> own = List.of(
        invented("Підготовка та затвердження антикорупційної програми міської ради на 2025–2027 роки",
            "У порядку та строки, визначені Законом України"),
        invented("Щорічний перегляд антикорупційної програми та внесення до неї змін",
            "У строки, визначені Методологією управління корупційними ризиками"),
        invented("Подання антикорупційної програми на погодження до НАЗК", "У терміни, встановлені Порядком"),
        invented("Підготовка звіту про стан виконання антикорупційної програми районної державної адміністрації",
            "У терміни, встановлені Методологією"),
        invented("Проведення оцінювання корупційних ризиків у діяльності виконавчого комітету",
            "Відповідно до строків, визначених Методологією"),
        invented("Моніторинг виконання заходів антикорупційної програми органу державної влади",
            "у визначені законодавством строки"),
        invented("Підготовка звіту про виконання антикорупційної програми", "У строки, визначені законодавством"),
        invented("Перегляд антикорупційної програми", "У порядку та строки, визначені Методологією"),
        invented("Проведення оцінки корупційних ризиків", "У строки, визначені законодавством"),
        // A legal entity's programme: the Typical programme of 2017 leaves its terms to the entity.
        invented("Перегляд антикорупційної програми державного підприємства", "У строки, визначені законом"));
    for (Measure m : own) {
      assertThat(m.deadline().kind()).as(m.name()).isEqualTo(DeadlineKind.STATUTORY);
      assertThat(StatutoryTerms.refersToLaw(m.deadline())).as(m.name()).isTrue();
      assertThat(StatutoryTerms.resolve(m)).as(m.name()).isEmpty();
      // Neither under the Methodology of 2016 (plans up to 2022) nor under that of 2021 (from 4 June 2022).
      for (PlanPeriod period : List.of(PlanPeriod.ofYear(2020), PlanPeriod.ofYear(2022), PlanPeriod.of(2025, 2027))) {
        assertThat(StatutoryTerms.resolve(m, period)).as(m.name() + " " + period).isEmpty();
      }
    }
  }

  @Test
  void onlyTheStateProgrammeNamedAsSuchGetsItsQuarterlyReport() {
    for (String name : List.of("Звітування про стан виконання заходів Державної антикорупційної програми",
        "Підготовка та внесення до інформаційної системи інформації про виконання заходів ДАП",
        "Подання звіту про виконання Державної антикорупційної програми на 2023–2025 роки")) {
      StatutoryReading r = StatutoryTerms.resolve(invented(name, "У терміни, встановлені наказом НАЗК"))
          .orElseThrow();
      // The Law's twice-yearly information and the NAZK's quarterly report in its information system.
      assertThat(ids(r)).as(name).containsExactly("state-programme-information", "state-programme-quarterly-report");
      assertThat(r.citations()).isEqualTo("Закон № 1700-VII, ст. 18-2 ч. 4; наказ НАЗК № 134/23, розд. IV п. 1");
    }
    // The three words apart name a body's own programme ("…державної адміністрації"), or the 2015–2017
    // programme, whose reports had other terms; "адаптація" holds the letters of "ДАП" but not the word.
    for (String name : List.of("Звіт про виконання антикорупційної програми обласної державної адміністрації",
        "Звіт про виконання Державної програми щодо реалізації засад державної антикорупційної політики",
        "Інформування про адаптацію антикорупційної програми до змін законодавства")) {
      assertThat(StatutoryTerms.resolve(invented(name, "У терміни, встановлені Порядком"))).as(name).isEmpty();
    }
    // Naming the State programme without a report is not the report's duty either.
    assertThat(StatutoryTerms.resolve(invented("Виконання заходів Державної антикорупційної програми",
        "У строки, визначені Державною антикорупційною програмою"))).isEmpty();
  }

  @Test
  void statisticsForTheNazkAreDueEveryYearBy15February() {
    StatutoryReading r = StatutoryTerms.resolve(invented(
        "Подання до НАЗК статистичної інформації про результати роботи у сфері запобігання корупції",
        "У строки, визначені Законом України")).orElseThrow();
    assertThat(ids(r)).containsExactly("anti-corruption-statistics");
    assertThat(r.citations()).isEqualTo("Закон № 1700-VII, ст. 18-3 ч. 2");
    // Statistics for anyone else (a court's, the State Statistics Service's) are not the Law's term.
    assertThat(StatutoryTerms.resolve(invented("Подання статистичної звітності щодо звернень громадян",
        "У строки, визначені законодавством"))).isEmpty();
    DeadlineSchedule y2024 = Y2020.withPeriod(PlanPeriod.ofYear(2024));
    assertThat(StatutoryTerms.ANTI_CORRUPTION_STATISTICS.occurrences(y2024)).extracting(Occurrence::due)
        .containsExactly(LocalDate.of(2024, 2, 15));
    assertThat(StatutoryTerms.STATE_PROGRAMME_INFORMATION.occurrences(y2024)).extracting(Occurrence::due)
        .containsExactly(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 7, 15));
  }

  @Test
  void termsCheckedAgainstTheLawsTextCiteIt() {
    assertThat(StatutoryTerms.ANNUAL_DECLARATION.wording()).isEqualTo("щорічно до 1 квітня");
    assertThat(StatutoryTerms.PURIFICATION_CHECK_STATEMENT.wording())
        .isEqualTo("не пізніше ніж на десятий день з дня початку проведення перевірки");
    for (StatutoryTerm t : List.of(StatutoryTerms.ANNUAL_DECLARATION, StatutoryTerms.SIGNIFICANT_CHANGE_NOTICE,
        StatutoryTerms.CONFLICT_OF_INTEREST_NOTICE, StatutoryTerms.CONFLICT_OF_INTEREST_SETTLEMENT,
        StatutoryTerms.SPECIAL_CHECK, StatutoryTerms.STATE_PROGRAMME_INFORMATION,
        StatutoryTerms.ANTI_CORRUPTION_STATISTICS, StatutoryTerms.DECLARATION_ON_LEAVING_OFFICE_SINCE_2023)) {
      assertThat(t.source()).as(t.id()).isEqualTo("https://zakon.rada.gov.ua/laws/show/1700-18");
    }
    assertThat(StatutoryTerms.PURIFICATION_CHECK_STATEMENT.source())
        .isEqualTo("https://zakon.rada.gov.ua/laws/show/1682-18");
    // The Law's term for leaving office today: 30 calendar days. From Thursday 16 April 2020 (as an
    // example of the arithmetic only): Saturday 16 May, moved to Monday 18 May.
    assertThat(StatutoryTerms.DECLARATION_ON_LEAVING_OFFICE_SINCE_2023.dueAfter(Y2020, LocalDate.of(2020, 4, 16)))
        .contains(LocalDate.of(2020, 5, 18));
    // A 2020 plan keeps the terms it was read as before.
    assertThat(ids(StatutoryTerms.resolve(measure("4.3"), SEED.period()).orElseThrow()))
        .doesNotContain("declaration-on-leaving-office-since-2023");
  }

  @Test
  void leavingOfficeIsReadInTheWordingOfThePlansYears() {
    Measure dismissal = measure("4.3");
    // Up to 2022: the wording before Law No. 3384-IX; from 2024 (and without a period: today) the Law's
    // text of today; 2023, the year it came into force, and a programme that spans it: both.
    assertThat(ids(StatutoryTerms.resolve(dismissal, PlanPeriod.ofYear(2022)).orElseThrow())).containsExactly(
        "declaration-on-dismissal", "declaration-on-dismissal-by-employer", "declaration-after-dismissal");
    List<String> today = List.of("declaration-on-leaving-office-since-2023",
        "declaration-after-leaving-office-since-2023");
    assertThat(ids(StatutoryTerms.resolve(dismissal, PlanPeriod.ofYear(2025)).orElseThrow())).isEqualTo(today);
    assertThat(ids(StatutoryTerms.resolve(dismissal).orElseThrow())).isEqualTo(today);
    assertThat(ids(StatutoryTerms.resolve(dismissal, PlanPeriod.ofYear(2023)).orElseThrow())).hasSize(5);
    assertThat(ids(StatutoryTerms.resolve(dismissal, PlanPeriod.of(2022, 2024)).orElseThrow())).hasSize(5);
    StatutoryReading r2025 = StatutoryTerms.resolve(dismissal, PlanPeriod.ofYear(2025)).orElseThrow();
    assertThat(r2025.citations()).isEqualTo("Закон № 1700-VII, ст. 45 ч. 2; Закон № 1700-VII, ст. 45 ч. 2");
    // The declaration after leaving office is due by 31 March, as the annual one.
    assertThat(StatutoryTerms.DECLARATION_AFTER_LEAVING_OFFICE_SINCE_2023.occurrences(
        Y2020.withPeriod(PlanPeriod.ofYear(2025)))).extracting(Occurrence::due)
        .containsExactly(LocalDate.of(2025, 3, 31));
    // Other duties read the same whatever the years.
    assertThat(StatutoryTerms.resolve(measure("3.4"), PlanPeriod.ofYear(2025)))
        .isEqualTo(StatutoryTerms.resolve(measure("3.4")));
  }

  @Test
  void theOrderOnTheStateProgrammesReportsIsCitedByItsTitle() {
    LegalAct act = StatutoryTerms.STATE_PROGRAMME_QUARTERLY_REPORT.act();
    assertThat(act).isEqualTo(LegalAct.NAZK_ORDER_134_23);
    assertThat(act.title()).isEqualTo(
        "Положення про інформаційну систему моніторингу реалізації державної антикорупційної політики");
    assertThat(act.dateAndNumber()).isEqualTo("наказ НАЗК від 28.06.2023 № 134/23");
  }

  @Test
  void everyTermIsCitedWithItsWordingAndSource() {
    Set<String> ids = new HashSet<>();
    for (StatutoryTerm t : StatutoryTerms.all()) {
      assertThat(ids.add(t.id())).as(t.id()).isTrue();
      assertThat(t.deadline().text()).isEqualTo(t.wording());
      assertThat(t.source()).startsWith("http");
      assertThat(t.citation()).startsWith(t.act().shortName() + ", ");
      assertThat(StatutoryTerms.byId(t.id())).contains(t);
    }
    assertThat(StatutoryTerms.byId("no-such-term")).isEmpty();
  }

  @Test
  void termsAfterAnEventAreComputedInWorkingDays() {
    LocalDate thursday = LocalDate.of(2020, 4, 16);
    // Not later than the next working day: Friday 17 April 2020.
    assertThat(StatutoryTerms.CONFLICT_OF_INTEREST_NOTICE.dueAfter(Y2020, thursday))
        .contains(LocalDate.of(2020, 4, 17));
    // Two working days: Monday 20 April 2020 (Easter Monday) was a day off, so Tuesday 21 April.
    assertThat(StatutoryTerms.CONFLICT_OF_INTEREST_SETTLEMENT.dueAfter(Y2020, thursday))
        .contains(LocalDate.of(2020, 4, 21));
    // 25 calendar days after 16 April end on Monday 11 May 2020, a day off (9 May fell on a Saturday):
    // Tuesday 12 May.
    assertThat(StatutoryTerms.SPECIAL_CHECK.dueAfter(Y2020, thursday)).contains(LocalDate.of(2020, 5, 12));
    // 10 calendar days after 16 April: Sunday 26 April -> Monday 27 April.
    assertThat(StatutoryTerms.SIGNIFICANT_CHANGE_NOTICE.dueAfter(Y2020, thursday)).contains(LocalDate.of(2020, 4, 27));
    // Not later than the day the activity ends: that day itself.
    assertThat(StatutoryTerms.DECLARATION_ON_DISMISSAL.dueAfter(Y2020, thursday)).contains(thursday);
    // 20 working days from 16 April 2020: 17, 21–24, 27–30 April, 4–8, 12–15, 18–19 May (20 April, 1 and
    // 11 May were days off).
    assertThat(StatutoryTerms.DECLARATION_ON_DISMISSAL_BY_EMPLOYER.dueAfter(Y2020, thursday))
        .contains(LocalDate.of(2020, 5, 19));
    // A yearly window has no term after an event.
    assertThat(StatutoryTerms.ANNUAL_DECLARATION.dueAfter(Y2020, thursday)).isEmpty();
  }

  @Test
  void yearlyTermsGiveDatesInThePlanYear() {
    assertThat(StatutoryTerms.ANNUAL_DECLARATION.occurrences(Y2020)).extracting(Occurrence::toString)
        .containsExactly("2020-01-01..2020-03-31 due 2020-03-31");
    // Ten working days from the campaign's last day, Tuesday 31 March 2020: 1–3, 6–10, 13–14 April.
    assertThat(StatutoryTerms.ANNUAL_DECLARATION_FILING_CHECK.occurrences(Y2020)).extracting(Occurrence::toString)
        .containsExactly("2020-04-01..2020-04-14 due 2020-04-14");
    // 15 days after each quarter of 2023; 15 October 2023 was a Sunday (martial law: weekends only off).
    DeadlineSchedule y2023 = Y2020.withPeriod(PlanPeriod.ofYear(2023));
    assertThat(StatutoryTerms.STATE_PROGRAMME_QUARTERLY_REPORT.occurrences(y2023)).extracting(Occurrence::due)
        .containsExactly(LocalDate.of(2023, 4, 17), LocalDate.of(2023, 7, 17), LocalDate.of(2023, 10, 16),
            LocalDate.of(2024, 1, 15));
  }

  @Test
  void theSeedsProcurementMeasureReadsAsTheProcurementLawsPublicationTerms() {
    // 6.2: "Протягом року у визначені законодавством строки" beside publishing "річного плану закупівель та
    // змін до нього, оголошень про закупівлі, договорів": the whole year only frames the Law's terms.
    Measure m = measure("6.2");
    assertThat(m.deadline().kind()).isEqualTo(DeadlineKind.COMPOSITE);
    assertThat(StatutoryTerms.refersToLaw(m.deadline())).isTrue();
    StatutoryReading r = StatutoryTerms.resolve(m, SEED.period()).orElseThrow();
    assertThat(ids(r)).containsExactly("procurement-plan-publication", "procurement-contract-publication");
    assertThat(r.citations()).isEqualTo("Закон № 922-VIII, ст. 4 ч. 1; Закон № 922-VIII, ст. 10 ч. 1 п. 10");
    assertThat(r.deadline()).isSameAs(m.deadline());
    // The wording before Law No. 114-IX (in effect from 2020) was not read: a 2019 plan stays statutory.
    assertThat(StatutoryTerms.resolve(m, PlanPeriod.ofYear(2019))).isEmpty();
    assertThat(StatutoryTerms.resolve(m, PlanPeriod.of(2019, 2021))).isPresent();
    // A plan that names only one of them gets only its term; naming neither publication nor procurement, none.
    assertThat(ids(StatutoryTerms.resolve(invented("Оприлюднення річного плану закупівель на 2024 рік",
        "У строки, визначені законодавством")).orElseThrow())).containsExactly("procurement-plan-publication");
    assertThat(ids(StatutoryTerms.resolve(invented("Своєчасне оприлюднення в системі Prozorro договорів про закупівлю",
        "У строки, визначені законодавством")).orElseThrow())).containsExactly("procurement-contract-publication");
    assertThat(StatutoryTerms.resolve(invented("Укладення договорів про закупівлю",
        "У строки, визначені законодавством"))).isEmpty();
    // Working days from Thursday 16 April 2020 (Easter Monday, 20 April, was a day off): five end on
    // Friday 24 April, three on Wednesday 22 April.
    LocalDate thursday = LocalDate.of(2020, 4, 16);
    assertThat(StatutoryTerms.PROCUREMENT_PLAN_PUBLICATION.dueAfter(Y2020, thursday))
        .contains(LocalDate.of(2020, 4, 24));
    assertThat(StatutoryTerms.PROCUREMENT_CONTRACT_PUBLICATION.dueAfter(Y2020, thursday))
        .contains(LocalDate.of(2020, 4, 22));
  }

  @Test
  void aWholeYearFramesTheLawsTermsButAShorterPeriodIsAPlansOwn() {
    DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2024));
    assertThat(StatutoryTerms.refersToLaw(parser.parse("Протягом року у визначені законодавством строки"))).isTrue();
    assertThat(StatutoryTerms.refersToLaw(parser.parse("Протягом 2024 р. у визначені законодавством строки")))
        .isTrue();
    Measure quarter = invented("Оприлюднення річного плану закупівель",
        "Протягом I кварталу у визначені законодавством строки");
    assertThat(quarter.deadline().kind()).isEqualTo(DeadlineKind.COMPOSITE);
    assertThat(StatutoryTerms.refersToLaw(quarter.deadline())).isFalse();
    assertThat(StatutoryTerms.resolve(quarter)).isEmpty();
  }

  @Test
  void reportsOfCorruptionAreReadInTheWordingOfThePlansYears() {
    Measure reports = invented("Забезпечити розгляд повідомлень про можливі факти корупційних правопорушень",
        "У строки, визначені Законом України «Про запобігання корупції»");
    // Before 2020 no wording was read; 2020: Law No. 198-IX; 2021–2023 both, as the day the Unified
    // Whistleblower Portal began, which switches them, is not in the texts read (it worked by October
    // 2023); from 2024 and today: Law No. 1502-IX.
    assertThat(StatutoryTerms.resolve(reports, PlanPeriod.ofYear(2019))).isEmpty();
    assertThat(ids(StatutoryTerms.resolve(reports, PlanPeriod.ofYear(2020)).orElseThrow())).containsExactly(
        "whistleblower-report-check-since-2020", "whistleblower-report-investigation-since-2020");
    assertThat(ids(StatutoryTerms.resolve(reports, PlanPeriod.ofYear(2022)).orElseThrow())).hasSize(4);
    assertThat(ids(StatutoryTerms.resolve(reports, PlanPeriod.of(2023, 2025)).orElseThrow())).hasSize(4);
    assertThat(StatutoryTerms.resolve(reports, PlanPeriod.ofYear(2024)))
        .isEqualTo(StatutoryTerms.resolve(reports));
    StatutoryReading today = StatutoryTerms.resolve(reports).orElseThrow();
    assertThat(ids(today)).containsExactly("whistleblower-report-review", "whistleblower-report-proceedings");
    assertThat(today.citations()).isEqualTo("Закон № 1700-VII, ст. 53-2 ч. 3; Закон № 1700-VII, ст. 53-2 ч. 3");
    assertThat(ids(StatutoryTerms.resolve(invented("Перевірка інформації, повідомленої викривачами",
        "У строки, визначені Законом України")).orElseThrow())).containsExactly("whistleblower-report-review",
        "whistleblower-report-proceedings");
    // Ten working days from Thursday 16 April 2020: 17, 21–24, 27–30 April and Monday 4 May (20 April and
    // 1 May were days off); thirty calendar days from 4 May: Wednesday 3 June.
    assertThat(StatutoryTerms.WHISTLEBLOWER_REPORT_CHECK_SINCE_2020.dueAfter(Y2020, LocalDate.of(2020, 4, 16)))
        .contains(LocalDate.of(2020, 5, 4));
    assertThat(StatutoryTerms.WHISTLEBLOWER_REPORT_INVESTIGATION_SINCE_2020.dueAfter(Y2020, LocalDate.of(2020, 5, 4)))
        .contains(LocalDate.of(2020, 6, 3));
    // Teaching how to report is not dealing with reports.
    assertThat(StatutoryTerms.resolve(invented("Навчання щодо розгляду повідомлень про корупцію",
        "У строки, визначені законом"))).isEmpty();
  }

  @Test
  void citizensAppealsAreDueWithinAMonthOrFifteenDays() {
    Measure appeals = invented("Забезпечити своєчасний розгляд звернень громадян, у яких повідомляється про"
        + " можливі факти корупції", "У строки, визначені Законом України «Про звернення громадян»");
    assertThat(appeals.deadline().kind()).isEqualTo(DeadlineKind.STATUTORY);
    StatutoryReading r = StatutoryTerms.resolve(appeals, PlanPeriod.ofYear(2024)).orElseThrow();
    assertThat(ids(r)).containsExactly("citizens-appeal", "citizens-appeal-without-study");
    assertThat(r.citations()).isEqualTo("Закон № 393/96-ВР, ст. 20 ч. 1; Закон № 393/96-ВР, ст. 20 ч. 1");
    // Received Thursday 16 April 2020: a month ends on Saturday 16 May, moved to Monday 18 May; fifteen days
    // end on Friday 1 May, a holiday in 2020, moved to Monday 4 May.
    LocalDate received = LocalDate.of(2020, 4, 16);
    assertThat(StatutoryTerms.CITIZENS_APPEAL.dueAfter(Y2020, received)).contains(LocalDate.of(2020, 5, 18));
    assertThat(StatutoryTerms.CITIZENS_APPEAL_WITHOUT_STUDY.dueAfter(Y2020, received))
        .contains(LocalDate.of(2020, 5, 4));
    assertThat(StatutoryTerms.CITIZENS_APPEAL.act().title()).isEqualTo("Закон України «Про звернення громадян»");
  }

  @Test
  void theOptInRuleReportsTheResolvedMeasuresAsInfo() {
    assertThat(PlanValidator.standard().validate(SEED).findings(FindingCodes.STATUTORY_TERM_RESOLVED)).isEmpty();
    List<Finding> found = PlanValidator.standard().with(ValidationRules.statutoryTerms()).validate(SEED)
        .findings(FindingCodes.STATUTORY_TERM_RESOLVED);
    assertThat(found).extracting(Finding::severity, f -> f.path().toString()).containsExactly(
        tuple(Severity.INFO, "3.4/deadline"), tuple(Severity.INFO, "3.5/deadline"),
        tuple(Severity.INFO, "4.3/deadline"), tuple(Severity.INFO, "4.4/deadline"),
        tuple(Severity.INFO, "6.2/deadline"));
    assertThat(found.get(0).messageUk()).isEqualTo("Пункт 3.4: строк «У порядку та строки, визначені Законом"
        + " України» визначено законом: спеціальна перевірка — у строк, що не перевищує двадцяти п'яти"
        + " календарних днів з дня надання згоди на проведення спеціальної перевірки (Закон № 1700-VII, ст. 57 ч. 1)");
    assertThat(found.get(0).messageEn()).isEqualTo("Measure 3.4: the deadline \"У порядку та строки, визначені"
        + " Законом України\" is set by law: special-check (Закон № 1700-VII, ст. 57 ч. 1)");
  }
}
