package io.github.acplan.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The legal data behind {@link UkrainianCalendar}: statutory holidays, the rule that moves a day off
 * from a weekend holiday, Cabinet of Ministers transfers of working days, decreed days off and martial
 * law, each with its source.
 *
 * <h2>Legal sources</h2>
 * <ul>
 *   <li>Labour Code of Ukraine (КЗпП), art. 73 "Святкові і неробочі дні", as amended: the holiday list
 *       (zakon.rada.gov.ua/laws/show/322-08). Amendments used:
 *     <ul>
 *       <li>Resolution of the Verkhovna Rada No. 585-XII (1990): Christmas (7 January), Easter and Trinity
 *           are days off from 1991;</li>
 *       <li>Independence Day: 16 July in 1991 (anniversary of the Declaration of State Sovereignty),
 *           24 August from 1992;</li>
 *       <li>Constitution Day, 28 June: a holiday from 1997 (the Constitution was adopted on 28.06.1996);</li>
 *       <li>7 and 8 November (anniversary of the October Revolution): last observed in 1999;</li>
 *       <li>Law No. 238-VIII of 05.03.2015: 14 October, Defender of Ukraine Day;</li>
 *       <li>Law No. 2211-VIII of 16.11.2017: 25 December, Christmas; 1 May renamed Labour Day, 2 May
 *           removed (from 2018);</li>
 *       <li>Law adopted 31.05.2022 (bill No. 5864): 28 July, Ukrainian Statehood Day;</li>
 *       <li>Law No. 3107-IX of 29.05.2023 (in force 15.06.2023): 8 May, Day of Remembrance and Victory
 *           over Nazism, replaces 9 May (from 2024);</li>
 *       <li>Law No. 3258-IX adopted 14.07.2023 (bill No. 9431, signed 28.07.2023): 7 January removed
 *           (last in 2023), Statehood Day moved to 15 July (from 2024), Defenders Day moved to 1 October
 *           (from 2023).</li>
 *     </ul></li>
 *   <li>Art. 67 part 3: a day off that coincides with a holiday moves to the next working day. Introduced by
 *       Law No. 35/95-ВР of 27.01.1995, suspended by Law No. 785/97-ВР of 23.12.1997 for holidays from
 *       10.01.1998, restored by Law No. 576-XIV of 08.04.1999 (in force on publication) for holidays from
 *       23.04.1999.</li>
 *   <li>Transfers of working days: the Cabinet of Ministers' resolutions (постанови, until 2000) and orders
 *       (розпорядження) "Про перенесення робочих днів", listed in {@link #CABINET_TRANSFERS} with their
 *       numbers. The dates of the transfers follow the machine-readable table of the {@code holidays}
 *       library (github.com/vacanza/holidays, {@code holidays/countries/ukraine.py}, read at commit
 *       c382fdec) and were checked against the published text of the orders from 2008 on.</li>
 *   <li>Decree of the President No. 13/95: 9 January 1995 a day off.</li>
 *   <li>Martial law: Decree of the President No. 64/2022 of 24.02.2022; Law No. 2136-IX of 15.03.2022
 *       "Про організацію трудових відносин в умовах воєнного стану", art. 6 part 6 (signed and published
 *       23.03.2022, in force from the day after publication, 24.03.2022): art. 53, art. 65 part 1, art. 67
 *       parts 3–5 and arts. 71–73 are not applied while martial law lasts. Holidays from 24.02.2022 to
 *       23.03.2022 (7 and 8 March 2022) were still days off. {@link DayReason} cites it.</li>
 * </ul>
 */
final class UkrainianLaw {

  /** The first day of the supported range. */
  static final LocalDate MIN_DATE = LocalDate.of(1991, 1, 1);

  /** The last day of the supported range. */
  static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

  /** Law No. 2136-IX of 15.03.2022, art. 6 part 6, in force from this day. */
  static final LocalDate MARTIAL_LAW_START = LocalDate.of(2022, 3, 24);

  /** Law No. 35/95-ВР of 27.01.1995 introduced art. 67 part 3 (moving a day off from a holiday). */
  private static final LocalDate MOVE_RULE_START = LocalDate.of(1995, 1, 27);

  /** Law No. 785/97-ВР of 23.12.1997: art. 67 part 3 not applied to holidays from 10.01.1998. */
  private static final LocalDate MOVE_RULE_SUSPENDED = LocalDate.of(1998, 1, 10);

  /** Law No. 576-XIV of 08.04.1999, in force on publication: art. 67 part 3 again from 23.04.1999. */
  private static final LocalDate MOVE_RULE_RESTORED = LocalDate.of(1999, 4, 23);

  private UkrainianLaw() {}

  /**
   * A statutory holiday as it stood in art. 73 over a span of years, with the act that put it there in
   * Ukrainian and in English (what {@link UkrainianCalendar#explain} cites).
   */
  private record Rule(int firstYear, int lastYear, String ukrainianName, String englishName,
      IntFunction<LocalDate> date, Basis basis) {

    static Rule fixed(int firstYear, int lastYear, Month month, int day, String uk, String en,
        Basis basis) {
      return new Rule(firstYear, lastYear, uk, en, year -> LocalDate.of(year, month, day), basis);
    }
  }

  /** The legal basis of a holiday: the citation in Ukrainian and in English. */
  record Basis(String ukrainian, String english) {}

  private static final Basis ART_73 = new Basis("КЗпП, ст. 73", "Labour Code, art. 73");
  // Resolution of the Verkhovna Rada No. 585-XII (1990): Christmas, Easter and Trinity days off from 1991.
  private static final Basis ART_73_585 = new Basis("КЗпП, ст. 73; постанова Верховної Ради № 585-XII (1990)",
      "Labour Code, art. 73; Resolution of the Verkhovna Rada No. 585-XII (1990)");
  private static final Basis ART_73_2211 = new Basis("КЗпП, ст. 73 у редакції Закону № 2211-VIII від 16.11.2017",
      "Labour Code, art. 73 as amended by Law No. 2211-VIII of 16.11.2017");
  private static final Basis ART_73_315 = new Basis("КЗпП, ст. 73 у редакції Закону № 315-VIII від 09.04.2015",
      "Labour Code, art. 73 as amended by Law No. 315-VIII of 09.04.2015");
  private static final Basis ART_73_3107 = new Basis("КЗпП, ст. 73 у редакції Закону № 3107-IX від 29.05.2023",
      "Labour Code, art. 73 as amended by Law No. 3107-IX of 29.05.2023");
  private static final Basis ART_73_5864 = new Basis(
      "КЗпП, ст. 73 у редакції закону від 31.05.2022 (законопроєкт № 5864)",
      "Labour Code, art. 73 as amended by the law of 31.05.2022 (bill No. 5864)");
  private static final Basis ART_73_3258 = new Basis("КЗпП, ст. 73 у редакції Закону № 3258-IX від 14.07.2023",
      "Labour Code, art. 73 as amended by Law No. 3258-IX of 14.07.2023");
  private static final Basis ART_73_238 = new Basis("КЗпП, ст. 73 у редакції Закону № 238-VIII від 05.03.2015",
      "Labour Code, art. 73 as amended by Law No. 238-VIII of 05.03.2015");

  private static final int OPEN = Integer.MAX_VALUE;

  /** Article 73 of the Labour Code over time; sources in the class comment and beside each rule. */
  private static final List<Rule> RULES = List.of(
      Rule.fixed(1991, OPEN, Month.JANUARY, 1, "Новий рік", "New Year's Day", ART_73),
      // Resolution No. 585-XII (1990); removed by Law No. 3258-IX (2023): last in 2023.
      Rule.fixed(1991, 2023, Month.JANUARY, 7, "Різдво Христове", "Christmas Day (7 January)", ART_73_585),
      Rule.fixed(1991, OPEN, Month.MARCH, 8, "Міжнародний жіночий день", "International Women's Day", ART_73),
      // Resolution No. 585-XII (1990): one day, Sunday, of Easter and of Trinity.
      new Rule(1991, OPEN, "Великдень (Пасха)", "Easter Sunday", OrthodoxEaster::sunday, ART_73_585),
      new Rule(1991, OPEN, "Трійця", "Trinity Sunday", OrthodoxEaster::trinity, ART_73_585),
      // 1 and 2 May until 2017; Law No. 2211-VIII of 16.11.2017: only 1 May, renamed, from 2018.
      Rule.fixed(1991, 2017, Month.MAY, 1, "День міжнародної солідарності трудящих",
          "International Workers' Solidarity Day", ART_73),
      Rule.fixed(1991, 2017, Month.MAY, 2, "День міжнародної солідарності трудящих",
          "International Workers' Solidarity Day", ART_73),
      Rule.fixed(2018, OPEN, Month.MAY, 1, "День праці", "Labour Day", ART_73_2211),
      // Renamed by Law No. 315-VIII of 09.04.2015 (first observed under the new name in 2016).
      Rule.fixed(1991, 2015, Month.MAY, 9, "День Перемоги", "Victory Day", ART_73),
      Rule.fixed(2016, 2023, Month.MAY, 9,
          "День перемоги над нацизмом у Другій світовій війні (День перемоги)",
          "Day of Victory over Nazism in World War II (Victory Day)", ART_73_315),
      // Law No. 3107-IX of 29.05.2023, in force 15.06.2023.
      Rule.fixed(2024, OPEN, Month.MAY, 8,
          "День пам\u02bcяті та перемоги над нацизмом у Другій світовій війні 1939\u20131945 років",
          "Day of Remembrance and Victory over Nazism in World War II 1939\u20131945", ART_73_3107),
      Rule.fixed(1997, OPEN, Month.JUNE, 28, "День Конституції України", "Constitution Day", ART_73),
      // 1991: Independence Day on 16 July (Declaration of State Sovereignty of 16.07.1990).
      Rule.fixed(1991, 1991, Month.JULY, 16, "День незалежності України", "Independence Day", ART_73),
      // Law adopted 31.05.2022 (bill No. 5864); moved to 15 July by Law No. 3258-IX from 2024.
      Rule.fixed(2022, 2023, Month.JULY, 28, "День Української Державності",
          "Ukrainian Statehood Day", ART_73_5864),
      Rule.fixed(2024, OPEN, Month.JULY, 15, "День Української Державності",
          "Ukrainian Statehood Day", ART_73_3258),
      Rule.fixed(1992, OPEN, Month.AUGUST, 24, "День незалежності України", "Independence Day", ART_73),
      // Law No. 238-VIII of 05.03.2015; renamed in 2021; moved to 1 October by Law No. 3258-IX (2023).
      Rule.fixed(2015, 2020, Month.OCTOBER, 14, "День захисника України", "Defender of Ukraine Day", ART_73_238),
      Rule.fixed(2021, 2022, Month.OCTOBER, 14, "День захисників і захисниць України",
          "Day of Defenders of Ukraine", ART_73),
      Rule.fixed(2023, OPEN, Month.OCTOBER, 1, "День захисників і захисниць України",
          "Day of Defenders of Ukraine", ART_73_3258),
      Rule.fixed(1991, 1999, Month.NOVEMBER, 7, "Річниця Великої Жовтневої соціалістичної революції",
          "Anniversary of the October Revolution", ART_73),
      Rule.fixed(1991, 1999, Month.NOVEMBER, 8, "Річниця Великої Жовтневої соціалістичної революції",
          "Anniversary of the October Revolution", ART_73),
      // Law No. 2211-VIII of 16.11.2017, published 01.12.2017, in force the next day (before 25.12.2017).
      Rule.fixed(2017, OPEN, Month.DECEMBER, 25, "Різдво Христове", "Christmas Day (25 December)", ART_73_2211));

  /**
   * Returns the statutory holidays of a year, ordered by date.
   *
   * @param year a year of the supported range
   * @return the holidays, two on one date when they coincide (Easter on 1 May in 2005 and 2016)
   */
  static List<Holiday> holidaysOf(int year) {
    List<Holiday> result = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.firstYear() <= year && year <= rule.lastYear()) {
        result.add(new Holiday(rule.date().apply(year), rule.ukrainianName(), rule.englishName()));
      }
    }
    Collections.sort(result);
    return List.copyOf(result);
  }

  /**
   * Returns the legal basis of a holiday returned by {@link #holidaysOf}: art. 73 and the act that gave
   * the holiday its date and name.
   *
   * @param holiday a statutory holiday
   * @return its basis
   * @throws IllegalArgumentException if no rule of art. 73 gives this holiday (one made up by a caller)
   */
  static Basis basisOf(Holiday holiday) {
    int year = holiday.date().getYear();
    for (Rule rule : RULES) {
      if (rule.firstYear() <= year && year <= rule.lastYear()
          && rule.ukrainianName().equals(holiday.ukrainianName())
          && rule.date().apply(year).equals(holiday.date())) {
        return rule.basis();
      }
    }
    throw new IllegalArgumentException("No rule of the Labour Code, art. 73 gives " + holiday);
  }

  /** Every holiday of the supported range by date, computed once. */
  static Map<LocalDate, List<Holiday>> holidaysByDate() {
    return HolidayTable.BY_DATE;
  }

  private static final class HolidayTable {
    static final Map<LocalDate, List<Holiday>> BY_DATE = build();

    private static Map<LocalDate, List<Holiday>> build() {
      Map<LocalDate, List<Holiday>> byDate = new HashMap<>();
      for (int year = MIN_DATE.getYear(); year <= MAX_DATE.getYear(); year++) {
        for (Holiday h : holidaysOf(year)) {
          byDate.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h);
        }
      }
      Map<LocalDate, List<Holiday>> frozen = new HashMap<>();
      byDate.forEach((date, list) -> frozen.put(date, List.copyOf(list)));
      return Collections.unmodifiableMap(frozen);
    }
  }

  /**
   * Tells whether art. 67 part 3 moves the day off when this holiday falls on a weekly rest day, judging
   * only by the law in force on the holiday's date (martial law is handled by the calendar).
   *
   * @param holiday the date of the holiday
   * @return false before 27.01.1995 and from 10.01.1998 to 22.04.1999
   */
  static boolean moveRuleApplies(LocalDate holiday) {
    if (holiday.isBefore(MOVE_RULE_START)) {
      return false;
    }
    return holiday.isBefore(MOVE_RULE_SUSPENDED) || !holiday.isBefore(MOVE_RULE_RESTORED);
  }

  /** A day off decreed once, outside art. 73 and the transfer orders. */
  record DecreedDayOff(LocalDate date, String source) {}

  /** Days off decreed once for the whole country. */
  static final List<DecreedDayOff> DECREED_DAYS_OFF = List.of(
      // 7 January 1995 was a Saturday, before art. 67 part 3 existed; the President gave Monday off.
      new DecreedDayOff(LocalDate.of(1995, 1, 9), "Указ Президента України № 13/95"));

  // Acts "Про перенесення робочих днів". Where the date of an act could not be confirmed, only its number
  // and year are given (the zakon.rada.gov.ua identifier is number-year-п for resolutions, -р for orders).
  private static final String P_60_91 = "постанова КМ УРСР № 60 (1991)";
  private static final String P_377_91 = "постанова КМУ № 377 (1991)";
  private static final String P_202_92 = "постанова КМУ № 202 (1992)";
  private static final String P_725_92 = "постанова КМУ № 725 (1992)";
  private static final String P_563_93 = "постанова КМУ № 563 (1993)";
  private static final String P_98_94 = "постанова КМУ № 98 (1994)";
  private static final String P_266_95 = "постанова КМУ № 266 (1995)";
  private static final String P_634_95 = "постанова КМУ № 634 (1995)";
  private static final String P_852_95 = "постанова КМУ № 852 (1995)";
  private static final String P_424_96 = "постанова КМУ № 424 (1996)";
  private static final String P_1547_96 = "постанова КМУ № 1547 (1996)";
  private static final String P_326_97 = "постанова КМУ № 326 (1997)";
  private static final String P_1404_97 = "постанова КМУ № 1404 (1997)";
  private static final String P_2070_98 = "постанова КМУ № 2070 (1998)";
  private static final String P_558_99 = "постанова КМУ № 558 (1999)";
  private static final String P_1433_99 = "постанова КМУ № 1433 (1999)";
  private static final String P_717_2000 = "постанова КМУ № 717 (2000)";
  private static final String P_1251_2000 = "постанова КМУ № 1251 (2000)";
  private static final String A_2001 = "постанова КМУ № 210 (2001) / розпорядження КМУ № 138-р (2001)";
  private static final String R_202_2002 = "розпорядження КМУ № 202-р (2002)";
  private static final String R_705_2002 = "розпорядження КМУ № 705-р (2002)";
  private static final String R_773_2003 = "розпорядження КМУ № 773-р (2003)";
  private static final String A_2005 = "розпорядження КМУ № 936-р (2004) / № 133-р (2005)";
  private static final String A_2006 = "розпорядження КМУ № 490-р / № 562-р (2005)";
  private static final String R_612_2006 = "розпорядження КМУ № 612-р (2006)";
  private static final String R_1059_2007 = "розпорядження КМУ № 1059-р (2007)";
  private static final String R_538_2008 = "розпорядження КМУ від 28.03.2008 № 538-р";
  private static final String R_1458_2008 = "розпорядження КМУ № 1458-р (листопад 2008)";
  private static final String R_1412_2009 = "розпорядження КМУ від 26.11.2009 № 1412-р";
  private static final String R_2130_2010 = "розпорядження КМУ від 15.11.2010 № 2130-р";
  private static final String R_1210_2011 = "розпорядження КМУ від 28.11.2011 № 1210-р";
  private static final String R_715_2012 =
      "розпорядження КМУ від 28.11.2011 № 1210-р у редакції розпорядження від 26.09.2012 № 715-р";
  private static final String R_1043_2012 = "розпорядження КМУ від 19.12.2012 № 1043-р";
  private static final String R_920_2013 = "розпорядження КМУ від 21.11.2013 № 920-р";
  private static final String R_1084_2014 = "розпорядження КМУ від 12.11.2014 № 1084-р";
  private static final String R_1155_2015 = "розпорядження КМУ від 11.11.2015 № 1155-р";
  private static final String R_850_2016 = "розпорядження КМУ від 16.11.2016 № 850-р";
  private static final String R_1_2018 = "розпорядження КМУ від 11.01.2018 № 1-р";
  private static final String R_7_2019 = "розпорядження КМУ від 10.01.2019 № 7-р";
  private static final String R_995_2019 = "розпорядження КМУ від 23.10.2019 № 995-р";
  private static final String R_1191_2020 = "розпорядження КМУ від 30.09.2020 № 1191-р";
  private static final String R_1004_2021 = "розпорядження КМУ № 1004-р (засідання 26.08.2021)";

  private static WorkdayTransfer t(String dayOff, String workedDay, String source) {
    return new WorkdayTransfer(LocalDate.parse(dayOff), LocalDate.parse(workedDay), source);
  }

  /**
   * Every transfer of working days recommended by the Cabinet of Ministers for the five-day week,
   * 1991–2022, in order of the day off. The 2022 order also moved Mon 27 June to Sat 2 July; that transfer
   * fell under martial law and is dropped by the calendar's martial-law rule, not here.
   */
  static final List<WorkdayTransfer> CABINET_TRANSFERS = List.of(
      t("1991-05-03", "1991-05-05", P_60_91),
      t("1991-05-10", "1991-05-12", P_60_91),
      t("1991-07-15", "1991-07-13", P_60_91),
      t("1992-01-06", "1992-01-04", P_377_91),
      t("1992-04-27", "1992-05-16", P_202_92),
      t("1993-01-08", "1993-01-10", P_725_92),
      t("1993-08-23", "1993-08-21", P_563_93),
      t("1994-03-07", "1994-03-05", P_98_94),
      t("1995-05-08", "1995-05-06", P_266_95),
      t("1995-08-25", "1995-08-27", P_634_95),
      t("1995-11-06", "1995-11-04", P_852_95),
      t("1996-05-03", "1996-05-05", P_424_96),
      t("1996-05-10", "1996-05-12", P_424_96),
      t("1997-01-02", "1996-12-28", P_1547_96),
      t("1997-01-06", "1997-01-04", P_1547_96),
      t("1997-01-08", "1997-01-11", P_1547_96),
      t("1997-04-29", "1997-04-19", P_326_97),
      t("1997-04-30", "1997-05-17", P_326_97),
      t("1998-01-02", "1998-01-04", P_1404_97),
      t("1999-01-08", "1999-01-10", P_2070_98),
      t("1999-04-12", "1999-04-24", P_558_99),
      t("1999-08-23", "1999-08-21", P_1433_99),
      t("2000-05-08", "2000-05-06", P_717_2000),
      t("2000-08-25", "2000-08-27", P_1251_2000),
      t("2001-03-09", "2001-03-11", A_2001),
      t("2001-04-30", "2001-04-28", A_2001),
      t("2001-05-10", "2001-05-05", A_2001),
      t("2001-05-11", "2001-05-06", A_2001),
      t("2001-06-29", "2001-06-23", A_2001),
      t("2001-12-31", "2001-12-29", A_2001),
      t("2002-05-03", "2002-05-11", R_202_2002),
      t("2002-12-30", "2002-12-28", R_705_2002),
      t("2002-12-31", "2002-12-29", R_705_2002),
      t("2003-01-06", "2003-01-04", R_705_2002),
      t("2004-01-02", "2004-01-10", R_773_2003),
      t("2004-01-05", "2004-01-17", R_773_2003),
      t("2004-01-06", "2004-01-31", R_773_2003),
      t("2004-08-23", "2004-08-21", R_773_2003),
      t("2005-03-07", "2005-03-05", A_2005),
      t("2005-05-10", "2005-05-14", A_2005),
      t("2005-06-27", "2005-06-25", A_2005),
      t("2006-01-03", "2006-01-21", A_2006),
      t("2006-01-04", "2006-02-04", A_2006),
      t("2006-01-05", "2006-02-18", A_2006),
      t("2006-01-06", "2006-03-11", A_2006),
      t("2006-05-08", "2006-05-06", A_2006),
      t("2006-08-25", "2006-09-09", A_2006),
      t("2007-01-02", "2007-01-20", R_612_2006),
      t("2007-01-03", "2007-01-27", R_612_2006),
      t("2007-01-04", "2007-02-10", R_612_2006),
      t("2007-01-05", "2007-02-24", R_612_2006),
      t("2007-03-09", "2007-03-03", R_612_2006),
      t("2007-04-30", "2007-04-28", R_612_2006),
      t("2007-06-29", "2007-06-16", R_612_2006),
      t("2007-12-31", "2007-12-29", R_612_2006),
      t("2008-01-02", "2008-01-12", R_1059_2007),
      t("2008-01-03", "2008-01-26", R_1059_2007),
      t("2008-01-04", "2008-02-09", R_1059_2007),
      t("2008-04-29", "2008-05-17", R_538_2008),
      t("2008-04-30", "2008-05-31", R_538_2008),
      t("2009-01-02", "2009-01-10", R_1458_2008),
      t("2009-01-05", "2009-01-24", R_1458_2008),
      t("2009-01-06", "2009-02-07", R_1458_2008),
      t("2010-01-04", "2010-01-30", R_1412_2009),
      t("2010-01-05", "2010-02-13", R_1412_2009),
      t("2010-01-06", "2010-02-27", R_1412_2009),
      t("2010-01-08", "2010-03-13", R_1412_2009),
      t("2010-08-23", "2010-08-21", R_1412_2009),
      t("2011-03-07", "2011-03-12", R_2130_2010),
      t("2011-06-27", "2011-06-25", R_2130_2010),
      t("2012-03-09", "2012-03-03", R_1210_2011),
      t("2012-04-30", "2012-04-28", R_1210_2011),
      t("2012-06-29", "2012-07-07", R_1210_2011),
      t("2012-12-31", "2012-12-29", R_715_2012),
      t("2013-05-03", "2013-05-18", R_1043_2012),
      t("2013-05-10", "2013-06-01", R_1043_2012),
      t("2014-01-02", "2014-01-11", R_920_2013),
      t("2014-01-03", "2014-01-25", R_920_2013),
      t("2014-01-06", "2014-02-08", R_920_2013),
      t("2015-01-02", "2015-01-17", R_1084_2014),
      t("2015-01-08", "2015-01-31", R_1084_2014),
      t("2015-01-09", "2015-02-14", R_1084_2014),
      t("2016-01-08", "2016-01-16", R_1155_2015),
      t("2016-03-07", "2016-03-12", R_1155_2015),
      t("2016-06-27", "2016-07-02", R_1155_2015),
      t("2017-05-08", "2017-05-13", R_850_2016),
      t("2017-08-25", "2017-08-19", R_850_2016),
      t("2018-03-09", "2018-03-03", R_1_2018),
      t("2018-04-30", "2018-05-05", R_1_2018),
      t("2018-06-29", "2018-06-23", R_1_2018),
      t("2018-12-24", "2018-12-22", R_1_2018),
      t("2018-12-31", "2018-12-29", R_1_2018),
      t("2019-04-30", "2019-05-11", R_7_2019),
      t("2019-12-30", "2019-12-21", R_7_2019),
      t("2019-12-31", "2019-12-28", R_7_2019),
      t("2020-01-06", "2020-01-11", R_995_2019),
      t("2021-01-08", "2021-01-16", R_1191_2020),
      t("2021-08-23", "2021-08-28", R_1191_2020),
      t("2021-10-15", "2021-10-23", R_1191_2020),
      t("2022-03-07", "2022-03-12", R_1004_2021),
      t("2022-06-27", "2022-07-02", R_1004_2021));
}
