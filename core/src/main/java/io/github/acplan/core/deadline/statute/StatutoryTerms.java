package io.github.acplan.core.deadline.statute;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.ByDate;
import io.github.acplan.core.deadline.Composite;
import io.github.acplan.core.deadline.Conditional;
import io.github.acplan.core.deadline.DateBound;
import io.github.acplan.core.deadline.DateRange;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DuringPeriod;
import io.github.acplan.core.deadline.OnEvent;
import io.github.acplan.core.deadline.PerSchedule;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.deadline.Periodic;
import io.github.acplan.core.deadline.Permanent;
import io.github.acplan.core.deadline.RangeForm;
import io.github.acplan.core.deadline.Statutory;
import io.github.acplan.core.deadline.WithinCalendarDays;
import io.github.acplan.core.deadline.WithinMonths;
import io.github.acplan.core.deadline.WithinWorkingDays;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The catalogue of statutory terms that plans refer to with "У порядку та строки, визначені Законом
 * України", "У терміни, встановлені Порядком" or "у визначені законодавством строки", and the reading of
 * a measure's deadline as those terms.
 *
 * <p>Every term keeps its act, provision and wording ({@link StatutoryTerm}); the wording was checked
 * against the public text named by {@link StatutoryTerm#source()}. The catalogue holds the terms of the
 * Law of Ukraine "On Prevention of Corruption" No. 1700-VII that plans name most (declarations, the notice
 * of a significant change in property, conflicts of interest, special checks, the check of reports of
 * possible corruption), the statement under the Law "On Purification of Government" No. 1682-VII, the
 * NAZK's terms for checking that declarations were filed, the State Anti-Corruption Programme's reports
 * (art. 18-2, 18-3 of Law No. 1700-VII and the NAZK's quarterly report), and two acts that plans' measures
 * on openness refer to: the publication terms of the Law "On Public Procurement" No. 922-VIII and the
 * terms of the Law "On Citizens' Appeals" No. 393/96-ВР. It does not hold the terms of a body's own
 * anti-corruption programme: art. 19 of Law No. 1700-VII sets none for its approval or review, leaving
 * them to the NAZK, and the NAZK's Methodology and submission procedure (order No. 830/21 of 28.12.2021)
 * could not be read beyond their opening sections in a text to quote, so a measure that names such a duty
 * keeps its deadline as written. A third search (December 2026) found of the Methodology only the paginated
 * copy's first and third pages (https://docs.dtkt.ua/doc/z0219-22?page=0 and ?page=2: the order and points
 * 7–10 on probability and consequences), of the procedure and of the procedure of 2017 (NAZK decision No.
 * 1379) only their openings, and the Typical anti-corruption programme of a legal entity of 2017 (NAZK
 * decision No. 75, https://zakon.rada.gov.ua/laws/show/z0326-17/page2) leaves its terms to the entity,
 * "протягом ________ днів (визначається (встановлюється) Юридичною особою)".
 *
 * <p>Where an act changed a term, each wording read is kept with the years it applies to; a plan's
 * measure is read in the wordings of the plan's years, and one whose years no wording read covers (a 2019
 * plan's procurement, whose wording before Law No. 114-IX was not read) stays unresolved.
 *
 * <p>{@link #resolve(Measure, PlanPeriod)} reads a measure whose deadline refers to the law (a
 * {@link Statutory} deadline) or names an event whose term the law sets (an {@link OnEvent} deadline such
 * as "При звільненні/припиненні діяльності особи"), alone or as a part of a composite: the measure's name tells
 * the duty, by the word stems listed with each rule below. A measure whose name names none stays as it is
 * written. The reading never changes the measure.
 */
public final class StatutoryTerms {

  private StatutoryTerms() {}

  private static final String LAW_1700_ART_45 = "https://www.ds-forum.org.ua/questions/chy-potribno-podavaty-e-delaratsiiu-pislia-zvil-nennia/";

  /**
   * The Law "On Prevention of Corruption" on the official portal. The terms that cite it were checked
   * against the portal's text as of 21.02.2026, read in the copy that the public repository
   * github.com/Ansvar-Systems/Ukrainian-law-mcp keeps of it (data/seed/02772-ua-law-1700-18.json,
   * commit 940cd25): the act's own words, not a quotation of them.
   */
  private static final String LAW_1700_TEXT = "https://zakon.rada.gov.ua/laws/show/1700-18";

  /**
   * The Law "On Purification of Government" on the official portal, checked like {@link #LAW_1700_TEXT}
   * against the copy data/seed/02781-ua-law-1682-18.json of the same repository.
   */
  private static final String LAW_1682_TEXT = "https://zakon.rada.gov.ua/laws/show/1682-18";

  /**
   * The Law "On Public Procurement" on the official portal, checked like {@link #LAW_1700_TEXT} against the
   * copy data/seed/02395-ua-law-922-19.json, and its restatement by Law No. 114-IX of 19.09.2019 against
   * data/seed/01787-ua-law-114-20.json of the same repository: the two give the terms below in the same
   * words.
   */
  private static final String LAW_922_TEXT = "https://zakon.rada.gov.ua/laws/show/922-19";

  /**
   * The Law "On Citizens' Appeals" on the official portal, checked like {@link #LAW_1700_TEXT} against the
   * copy data/seed/07300-ua-law-393-96.json of the same repository.
   */
  private static final String LAW_393_TEXT = "https://zakon.rada.gov.ua/laws/show/393/96-вр";

  /**
   * Law No. 198-IX of 17.10.2019 on whistleblowers, which reworded art. 53-2 of Law No. 1700-VII from
   * 1 January 2020, checked against the copy data/seed/01750-ua-law-198-20.json of the same repository.
   */
  private static final String LAW_198_IX_TEXT = "https://zakon.rada.gov.ua/laws/show/198-20";

  /** Month names as a date is written ("15 лютого"); declared before the terms, which use them. */
  private static final List<String> MONTHS_GENITIVE = List.of("січня", "лютого", "березня", "квітня", "травня",
      "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня");

  /**
   * The annual declaration for the past year: "щорічно до 1 квітня" (Law No. 1700-VII, art. 45 part 1,
   * checked against the Law's text; Law No. 140-IX of 02.10.2019 and Law No. 3384-IX of 20.09.2023, both
   * read, changed only the list of persons in that part, not its term). The window runs from 1 January to
   * 31 March: the declaration is for the past year, and "до 1 квітня" ends at midnight before 1 April, as
   * the NAZK's filing procedure words the campaign, "у період з 00 годин 00 хвилин 01 січня до 00 годин 00
   * хвилин 01 квітня року, наступного за звітним роком" (that wording quoted from a council's page,
   * https://plyskivska-gromada.gov.ua/zagalni-pitannya-yaki-stosujutsya-deklaruvannya-12-09-25-05-02-2021/,
   * not from the procedure itself; it is not the Law's, which until December 2026 this term wrongly
   * cited). The window's last day is a fixed date whatever the weekday.
   */
  public static final StatutoryTerm ANNUAL_DECLARATION = yearlyWindow("annual-declaration",
      "щорічна декларація", LegalAct.LAW_1700_VII, "ст. 45 ч. 1", "щорічно до 1 квітня", LAW_1700_TEXT);

  /**
   * The declaration on leaving office, filed no later than the day the activity ends, as a secondary source
   * (a question-and-answer page, {@code source()}) words the term of art. 45 part 2 of Law No. 1700-VII;
   * twenty working days when the employer ended the activity ({@link #DECLARATION_ON_DISMISSAL_BY_EMPLOYER}).
   * <strong>Not checked against the Law:</strong> the Law's text as worded by Law No. 3384-IX of 20.09.2023
   * (read) gives thirty calendar days instead ({@link #DECLARATION_ON_LEAVING_OFFICE_SINCE_2023}), and the
   * wording of part 2 before that law could not be read, so this term may be the NAZK's filing procedure's
   * rather than the Law's. {@link #resolve(Measure, PlanPeriod)} reads "при звільненні" as this term and
   * the two beside it for plan years up to 2023, the year that law came into force, and as the Law's terms
   * of today from 2023 on (both in 2023).
   */
  public static final StatutoryTerm DECLARATION_ON_DISMISSAL = new StatutoryTerm("declaration-on-dismissal",
      "декларація при звільненні", LegalAct.LAW_1700_VII, "ст. 45 ч. 2",
      "не пізніше дня такого припинення",
      new OnEvent("не пізніше дня такого припинення", "при припиненні діяльності"), List.of(),
      LAW_1700_ART_45);

  /**
   * The declaration on leaving office when the employer ended the activity: no later than twenty working
   * days from the day the person learned or should have learned of it, as the secondary source of
   * {@link #DECLARATION_ON_DISMISSAL} words art. 45 part 2 of Law No. 1700-VII; not checked against the
   * Law, whose text today has no such term (see {@link #DECLARATION_ON_LEAVING_OFFICE_SINCE_2023}).
   */
  public static final StatutoryTerm DECLARATION_ON_DISMISSAL_BY_EMPLOYER = withinWorkingDays(
      "declaration-on-dismissal-by-employer", "декларація при звільненні з ініціативи роботодавця",
      LegalAct.LAW_1700_VII, "ст. 45 ч. 2",
      "не пізніше двадцяти робочих днів з дня, коли суб'єкт декларування дізнався чи повинен був дізнатися "
          + "про таке припинення", 20, "з дня, коли суб'єкт декларування дізнався про припинення діяльності",
      LAW_1700_ART_45);

  /**
   * The declaration for the year the activity ended, filed the next year from 1 January to 31 March as an
   * annual one (Law No. 1700-VII, art. 45 part 2; the Law's text today: "до 1 квітня наступного року після
   * року припинення діяльності", the same window; the wording here is a secondary source's).
   */
  public static final StatutoryTerm DECLARATION_AFTER_DISMISSAL = yearlyWindow("declaration-after-dismissal",
      "декларація після звільнення", LegalAct.LAW_1700_VII, "ст. 45 ч. 2",
      "наступного року після припинення діяльності у період з 1 січня по 31 березня",
      "https://oblikbudget.com.ua/news/9319-derjavna-slujba-chi-potrbno-podavati-antikoruptsynu-deklaratsyu-pslya-zvlnennya");

  /**
   * The declaration on leaving office in the Law's text today: "протягом 30 календарних днів з дня
   * припинення відповідної діяльності" (Law No. 1700-VII, art. 45 part 2, as worded by Law No. 3384-IX of
   * 20.09.2023, in force from the day after its publication; both texts read). Read for plan years from
   * 2023 on (see {@link #DECLARATION_ON_DISMISSAL}).
   */
  public static final StatutoryTerm DECLARATION_ON_LEAVING_OFFICE_SINCE_2023 = new StatutoryTerm(
      "declaration-on-leaving-office-since-2023", "декларація при звільненні (редакція Закону № 3384-IX)",
      LegalAct.LAW_1700_VII, "ст. 45 ч. 2",
      "протягом 30 календарних днів з дня припинення відповідної діяльності",
      new WithinCalendarDays("протягом 30 календарних днів з дня припинення відповідної діяльності", 30,
          "з дня припинення відповідної діяльності"),
      List.of(), LAW_1700_TEXT);

  /**
   * The declaration for the year the activity ended, in the Law's text today: "до 1 квітня наступного року
   * після року припинення діяльності" (Law No. 1700-VII, art. 45 part 2, as worded by Law No. 3384-IX of
   * 20.09.2023; both texts read), from 1 January to 31 March as the annual one
   * ({@link #ANNUAL_DECLARATION}). Read for plan years from 2023 on.
   */
  public static final StatutoryTerm DECLARATION_AFTER_LEAVING_OFFICE_SINCE_2023 = yearlyWindow(
      "declaration-after-leaving-office-since-2023", "декларація після звільнення (редакція Закону № 3384-IX)",
      LegalAct.LAW_1700_VII, "ст. 45 ч. 2", "до 1 квітня наступного року після року припинення діяльності",
      LAW_1700_TEXT);

  /**
   * The notice of a significant change in property: "у десятиденний строк з моменту отримання доходу,
   * придбання майна або здійснення видатку" (Law No. 1700-VII, art. 52 part 4, checked against the Law's
   * text; texts of 2017–2020 number it part 2).
   */
  public static final StatutoryTerm SIGNIFICANT_CHANGE_NOTICE = new StatutoryTerm("significant-change-notice",
      "повідомлення про суттєві зміни у майновому стані", LegalAct.LAW_1700_VII, "ст. 52 ч. 4",
      "у десятиденний строк з моменту отримання доходу, придбання майна або здійснення видатку",
      new WithinCalendarDays("у десятиденний строк з моменту отримання доходу, придбання майна або здійснення "
          + "видатку", 10, "з моменту отримання доходу, придбання майна або здійснення видатку"),
      List.of(), LAW_1700_TEXT);

  /**
   * The notice of a conflict of interest: "не пізніше наступного робочого дня з моменту, коли особа
   * дізналася чи повинна була дізнатися про наявність у неї реального чи потенційного конфлікту інтересів"
   * (Law No. 1700-VII, art. 28 part 1 point 2, checked against the Law's text).
   */
  public static final StatutoryTerm CONFLICT_OF_INTEREST_NOTICE = withinWorkingDays(
      "conflict-of-interest-notice", "повідомлення про конфлікт інтересів", LegalAct.LAW_1700_VII,
      "ст. 28 ч. 1 п. 2",
      "не пізніше наступного робочого дня з моменту, коли особа дізналася чи повинна була дізнатися про "
          + "наявність у неї реального чи потенційного конфлікту інтересів", 1,
      "з моменту, коли особа дізналася про конфлікт інтересів", LAW_1700_TEXT);

  /**
   * The manager's decision on a subordinate's conflict of interest: within two working days of receiving
   * the notice (Law No. 1700-VII, art. 28 part 3, checked against the Law's text).
   */
  public static final StatutoryTerm CONFLICT_OF_INTEREST_SETTLEMENT = withinWorkingDays(
      "conflict-of-interest-settlement", "врегулювання конфлікту інтересів", LegalAct.LAW_1700_VII,
      "ст. 28 ч. 3", "протягом двох робочих днів після отримання повідомлення", 2,
      "після отримання повідомлення", LAW_1700_TEXT);

  /**
   * The special check of a candidate for a position: "у строк, що не перевищує двадцяти п'яти календарних
   * днів з дня надання згоди на проведення спеціальної перевірки" (Law No. 1700-VII, art. 57 part 1,
   * checked against the Law's text, which writes the apostrophe as U+2019).
   */
  public static final StatutoryTerm SPECIAL_CHECK = new StatutoryTerm("special-check", "спеціальна перевірка",
      LegalAct.LAW_1700_VII, "ст. 57 ч. 1",
      "у строк, що не перевищує двадцяти п'яти календарних днів з дня надання згоди на проведення спеціальної "
          + "перевірки",
      new WithinCalendarDays("у строк, що не перевищує двадцяти п'яти календарних днів з дня надання згоди на "
          + "проведення спеціальної перевірки", 25, "з дня надання згоди на проведення спеціальної перевірки"),
      List.of(), LAW_1700_TEXT);

  /**
   * The statement on whether the bans of the Law "On Purification of Government" apply, which a person
   * checked submits "не пізніше ніж на десятий день з дня початку проведення перевірки" (Law No. 1682-VII,
   * art. 4 part 2, checked against the Law's text). Until December 2026 this term cited art. 5 part 2 with
   * the words "у десятиденний строк", as an order quoting the Law put it; in the Law, art. 5 part 2 is the
   * Ministry of Justice's duty to draft the procedure. Counted as ten calendar days from the start of the
   * check, its first day the day after (Civil Code art. 253).
   */
  public static final StatutoryTerm PURIFICATION_CHECK_STATEMENT = new StatutoryTerm(
      "purification-check-statement", "заява у перевірці за Законом «Про очищення влади»",
      LegalAct.LAW_1682_VII, "ст. 4 ч. 2", "не пізніше ніж на десятий день з дня початку проведення перевірки",
      new WithinCalendarDays("не пізніше ніж на десятий день з дня початку проведення перевірки", 10,
          "з дня початку проведення перевірки"),
      List.of(), LAW_1682_TEXT);

  /**
   * The check that annual declarations were filed, within ten working days from the last day of filing
   * ("протягом 10-ти робочих днів із граничної дати подання таких декларацій"; NAZK decision No. 19 of
   * 06.09.2016). The campaign's last day is 31 March (art. 45 part 1: until midnight before 1 April), and
   * the term counts from the day after it (Civil Code art. 253): 1–14 April in 2020.
   */
  public static final StatutoryTerm ANNUAL_DECLARATION_FILING_CHECK = new StatutoryTerm(
      "annual-declaration-filing-check", "перевірка факту подання щорічних декларацій",
      LegalAct.NAZK_DECISION_19_2016, "строки перевірки, пп. 1",
      "протягом 10-ти робочих днів із граничної дати подання таких декларацій",
      new WithinWorkingDays("протягом 10-ти робочих днів із граничної дати подання таких декларацій", 10,
          "із граничної дати подання таких декларацій"),
      List.of(MonthDay.of(Month.MARCH, 31)), "https://interbuh.com.ua/ua/documents/onenews/102909");

  /**
   * The check that a declaration on leaving office was filed, within five working days of the end of the
   * activity (NAZK decision No. 19 of 06.09.2016).
   */
  public static final StatutoryTerm DISMISSAL_DECLARATION_FILING_CHECK = withinWorkingDays(
      "dismissal-declaration-filing-check", "перевірка факту подання декларацій при звільненні",
      LegalAct.NAZK_DECISION_19_2016, "строки перевірки, пп. 2",
      "упродовж п'яти робочих днів з дня такого припинення", 5, "з дня припинення діяльності",
      "https://www.depo.ua/ukr/politics/u-nazk-viznachilis-yak-pereviryatimut-podannya-e-deklaratsiy-08112016162800");

  /**
   * The information on the State Anti-Corruption Programme's measures that its executors give the NAZK
   * twice a year: "щороку до 15 лютого та 15 липня" (Law No. 1700-VII, art. 18-2 part 4, added by Law No.
   * 2322-IX of 20.06.2022; both texts read). "До" is read as the schedule's policy for "до" reads it.
   */
  public static final StatutoryTerm STATE_PROGRAMME_INFORMATION = new StatutoryTerm(
      "state-programme-information", "інформація про стан виконання Державної антикорупційної програми",
      LegalAct.LAW_1700_VII, "ст. 18-2 ч. 4", "щороку до 15 лютого та 15 липня",
      yearlyDates("щороку до 15 лютого та 15 липня", MonthDay.of(Month.FEBRUARY, 15),
          MonthDay.of(Month.JULY, 15)),
      List.of(), LAW_1700_TEXT);

  /**
   * The statistical information on the results of their work that the specially authorised anti-corruption
   * bodies and the executors of the State Anti-Corruption Programme give the NAZK: "щорічно до 15 лютого"
   * (Law No. 1700-VII, art. 18-3 part 2, added by Law No. 2322-IX of 20.06.2022; both texts read).
   */
  public static final StatutoryTerm ANTI_CORRUPTION_STATISTICS = new StatutoryTerm(
      "anti-corruption-statistics", "статистична інформація для НАЗК про результати роботи",
      LegalAct.LAW_1700_VII, "ст. 18-3 ч. 2", "щорічно до 15 лютого",
      yearlyDates("щорічно до 15 лютого", MonthDay.of(Month.FEBRUARY, 15)), List.of(), LAW_1700_TEXT);

  /**
   * The quarterly report on the State Anti-Corruption Programme, no later than 15 days after the quarter,
   * with the state as of the quarter's last day (NAZK order No. 134/23 of 28.06.2023, section IV point 1;
   * the NAZK's monitoring of a quarter starts on the 16th: https://dap.nazk.gov.ua/monitoring-info/).
   * The Regulation's own section IV was not read: the term is quoted from the NAZK's pages, which give it
   * twice, in the programme's measure 1.1.1.4.2 that ordered the Regulation ("no later than 15 days after
   * the end of the reporting quarter") and in the report that it was done ("Section IV(1) of this
   * Regulation establishes the obligation … on a quarterly basis"; https://dap.nazk.gov.ua/en/zahid/380).
   * It binds the executors of the State programme, not a body's own anti-corruption programme.
   */
  public static final StatutoryTerm STATE_PROGRAMME_QUARTERLY_REPORT = new StatutoryTerm(
      "state-programme-quarterly-report", "звіт про виконання Державної антикорупційної програми",
      LegalAct.NAZK_ORDER_134_23, "розд. IV п. 1", "не пізніше 15 днів після закінчення кварталу",
      new WithinCalendarDays("не пізніше 15 днів після закінчення кварталу", 15, "після закінчення кварталу"),
      List.of(MonthDay.of(Month.MARCH, 31), MonthDay.of(Month.JUNE, 30), MonthDay.of(Month.SEPTEMBER, 30),
          MonthDay.of(Month.DECEMBER, 31)),
      "https://dap.nazk.gov.ua/monitoring-info/");

  /**
   * The publication of a body's annual procurement plan and of changes to it in the electronic procurement
   * system (Prozorro): "протягом п'яти робочих днів з дня затвердження річного плану та змін до нього" (Law
   * No. 922-VIII, art. 4 part 1, paragraph 2, as restated by Law No. 114-IX of 19.09.2019 and as it reads
   * today; both texts read; the Law writes the apostrophe as U+2019). The term is the Law's for the
   * electronic system; a plan that also names the body's own website sets that part itself. The Law's
   * wording before Law No. 114-IX came into effect (six months after its publication, in 2020) was not
   * read, so plans whose years all precede 2020 do not get this term.
   */
  public static final StatutoryTerm PROCUREMENT_PLAN_PUBLICATION = withinWorkingDays(
      "procurement-plan-publication", "оприлюднення річного плану закупівель та змін до нього",
      LegalAct.LAW_922_VIII, "ст. 4 ч. 1",
      "протягом п'яти робочих днів з дня затвердження річного плану та змін до нього", 5,
      "з дня затвердження річного плану та змін до нього", LAW_922_TEXT);

  /**
   * The publication of a procurement contract and all its annexes in the electronic procurement system:
   * "протягом трьох робочих днів з дня його укладення" (Law No. 922-VIII, art. 10 part 1 point 10, as
   * restated by Law No. 114-IX and as it reads today, which adds the machine-readable format but keeps the
   * term; both texts read). Read for plan years from 2020, as {@link #PROCUREMENT_PLAN_PUBLICATION}.
   */
  public static final StatutoryTerm PROCUREMENT_CONTRACT_PUBLICATION = withinWorkingDays(
      "procurement-contract-publication", "оприлюднення договору про закупівлю", LegalAct.LAW_922_VIII,
      "ст. 10 ч. 1 п. 10", "протягом трьох робочих днів з дня його укладення", 3,
      "з дня укладення договору про закупівлю", LAW_922_TEXT);

  /**
   * The preliminary check of a report of possible corruption received through the internal or regular
   * channels, in the wording of Law No. 198-IX (in force from 1 January 2020): "у строк не більш як десяти
   * робочих днів" (Law No. 1700-VII, art. 53-2 part 3; text read). The wording names no day to count from;
   * {@link StatutoryTerm#dueAfter} counts from the day it is given, the day the report was received.
   */
  public static final StatutoryTerm WHISTLEBLOWER_REPORT_CHECK_SINCE_2020 = withinWorkingDays(
      "whistleblower-report-check-since-2020",
      "попередня перевірка повідомлення про корупцію (редакція Закону № 198-IX)", LegalAct.LAW_1700_VII,
      "ст. 53-2 ч. 3", "у строк не більш як десяти робочих днів", 10, "", LAW_198_IX_TEXT);

  /**
   * The internal (service) check or investigation of a report that follows the preliminary check: "у строк
   * не більше 30 днів з дня завершення попередньої перевірки" (Law No. 1700-VII, art. 53-2 part 3, as
   * worded by Law No. 198-IX; text read), calendar days.
   */
  public static final StatutoryTerm WHISTLEBLOWER_REPORT_INVESTIGATION_SINCE_2020 = new StatutoryTerm(
      "whistleblower-report-investigation-since-2020",
      "внутрішня перевірка за повідомленням про корупцію (редакція Закону № 198-IX)", LegalAct.LAW_1700_VII,
      "ст. 53-2 ч. 3", "у строк не більше 30 днів з дня завершення попередньої перевірки",
      new WithinCalendarDays("у строк не більше 30 днів з дня завершення попередньої перевірки", 30,
          "з дня завершення попередньої перевірки"),
      List.of(), LAW_198_IX_TEXT);

  /**
   * The preliminary review of a report in the Law's text today: "у строк не більше десяти робочих днів з
   * дня внесення цієї інформації до Єдиного порталу повідомлень викривачів" (Law No. 1700-VII, art. 53-2
   * part 3, as worded by Law No. 1502-IX of 01.06.2021; both texts read). Law No. 1502-IX applies this
   * wording once the Unified Whistleblower Portal begins to work, on a day the NAZK decides, and until
   * then keeps the earlier order ({@link #WHISTLEBLOWER_REPORT_CHECK_SINCE_2020}); that day is not in the
   * texts read, but the NAZK wrote on 16.10.2024 that the Portal had worked for over a year, so plans of
   * 2021 to 2023 get both wordings and later plans this one.
   */
  public static final StatutoryTerm WHISTLEBLOWER_REPORT_REVIEW = withinWorkingDays("whistleblower-report-review",
      "попередній розгляд повідомлення викривача", LegalAct.LAW_1700_VII, "ст. 53-2 ч. 3",
      "у строк не більше десяти робочих днів з дня внесення цієї інформації до Єдиного порталу повідомлень "
          + "викривачів", 10, "з дня внесення інформації до Єдиного порталу повідомлень викривачів",
      LAW_1700_TEXT);

  /**
   * The disciplinary proceedings on a report in the Law's text today: "у строк не більше 30 днів з дня
   * завершення попереднього розгляду" (Law No. 1700-VII, art. 53-2 part 3, as worded by Law No. 1502-IX;
   * text read), calendar days, which may be extended once to 45 days.
   */
  public static final StatutoryTerm WHISTLEBLOWER_REPORT_PROCEEDINGS = new StatutoryTerm(
      "whistleblower-report-proceedings", "дисциплінарне провадження за повідомленням викривача",
      LegalAct.LAW_1700_VII, "ст. 53-2 ч. 3", "у строк не більше 30 днів з дня завершення попереднього розгляду",
      new WithinCalendarDays("у строк не більше 30 днів з дня завершення попереднього розгляду", 30,
          "з дня завершення попереднього розгляду"),
      List.of(), LAW_1700_TEXT);

  /**
   * The consideration of a citizen's appeal: "у термін не більше одного місяця від дня їх надходження"
   * (Law No. 393/96-ВР, art. 20 part 1; text read). The same part lets the head of the body set a longer
   * term, "загальний термін вирішення питань, порушених у зверненні, не може перевищувати сорока п'яти
   * днів", which the catalogue does not hold as a term of its own.
   */
  public static final StatutoryTerm CITIZENS_APPEAL = new StatutoryTerm("citizens-appeal",
      "розгляд звернення громадянина", LegalAct.LAW_393_96_VR, "ст. 20 ч. 1",
      "у термін не більше одного місяця від дня їх надходження",
      new WithinMonths("у термін не більше одного місяця від дня їх надходження", 1, "від дня надходження звернення"),
      List.of(), LAW_393_TEXT);

  /**
   * The consideration of an appeal that needs no further study: "невідкладно, але не пізніше п'ятнадцяти
   * днів від дня їх отримання" (Law No. 393/96-ВР, art. 20 part 1; text read), calendar days.
   */
  public static final StatutoryTerm CITIZENS_APPEAL_WITHOUT_STUDY = new StatutoryTerm(
      "citizens-appeal-without-study", "розгляд звернення, яке не потребує додаткового вивчення",
      LegalAct.LAW_393_96_VR, "ст. 20 ч. 1", "невідкладно, але не пізніше п'ятнадцяти днів від дня їх отримання",
      new WithinCalendarDays("невідкладно, але не пізніше п'ятнадцяти днів від дня їх отримання", 15,
          "від дня отримання звернення"),
      List.of(), LAW_393_TEXT);

  private static final List<StatutoryTerm> ALL = List.of(ANNUAL_DECLARATION, DECLARATION_ON_DISMISSAL,
      DECLARATION_ON_DISMISSAL_BY_EMPLOYER, DECLARATION_AFTER_DISMISSAL, DECLARATION_ON_LEAVING_OFFICE_SINCE_2023,
      DECLARATION_AFTER_LEAVING_OFFICE_SINCE_2023, SIGNIFICANT_CHANGE_NOTICE, CONFLICT_OF_INTEREST_NOTICE,
      CONFLICT_OF_INTEREST_SETTLEMENT, SPECIAL_CHECK, PURIFICATION_CHECK_STATEMENT,
      ANNUAL_DECLARATION_FILING_CHECK, DISMISSAL_DECLARATION_FILING_CHECK, STATE_PROGRAMME_INFORMATION,
      ANTI_CORRUPTION_STATISTICS, STATE_PROGRAMME_QUARTERLY_REPORT, PROCUREMENT_PLAN_PUBLICATION,
      PROCUREMENT_CONTRACT_PUBLICATION, WHISTLEBLOWER_REPORT_CHECK_SINCE_2020,
      WHISTLEBLOWER_REPORT_INVESTIGATION_SINCE_2020, WHISTLEBLOWER_REPORT_REVIEW, WHISTLEBLOWER_REPORT_PROCEEDINGS,
      CITIZENS_APPEAL, CITIZENS_APPEAL_WITHOUT_STUDY);

  /** The terms of a duty in the wording of the years from {@code firstYear} to {@code lastYear}, inclusive. */
  private record Wording(int firstYear, int lastYear, List<StatutoryTerm> terms) {

    /** The wording of every year. */
    static Wording always(List<StatutoryTerm> terms) {
      return new Wording(Integer.MIN_VALUE, Integer.MAX_VALUE, terms);
    }

    boolean covers(int first, int last) {
      return firstYear <= last && lastYear >= first;
    }
  }

  /**
   * How a measure's name tells its duty: every pattern must be found in the name (in lower case, spaces
   * collapsed), none of the excluded stems. The first rule that matches gives the terms; the order puts the
   * narrower rules first ("перевірка своєчасності подання декларацій" is a check, not a declaration). A
   * rule's wordings give the terms of a plan's years: every wording whose years meet the plan's, so a plan
   * that spans a change (or falls in its year, whose exact day is not modelled) gets both; a plan whose
   * years no wording read covers gets none, and its measure keeps its deadline unresolved.
   */
  private record Rule(List<Pattern> required, List<String> excluded, List<Wording> wordings) {

    /** A rule whose terms have one wording for every year. */
    static Rule of(List<Pattern> required, List<String> excluded, List<StatutoryTerm> terms) {
      return new Rule(required, excluded, List.of(Wording.always(terms)));
    }

    boolean matches(String name) {
      return required.stream().allMatch(p -> p.matcher(name).find()) && excluded.stream().noneMatch(name::contains);
    }

    List<StatutoryTerm> termsFor(int firstYear, int lastYear) {
      List<StatutoryTerm> out = new ArrayList<>();
      for (Wording w : wordings) {
        if (w.covers(firstYear, lastYear)) {
          out.addAll(w.terms());
        }
      }
      return out;
    }
  }

  /**
   * The year Law No. 3384-IX of 20.09.2023 reworded art. 45 part 2 of Law No. 1700-VII. It came into force
   * the day after its publication, a day the text read does not give; so the whole year reads both ways.
   */
  private static final int LAW_3384_IX_YEAR = 2023;

  /**
   * The year Law No. 114-IX's restatement of Law No. 922-VIII came into effect: six months after its
   * publication, which followed its adoption on 19.09.2019.
   */
  private static final int LAW_114_IX_YEAR = 2020;

  /** The year Law No. 198-IX's wording of art. 53-2 of Law No. 1700-VII came into force (1 January). */
  private static final int LAW_198_IX_YEAR = 2020;

  /**
   * The first year of Law No. 1502-IX's wording of art. 53-2, the year of its adoption. It applies from the
   * day the Unified Whistleblower Portal began to work, which the Law leaves to a NAZK decision not read.
   */
  private static final int LAW_1502_IX_YEAR = 2021;

  /**
   * The last year the earlier wording of art. 53-2 may have applied: on 16.10.2024 the NAZK wrote that the
   * Portal "працює вже понад рік" (https://nazk.gov.ua/uk/novyny/edynyy-portal-povidomlen-vykryvachiv-korotkyy-gayd-z-pidklyuchennya),
   * so it worked through 2024; plans of 2021 to 2023 get both wordings.
   */
  private static final int PORTAL_NOT_YET_WORKING_LAST_YEAR = 2023;

  /** Word stems, each of which must occur somewhere in the name. */
  private static List<Pattern> stems(String... stems) {
    List<Pattern> out = new ArrayList<>();
    for (String stem : stems) {
      out.add(Pattern.compile(Pattern.quote(stem)));
    }
    return out;
  }

  /**
   * The State Anti-Corruption Programme named as such, its words together ("Державної антикорупційної
   * програми") or by its abbreviation "ДАП". The three stems apart are not enough: "звіт про виконання
   * антикорупційної програми районної державної адміністрації" is a body's own programme, whose reporting
   * terms the catalogue does not hold, and "Державна програма щодо реалізації засад державної антикорупційної
   * політики" (2015–2017) had terms of its own.
   */
  private static final Pattern STATE_PROGRAMME = Pattern.compile(
      "державн\\p{L}*\\s+антикорупційн\\p{L}*\\s+програм|(?<!\\p{L})дап(?!\\p{L})");

  /** A report or information on the programme's execution: "звіт", "звітування", "інформація", "інформування". */
  private static final Pattern REPORT = Pattern.compile("звіт|інформ");

  /** The NAZK, by its abbreviation or its name ("Національному агентству з питань запобігання корупції"). */
  private static final Pattern NAZK = Pattern.compile(
      "(?<!\\p{L})назк(?!\\p{L})|національн\\p{L}*\\s+агентств\\p{L}*\\s+з\\s+питань\\s+запобігання\\s+корупції");

  /** Advising on a duty is not the duty: "Надавати консультаційну допомогу … щодо подання декларації". */
  private static final List<String> ADVICE = List.of("консульт", "навчан", "роз'ясн", "роз’ясн");

  /** Publishing on a website or in the procurement system: "оприлюднення", "розміщення", "публікація". */
  private static final Pattern PUBLISH = Pattern.compile("оприлюдн|розміщ|публік");

  /** The annual procurement plan: "річного плану закупівель", "річний план закупівель". */
  private static final Pattern PROCUREMENT_PLAN = Pattern.compile("річн\\p{L}*\\s+план\\p{L}*\\s+закупів");

  /** A procurement contract, named beside "закупів": "договорів", "договору про закупівлю". */
  private static final Pattern CONTRACT = Pattern.compile("договор|договір");

  /**
   * A report of possible corruption under art. 53-2 of Law No. 1700-VII: "повідомлень про корупцію",
   * "повідомлення про можливі факти корупційних … правопорушень", or a whistleblower's report. A citizen's
   * appeal that mentions corruption is not one ({@link #CITIZENS_APPEAL}'s rule).
   */
  private static final Pattern CORRUPTION_REPORT = Pattern.compile(
      "викривач|повідомлен\\p{L}*\\s+про\\s+(можлив\\p{L}*\\s+)?(факт\\p{L}*\\s+)?корупц");

  /** Dealing with a report or an appeal: "розгляд", "перевірка", "опрацювання", "реагування", "вирішення". */
  private static final Pattern CONSIDER = Pattern.compile("розгляд|перевір|опрацюв|реагув|вирішен");

  /** Citizens' appeals: "звернень громадян", "звернення громадян". */
  private static final Pattern CITIZENS_APPEALS = Pattern.compile("звернен\\p{L}*\\s+(\\p{L}+\\s+){0,3}?громадян");

  private static final List<Rule> RULES = List.of(
      Rule.of(stems("перевір", "подання", "деклар"), List.of(),
          List.of(ANNUAL_DECLARATION_FILING_CHECK, DISMISSAL_DECLARATION_FILING_CHECK)),
      new Rule(stems("деклар", "звільн"), ADVICE, List.of(
          new Wording(Integer.MIN_VALUE, LAW_3384_IX_YEAR,
              List.of(DECLARATION_ON_DISMISSAL, DECLARATION_ON_DISMISSAL_BY_EMPLOYER, DECLARATION_AFTER_DISMISSAL)),
          new Wording(LAW_3384_IX_YEAR, Integer.MAX_VALUE,
              List.of(DECLARATION_ON_LEAVING_OFFICE_SINCE_2023, DECLARATION_AFTER_LEAVING_OFFICE_SINCE_2023)))),
      Rule.of(stems("суттєв", "змін", "майнов"), List.of(), List.of(SIGNIFICANT_CHANGE_NOTICE)),
      Rule.of(stems("деклар"), ADVICE, List.of(ANNUAL_DECLARATION)),
      Rule.of(stems("спеціальн", "перевірк"), List.of(), List.of(SPECIAL_CHECK)),
      Rule.of(stems("очищення влади"), List.of(), List.of(PURIFICATION_CHECK_STATEMENT)),
      Rule.of(stems("конфлікт", "інтерес", "врегулюв"), List.of("повідом"),
          List.of(CONFLICT_OF_INTEREST_SETTLEMENT)),
      Rule.of(stems("конфлікт", "інтерес", "повідом"), List.of(), List.of(CONFLICT_OF_INTEREST_NOTICE)),
      Rule.of(List.of(Pattern.compile("статистичн"), NAZK), List.of(), List.of(ANTI_CORRUPTION_STATISTICS)),
      Rule.of(List.of(STATE_PROGRAMME, REPORT), List.of(),
          List.of(STATE_PROGRAMME_INFORMATION, STATE_PROGRAMME_QUARTERLY_REPORT)),
      fromYear(List.of(PUBLISH, PROCUREMENT_PLAN, CONTRACT), LAW_114_IX_YEAR,
          List.of(PROCUREMENT_PLAN_PUBLICATION, PROCUREMENT_CONTRACT_PUBLICATION)),
      fromYear(List.of(PUBLISH, PROCUREMENT_PLAN), LAW_114_IX_YEAR, List.of(PROCUREMENT_PLAN_PUBLICATION)),
      fromYear(List.of(PUBLISH, Pattern.compile("закупів"), CONTRACT), LAW_114_IX_YEAR,
          List.of(PROCUREMENT_CONTRACT_PUBLICATION)),
      new Rule(List.of(CORRUPTION_REPORT, CONSIDER), ADVICE, List.of(
          new Wording(LAW_198_IX_YEAR, PORTAL_NOT_YET_WORKING_LAST_YEAR,
              List.of(WHISTLEBLOWER_REPORT_CHECK_SINCE_2020, WHISTLEBLOWER_REPORT_INVESTIGATION_SINCE_2020)),
          new Wording(LAW_1502_IX_YEAR, Integer.MAX_VALUE,
              List.of(WHISTLEBLOWER_REPORT_REVIEW, WHISTLEBLOWER_REPORT_PROCEEDINGS)))),
      Rule.of(List.of(CITIZENS_APPEALS, CONSIDER), ADVICE, List.of(CITIZENS_APPEAL, CITIZENS_APPEAL_WITHOUT_STUDY)));

  /** A rule whose terms were read only in the wording from {@code year} on: earlier plans get none. */
  private static Rule fromYear(List<Pattern> required, int year, List<StatutoryTerm> terms) {
    return new Rule(required, ADVICE, List.of(new Wording(year, Integer.MAX_VALUE, terms)));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Returns every term of the catalogue, in a stable order.
   *
   * @return the terms
   */
  public static List<StatutoryTerm> all() {
    return ALL;
  }

  /**
   * Finds a term by its identifier.
   *
   * @param id e.g. "special-check"
   * @return the term, or empty if the catalogue has none with that identifier
   */
  public static Optional<StatutoryTerm> byId(String id) {
    Objects.requireNonNull(id, "id");
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Reads a measure's deadline as the statutory terms it refers to, as the acts read today. The deadline
   * must refer to an act ({@link Statutory}) or name an event ({@link OnEvent}), alone, under a condition
   * or as a part of a composite; the measure's name must name a duty of the catalogue. A plan's measure is
   * better read with {@link #resolve(Measure, PlanPeriod)}, which takes the wording of the plan's years.
   *
   * @param measure the measure
   * @return the reading beside the measure's deadline, or empty if the deadline does not refer to the law
   *     or the name names no duty of the catalogue
   */
  public static Optional<StatutoryReading> resolve(Measure measure) {
    return resolve(measure, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /**
   * Reads a measure's deadline as the statutory terms it refers to in the years of a plan. Where an act
   * changed a term, the wording in force in those years is taken: "при звільненні" is read as the terms of
   * art. 45 part 2 before Law No. 3384-IX for plans up to 2023 and as the Law's terms of today from 2023
   * on (both in 2023, and for a plan that spans it). Otherwise as {@link #resolve(Measure)}.
   *
   * @param measure the measure
   * @param period the plan's period
   * @return the reading beside the measure's deadline, or empty if the deadline does not refer to the law
   *     or the name names no duty of the catalogue
   */
  public static Optional<StatutoryReading> resolve(Measure measure, PlanPeriod period) {
    Objects.requireNonNull(period, "period");
    return resolve(measure, period.firstYear(), period.lastYear());
  }

  private static Optional<StatutoryReading> resolve(Measure measure, int firstYear, int lastYear) {
    Objects.requireNonNull(measure, "measure");
    if (!refersToLaw(measure.deadline())) {
      return Optional.empty();
    }
    String name = SPACES.matcher(measure.name().toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
    for (Rule rule : RULES) {
      if (rule.matches(name)) {
        // The first rule that names the duty decides, even when no wording read covers the plan's years.
        List<StatutoryTerm> terms = rule.termsFor(firstYear, lastYear);
        return terms.isEmpty() ? Optional.empty()
            : Optional.of(new StatutoryReading(measure.number(), measure.deadline(), terms));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads every measure of a plan, in plan order, in the wording of the plan's years
   * ({@link #resolve(Measure, PlanPeriod)}).
   *
   * @param plan the plan
   * @return the readings of the measures that resolve
   */
  public static List<StatutoryReading> resolveAll(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<StatutoryReading> out = new ArrayList<>();
    for (Measure m : plan.measures()) {
      resolve(m, plan.period()).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether a deadline leaves its term to the law: it is {@link Statutory} or {@link OnEvent}, under
   * a condition or not, or a composite of such parts with, at most, "Постійно", "за окремим планом" or a
   * whole year ("Протягом року у визначені законодавством строки") beside them: like "Постійно", a whole
   * year only frames the terms the law sets within it. A deadline with a date or a shorter period of its
   * own ("Січень-березень 2020 р. …; у разі потреби (при звільненні …)") sets its own term and does not.
   *
   * @param deadline the deadline
   * @return true if a statutory term may stand for it
   */
  public static boolean refersToLaw(Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    if (deadline instanceof Statutory || deadline instanceof OnEvent) {
      return true;
    }
    if (deadline instanceof Conditional conditional) {
      return refersToLaw(conditional.deadline());
    }
    if (deadline instanceof Composite composite) {
      List<Deadline> parts = composite.parts();
      return parts.stream().anyMatch(StatutoryTerms::refersToLaw)
          && parts.stream().allMatch(p -> refersToLaw(p) || p instanceof Permanent || p instanceof PerSchedule
              || isWholeYear(p));
    }
    return false;
  }

  private static boolean isWholeYear(Deadline deadline) {
    return deadline instanceof DuringPeriod during && during.unit() == PeriodUnit.YEAR;
  }

  // ---------------------------------------------------------------------------------------------

  private static StatutoryTerm withinWorkingDays(String id, String duty, LegalAct act, String provision,
      String wording, int days, String event, String source) {
    return new StatutoryTerm(id, duty, act, provision, wording, new WithinWorkingDays(wording, days, event),
        List.of(), source);
  }

  /** Fixed dates in every year, each "до" the date ("щороку до 15 лютого та 15 липня"). */
  private static Periodic yearlyDates(String wording, MonthDay... dates) {
    List<ByDate> byDates = new ArrayList<>();
    for (MonthDay d : dates) {
      byDates.add(new ByDate((byDates.isEmpty() ? "до " : "") + d.getDayOfMonth() + " "
          + MONTHS_GENITIVE.get(d.getMonthValue() - 1), DateBound.UNTIL, d.getDayOfMonth(), d.getMonth(),
          OptionalInt.empty()));
    }
    return new Periodic(wording, PeriodUnit.YEAR, 1, false, List.of(), OptionalInt.empty(), byDates);
  }

  /** A window from 1 January to 31 March of every year: the declaration campaign. */
  private static StatutoryTerm yearlyWindow(String id, String duty, LegalAct act, String provision,
      String wording, String source) {
    return new StatutoryTerm(id, duty, act, provision, wording,
        new DateRange(wording, RangeForm.DAYS, OptionalInt.empty(), Month.JANUARY, 1, OptionalInt.empty(),
            Month.MARCH, 31), List.of(),
        source);
  }
}
