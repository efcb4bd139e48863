package io.github.acplan.core.deadline;

import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.text.TextNormalization;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the Ukrainian text of a deadline cell ("Строк виконання") into a {@link Deadline}.
 *
 * <p>Obtain one with {@link #forPeriod(PlanPeriod)}; the period resolves relative years ("1 декада
 * січня наступного року"). A phrase without a year has an empty year: it applies
 * in each year of the plan. The parser is tolerant of case, spacing, apostrophe and dash variants, the
 * Unicode noise of copied text (no-break spaces, soft hyphens, zero-width characters: see
 * {@link TextNormalization}), "р."
 * / "року", numerals in words ("двох", "п'яти", "десяти", "2-х") and ordinal decades ("1 декада",
 * "першої декади", "І декада").
 *
 * <p>The grammar, outermost first: parts joined by ";" ({@link Joiner#SEMICOLON}); a deadline followed
 * by a parenthesised one ({@link Joiner#PARENTHESES}, or a {@link Conditional} when the parenthesis is an
 * event or condition such as "(в разі надходження проекту)"); a comma-separated list of phrases that
 * each make sense ({@link Joiner#COMMA}); two phrases one after the other ({@link Joiner#SPACE}); a
 * single phrase. The top-level value keeps the whole text given; each part keeps its own text as
 * written in the cell.
 *
 * <p>Forms grown from other plans' wording (issue 18; {@code deadline-corpus.tsv} in the tests holds the
 * real phrases with their sources): dates without a year that recur every year, listed or after a yearly
 * word ("щороку до 15 лютого, 15 квітня, 15 липня і 15 жовтня", "31 березня, 30 червня, 30 вересня,
 * 31 грудня", "щороку, до 1 квітня", "один раз на рік (до 31 грудня)") are one yearly {@link Periodic}
 * with those dates, a bound written once governing the dates after it; "у період з 00 годин 00 хвилин
 * 01 січня до 00 годин 00 хвилин 01 квітня року, наступного за звітним" is 1 January – 31 March of each
 * plan year; "не пізніше дня такого припинення" and "до дня набрання чинності …" are events, not numbers
 * of days; "на строк до трьох місяців після …" is a term from an event; ordinal days ("до десятого числа
 * місяця, наступного за звітним"), "не пізніше 15 днів після закінчення звітного кварталу", and the
 * abbreviations "щокв.", "IV кв.", "п/р" (протягом року) and "до 01.04"; deadlines labelled by what they
 * apply to ("за … - X за … - Y") are a list.
 *
 * <p>{@link #parse(String)} never throws on any text: what it does not understand is
 * {@link Unrecognized} (or an unrecognized part of a composite, see
 * {@link Deadlines#isRecognized(Deadline)}). This class is immutable and thread-safe.
 */
public final class DeadlineParser {

  /** Deeper nesting of parentheses than any real plan has is left unrecognized. */
  private static final int MAX_DEPTH = 8;

  /** Longer comma lists or phrases than any real cell are not split, to keep parsing linear-ish. */
  private static final int MAX_SPLITS = 16;

  private final PlanPeriod period;

  private DeadlineParser(PlanPeriod period) {
    this.period = period;
  }

  /**
   * Returns a parser for the deadlines of a plan for {@code period}.
   *
   * @param period the plan's period
   * @return the parser
   */
  public static DeadlineParser forPeriod(PlanPeriod period) {
    return new DeadlineParser(Objects.requireNonNull(period, "period"));
  }

  /**
   * Returns the plan period this parser resolves relative years against.
   *
   * @return the period
   */
  public PlanPeriod period() {
    return period;
  }

  /**
   * Reads a deadline. Never throws for any text.
   *
   * @param text the text of the cell, as given
   * @return the deadline, whose {@link Deadline#text()} is {@code text}; {@link Unrecognized} if not
   *     understood
   */
  public Deadline parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      // One cleaning at the edge (no-break spaces, soft hyphens, zero-width characters, NFC): the parts
      // keep the cleaned text, the whole deadline the text as given.
      String cleaned = withoutNumberWords(TextNormalization.cleanToPlainSpaces(text));
      Deadline read = new Run().parse(cleaned, 0);
      if (read instanceof Unrecognized) {
        read = apposition(cleaned).orElse(read);
      }
      return read.withText(text);
    } catch (RuntimeException e) {
      // A defect in a recogniser must not make a plan unreadable: keep the text as it is.
      return new Unrecognized(text);
    }
  }

  /**
   * "протягом 5 (п'яти) робочих днів": a number written again in words in parentheses, as legal texts do,
   * is the number; the words are dropped when they name the same number, and kept otherwise.
   */
  private static String withoutNumberWords(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    Matcher m = NUMBER_IN_WORDS.matcher(normalize(text));
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      Integer said = NUMBER_WORDS.get(m.group("w").strip().replaceAll("\\s+", " "));
      if (said != null && said == Integer.parseInt(m.group("d"))) {
        out.append(text, last, m.start("p"));
        last = m.end("p");
      }
    }
    return last == 0 ? text : out.append(text, last, text.length()).toString();
  }

  /** Digits, then words in parentheses (group p, the words w). */
  private static final Pattern NUMBER_IN_WORDS =
      Pattern.compile("(?<d>\\d{1,3})(?<p>\\s*\\(\\s*(?<w>[\\p{L}' ]{2,40})\\))");

  /**
   * A phrase not understood that sets a second wording beside the first with a dash, "двічі на рік — за
   * кожне півріччя", read as the second in parentheses, "двічі на рік (за кожне півріччя)", when that
   * reading understands every part. Only a fallback: a spaced dash is also a range ("січень – березень"),
   * which the phrase rules read first.
   */
  private java.util.Optional<Deadline> apposition(String text) {
    int at = -1;
    for (String dash : List.of(" — ", " – ")) {
      int i = text.indexOf(dash);
      if (i > 0 && text.indexOf(dash, i + 1) < 0 && text.indexOf('(') < 0 && text.indexOf(')') < 0) {
        at = i;
      }
    }
    if (at < 0) {
      return java.util.Optional.empty();
    }
    String head = text.substring(0, at).strip();
    String tail = text.substring(at + 3).strip();
    if (head.isEmpty() || tail.isEmpty()) {
      return java.util.Optional.empty();
    }
    Deadline read = new Run().parse(head + " (" + tail + ")", 0);
    return understood(read) ? java.util.Optional.of(read) : java.util.Optional.empty();
  }

  /** Whether a reading has no part that was not understood. */
  private static boolean understood(Deadline d) {
    if (d instanceof Unrecognized) {
      return false;
    }
    if (d instanceof Composite c) {
      return c.parts().stream().allMatch(DeadlineParser::understood);
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Structure: ";" > "( )" > "," > " " > phrase

  /** One parse: remembers the readings of substrings, which the list and phrase splits revisit. */
  private final class Run {
    private final Map<String, Deadline> spaced = new HashMap<>();
    private final Map<String, Deadline> parenthesised = new HashMap<>();

    private Deadline parse(String s, int depth) {
      String t = strip(s);
      if (t.isEmpty() || depth > MAX_DEPTH) {
        return new Unrecognized(t);
      }
      List<int[]> semis = splitTopLevel(t, ';');
      if (semis.size() > 1) {
        List<Deadline> parts = new ArrayList<>();
        for (int[] r : semis) {
          String part = strip(t.substring(r[0], r[1]));
          if (!part.isEmpty()) {
            parts.add(parseParenthesised(part, depth + 1));
          }
        }
        if (parts.size() == 1) {
          return parts.get(0).withText(t);
        }
        if (!parts.isEmpty()) {
          return new Composite(t, Joiner.SEMICOLON, parts);
        }
        return new Unrecognized(t);
      }
      return parseParenthesised(t, depth + 1);
    }

    private Deadline parseParenthesised(String t, int depth) {
      if (depth > MAX_DEPTH) {
        return new Unrecognized(t);
      }
      Deadline known = parenthesised.get(t);
      if (known == null) {
        known = parseParenthesisedUncached(t, depth);
        parenthesised.put(t, known);
      }
      return known;
    }

    private Deadline parseParenthesisedUncached(String t, int depth) {
      if (t.endsWith(")")) {
        int open = matchingOpen(t);
        if (open == 0) {
          return parse(t.substring(1, t.length() - 1), depth + 1).withText(t);
        }
        if (open > 0) {
          String head = strip(t.substring(0, open));
          String inner = strip(t.substring(open + 1, t.length() - 1));
          if (!head.isEmpty()) {
            Deadline h = parseParenthesised(head, depth + 1);
            // "з 01.01.2023 до 11.10.2023 (включно)": the qualifier changes nothing, "до" being inclusive here.
            // "19.07.2025 – 01.08.2025 (18:00)": the hour of the last day changes no day either.
            if (inner.isEmpty()
                || (INCLUSIVE_ONLY.matcher(normalize(inner)).matches()
                    || TIME_OF_DAY_ONLY.matcher(normalize(inner)).matches()) && Deadlines.isRecognized(h)) {
              return h.withText(t);
            }
            Deadline months = namedMonths(h, inner, t);
            if (months != null) {
              return months;
            }
            Deadline in = parse(inner, depth + 1);
            if (!Deadlines.isRecognized(in)) {
              // "… поширенню коронавірусної хвороби (COVID-19)": words in parentheses that are no deadline
              // belong to the event a term counts from, which the whole phrase keeps as written.
              Deadline whole = phrase(t);
              if (Deadlines.isRecognized(whole) && endsInFreeText(whole)) {
                return whole;
              }
            }
            Periodic yearly = YearlyDates.joinRefinement(t, h, in);
            if (yearly != null) {
              return yearly;
            }
            if (h instanceof Periodic times && in instanceof Periodic each && sameFrequency(times, each)) {
              // "двічі на рік (за кожне півріччя)": the same frequency in other words; the period names the dates.
              return each.withText(t);
            }
            if (h instanceof Periodic each && in instanceof Periodic refined && YearlyDates.refines(each, refined)) {
              // "Щоквартально (до 10 числа місяця, наступного за звітним кварталом)", "двічі на рік (до 15
              // липня, до 15 січня)": the parentheses say when in each period, or which the times are.
              return refined.withText(t);
            }
            if (in instanceof OnEvent event) {
              // "Постійно (в разі надходження проекту)": an event in parentheses conditions the deadline.
              return new Conditional(t, h, event.event());
            }
            return new Composite(t, Joiner.PARENTHESES, List.of(h, in));
          }
        }
      }
      return parseList(t, depth);
    }

    private Deadline parseList(String t, int depth) {
      Deadline bounded = butNotLater(t, depth);
      if (bounded != null) {
        return bounded;
      }
      Deadline notBefore = butNotEarlier(t, depth);
      if (notBefore != null) {
        return notBefore;
      }
      Deadline atLeast = butAtLeast(t, depth);
      if (atLeast != null) {
        return atLeast;
      }
      Deadline labelled = labelled(t, depth);
      if (labelled != null) {
        return labelled;
      }
      Deadline ended = startThenEnd(t, depth);
      if (ended != null) {
        return ended;
      }
      Deadline explained = colon(t, depth);
      if (explained != null) {
        return explained;
      }
      Deadline whole = parseSpaced(t);
      if (depth > MAX_DEPTH) {
        return whole;
      }
      // Free-text kinds ("при ...", "у порядку ...") would swallow a list of phrases: try the list first.
      if (Deadlines.isRecognized(whole) && !endsInFreeText(whole)) {
        return whole;
      }
      List<int[]> commas = splitTopLevel(t, ',');
      if (commas.size() < 2 || commas.size() > MAX_SPLITS) {
        return whole;
      }
      // The finest split into consecutive comma-separated pieces that each make sense: commas also occur
      // inside phrases ("У порядку та строки, визначені Законом України"), where only the whole does.
      int n = commas.size();
      int[] groups = new int[n + 1];
      int[] from = new int[n + 1];
      Deadline[] last = new Deadline[n + 1];
      Arrays.fill(groups, -1);
      groups[0] = 0;
      for (int i = 1; i <= n; i++) {
        for (int j = 0; j < i; j++) {
          if (groups[j] < 0 || groups[j] + 1 <= groups[i] || j == 0 && i == n) {
            continue; // the whole text is "whole"
          }
          String piece = strip(t.substring(commas.get(j)[0], commas.get(i - 1)[1]));
          Deadline d = piece.isEmpty() ? null
              : piece.endsWith(")") || piece.startsWith("(") ? parseParenthesised(piece, depth + 1)
              : parseSpaced(piece);
          if (d != null && Deadlines.isRecognized(d)) {
            groups[i] = groups[j] + 1;
            from[i] = j;
            last[i] = d;
          }
        }
      }
      if (groups[n] < 2) {
        return whole;
      }
      List<Deadline> parts = new ArrayList<>();
      for (int i = n; i > 0; i = from[i]) {
        parts.add(0, last[i]);
      }
      // "Постійно, щороку до 1 квітня, 1 жовтня": a yearly deadline and the dates after it are one.
      List<Deadline> joined = YearlyDates.joinList(sharedYears(datesOfYears(parts)), t);
      return joined.size() == 1 ? joined.get(0).withText(t)
          : new Composite(t, Joiner.COMMA, joined);
    }

    /**
     * "невідкладно, але не пізніше п’ятнадцяти днів від дня їх отримання": the bound after "але" ("проте") is
     * the deadline when what precedes it only asks for haste, which fixes no day; "щороку, але не пізніше 1
     * квітня" is a yearly deadline with that date, as "щороку (до 1 квітня)" is. Other heads are left to the
     * list split, which reads the bound alone as no deadline.
     *
     * @return the deadline, or null when the text is not of that form
     */
    private Deadline butNotLater(String t, int depth) {
      if (!t.contains("але") && !t.contains("проте")) {
        return null;
      }
      Matcher m = BUT_NOT_LATER.matcher(t);
      if (!m.matches()) {
        return null;
      }
      Deadline bound = parseParenthesised(strip(m.group("bound")), depth + 1);
      if (!Deadlines.isRecognized(bound)) {
        return null;
      }
      String head = strip(m.group("head"));
      if (URGENT.matcher(normalize(head)).matches()) {
        return bound.withText(t);
      }
      Deadline repeated = parseParenthesised(head, depth + 1);
      if (plainPeriodic(repeated) && bound instanceof WithinCalendarDays days) {
        // "щокварталу, але не пізніше ніж на 40 день після закінчення звітного кварталу": days after the end
        // of each period repeated (Law "On Political Parties in Ukraine", art. 17 part 9: the parties' reports).
        Matcher after = AFTER_PERIOD_END.matcher(normalize(days.event()));
        PeriodUnit unit = ((Periodic) repeated).every();
        if (after.matches() && (after.group("u").startsWith("період") || unit(after.group("u")) == unit)
            && days.days() <= MAX_DAYS_AFTER_PERIOD) {
          return afterPeriod(t, unit, days.days());
        }
      }
      return YearlyDates.joinRefinement(t, parseParenthesised(head, depth + 1), bound);
    }

    /**
     * "У міру потреби, але не рідше одного разу на квартал": a duty on an event or a need that must still be
     * done as often as the bound says. Both hold, so it is the list of the two; the bound is what the
     * schedule can count, and the event stays beside it as written.
     *
     * @return the deadline, or null when the text is not of that form
     */
    private Deadline butAtLeast(String t, int depth) {
      if (!t.contains("рідше") && !t.contains("менш")) {
        return null;
      }
      Matcher m = BUT_AT_LEAST.matcher(t);
      if (!m.matches()) {
        return null;
      }
      Deadline head = parseParenthesised(strip(m.group("head")), depth + 1);
      String boundText = strip(m.group("bound"));
      Deadline bound = parseParenthesised(boundText, depth + 1);
      if (!Deadlines.isRecognized(head) || !(bound instanceof Periodic p) || !p.minimum()) {
        return null;
      }
      return new Composite(t, Joiner.COMMA, List.of(head, bound));
    }

    /**
     * "01.03.2023 - грудень2025 р., але не раніше дня припинення чи скасування воєнного стану": a deadline
     * that may not fall before an event. The plan cannot know the event's day, so the event conditions the
     * deadline as a condition in parentheses does ("Постійно (в разі надходження проекту)"), and it prints
     * back that way.
     *
     * @return the deadline, or null when the text is not of that form
     */
    private Deadline butNotEarlier(String t, int depth) {
      if (!t.contains("раніше")) {
        return null;
      }
      Matcher m = BUT_NOT_EARLIER.matcher(t);
      if (!m.matches()) {
        return null;
      }
      Deadline bound = parseParenthesised(strip(m.group("bound")), depth + 1);
      Deadline head = parseParenthesised(strip(m.group("head")), depth + 1);
      if (bound instanceof OnEvent event && Deadlines.isRecognized(head)) {
        return new Conditional(t, head, event.event());
      }
      return null;
    }

    /**
     * "з дня набрання чинності законом … - протягом шести місяців з дня набрання чинності законом …": a
     * start and an end, as the State Anti-Corruption Programme writes its terms ("початок - закінчення").
     * When the start is only the day of an event and the end a term, the end is the deadline; dates on both
     * sides are a range, which the phrase rules read.
     *
     * @return the end, or null when the text is not of that form
     */
    private Deadline startThenEnd(String t, int depth) {
      Matcher m = START_THEN_END.matcher(t);
      if (!m.matches()) {
        return null;
      }
      String startText = strip(m.group("start"));
      String endText = strip(m.group("end"));
      // "01.03.2023 - до підписання закону Президентом України": a dated start and an end that is an event;
      // a date at both ends is a range, which the phrase rules read
      boolean dated = NUMERIC_DATE.matcher(normalize(startText)).matches();
      if (!dated && !(parseParenthesised(startText, depth + 1) instanceof OnEvent)
          && !EVENT_DAY.matcher(normalize(startText)).lookingAt()) {
        return null;
      }
      Deadline end = parseParenthesised(endText, depth + 1);
      if (end instanceof OnEvent) {
        return end.withText(t);
      }
      Deadline months = firstDayToMonth(t, startText, end);
      if (months != null) {
        return months;
      }
      boolean term = end instanceof WithinMonths || end instanceof WithinCalendarDays
          || end instanceof WithinWorkingDays || end instanceof ByDate;
      if (term && !(dated && end instanceof ByDate)) {
        return end.withText(t);
      }
      return null;
    }

    /**
     * "01.03.2023 - грудень2025 р.": a range from a month's first day, written as a date, to a whole month
     * is a range of whole months ("березень 2023 - грудень 2025 р."). A start on another day has no such
     * reading and is left unread.
     *
     * @return the range, or null when the text is not of that form
     */
    private static Deadline firstDayToMonth(String t, String startText, Deadline end) {
      Matcher start = FIRST_DAY_DATE.matcher(normalize(startText));
      if (!start.matches() || !(end instanceof DuringPeriod month) || month.unit() != PeriodUnit.MONTH
          || month.years().size() != 1 || month.lastIndex().isPresent()) {
        return null;
      }
      int startYear = Integer.parseInt(start.group("y"));
      Month startMonth = Month.of(Integer.parseInt(start.group("m")));
      int endYear = month.years().get(0);
      Month endMonth = Month.of(month.index());
      if (YearMonth.of(endYear, endMonth).isBefore(YearMonth.of(startYear, startMonth))) {
        return null;
      }
      return new DateRange(t, RangeForm.MONTHS, OptionalInt.of(startYear), startMonth, 0,
          OptionalInt.of(endYear), endMonth, 0);
    }

    /**
     * "за загальними показниками … - один раз на рік (до 31 грудня) за показниками окремих заходів … -
     * після завершення реалізації відповідних ініціатив": deadlines labelled by what they apply to. The
     * labels are dropped; the deadlines are a list ({@link Joiner#COMMA}). Two labels at least, and none
     * with a digit, so that a numeric range ("01.01.2020 - 31.01.2020") is never read as a label.
     *
     * @return the list, or null when the text is not of that form or a deadline in it is not understood
     */
    private Deadline labelled(String t, int depth) {
      String n = normalize(t);
      if (!n.startsWith("за ")) {
        return null;
      }
      List<Integer> dashes = new ArrayList<>();
      for (int i = n.indexOf(" - "); i >= 0 && dashes.size() <= MAX_SPLITS; i = n.indexOf(" - ", i + 3)) {
        dashes.add(i);
      }
      if (dashes.size() < 2 || dashes.size() > MAX_SPLITS) {
        return null;
      }
      List<Deadline> parts = new ArrayList<>();
      int labelStart = 0;
      for (int k = 0; k < dashes.size(); k++) {
        int dash = dashes.get(k);
        if (!n.startsWith("за ", labelStart) || n.substring(labelStart, dash).matches(".*\\d.*")) {
          return null;
        }
        int end = t.length();
        int nextLabel = -1;
        if (k + 1 < dashes.size()) {
          nextLabel = n.lastIndexOf(" за ", dashes.get(k + 1));
          if (nextLabel <= dash) {
            return null;
          }
          end = nextLabel;
        }
        String part = strip(t.substring(dash + 3, end));
        Deadline d = part.isEmpty() ? new Unrecognized(part) : parse(part, depth + 1);
        if (!Deadlines.isRecognized(d)) {
          return null;
        }
        parts.add(d);
        labelStart = nextLabel + 1;
      }
      return new Composite(t, Joiner.COMMA, parts);
    }

    /**
     * "Двічі на рік: до 15 липня, до 15 січня": what follows a colon details the deadline before it, as
     * words in parentheses do. A colon between digits is a time of day ("18:00") and is left alone.
     *
     * @return the deadline, or null when the text is not of that form or is not understood so
     */
    private Deadline colon(String t, int depth) {
      int at = t.indexOf(':');
      if (at <= 0 || at == t.length() - 1 || t.indexOf(':', at + 1) >= 0
          || Character.isDigit(t.charAt(at - 1)) && Character.isDigit(t.charAt(at + 1))
          || t.indexOf('(') >= 0 || t.indexOf(')') >= 0) {
        return null;
      }
      String head = strip(t.substring(0, at));
      String detail = strip(t.substring(at + 1));
      if (head.isEmpty() || detail.isEmpty()) {
        return null;
      }
      Deadline d = parseParenthesised(head + " (" + detail + ")", depth + 1);
      return Deadlines.isRecognized(d) ? d.withText(t) : null;
    }

    /** Whether a phrase ends in words kept as written, which may have absorbed a following phrase. */
    private static boolean endsInFreeText(Deadline d) {
      return d instanceof OnEvent || d instanceof Statutory || d instanceof PerSchedule
          || d instanceof WithinWorkingDays withinWorkingDays && !withinWorkingDays.event().isEmpty()
          || d instanceof WithinCalendarDays withinCalendarDays && !withinCalendarDays.event().isEmpty()
          || d instanceof WithinMonths withinMonths && !withinMonths.event().isEmpty()
          || d instanceof Composite composite && composite.joiner() == Joiner.SPACE;
    }

    private Deadline parseSpaced(String t) {
      Deadline known = spaced.get(t);
      if (known == null) {
        known = parseSpacedUncached(t);
        spaced.put(t, known);
      }
      return known;
    }

    private Deadline parseSpacedUncached(String t) {
      Deadline whole = phrase(t);
      if (!(whole instanceof Unrecognized)) {
        return whole;
      }
      int splits = 0;
      for (int i = t.indexOf(' '); i > 0 && splits < 2 * MAX_SPLITS; i = t.indexOf(' ', i + 1), splits++) {
        String left = strip(t.substring(0, i));
        String right = strip(t.substring(i + 1));
        if (left.isEmpty() || right.isEmpty()) {
          continue;
        }
        Deadline l = phrase(left);
        if (l instanceof Unrecognized) {
          continue;
        }
        Deadline r = phrase(right);
        if (!(r instanceof Unrecognized)) {
          return new Composite(t, Joiner.SPACE, List.of(l, r));
        }
      }
      return whole;
    }

    /** "Щопівроку (червень, грудень 2020 року)": months named for a periodic deadline. */
    /**
     * "до 1 лютого 2025, 2026, 2027 років": years written bare after a dated day are that day in each year.
     * A year alone elsewhere in a list ("Постійно, 2025 рік") stays the year.
     */
    private List<Deadline> datesOfYears(List<Deadline> parts) {
      List<Deadline> out = new ArrayList<>(parts.size());
      ByDate dated = null;
      for (Deadline part : parts) {
        if (dated != null && part instanceof DuringPeriod year && year.unit() == PeriodUnit.YEAR
            && year.years().size() == 1 && BARE_YEAR.matcher(normalize(year.text())).matches()) {
          dated = new ByDate(year.text(), dated.bound(), dated.day(), dated.month(),
              OptionalInt.of(year.years().get(0)));
          out.add(dated);
          continue;
        }
        dated = part instanceof ByDate date && date.year().isPresent() ? date : null;
        out.add(part);
      }
      return out;
    }

    /**
     * "червень, грудень 2024 року": months named bare and the last with its year are all of that year. Only a
     * month written alone takes the year, so "протягом червня, протягом грудня 2024 року" (as the formatter
     * writes a June of every year beside a December of one) keeps its two readings.
     */
    private List<Deadline> sharedYears(List<Deadline> parts) {
      if (!(parts.get(parts.size() - 1) instanceof DuringPeriod last) || last.unit() != PeriodUnit.MONTH
          || last.years().isEmpty()) {
        return parts;
      }
      List<Deadline> shared = new ArrayList<>(parts.size());
      for (int i = 0; i < parts.size() - 1; i++) {
        if (!(parts.get(i) instanceof DuringPeriod month) || month.unit() != PeriodUnit.MONTH
            || !month.years().isEmpty() || !BARE_MONTH.matcher(normalize(month.text())).matches()) {
          return parts;
        }
        shared.add(new DuringPeriod(month.text(), PeriodUnit.MONTH, month.index(), last.years()));
      }
      shared.add(last);
      return shared;
    }

    private Deadline namedMonths(Deadline head, String inner, String text) {
      if (head instanceof Composite composite && composite.joiner() == Joiner.COMMA) {
        // "За окремим планом, щороку (квітень, грудень)": the months belong to the last phrase.
        List<Deadline> parts = composite.parts();
        Deadline last = parts.get(parts.size() - 1);
        String lastText = text.substring(text.lastIndexOf(last.text()));
        Deadline withMonths = namedMonths(last, inner, lastText);
        if (withMonths == null) {
          return null;
        }
        List<Deadline> list = new ArrayList<>(parts.subList(0, parts.size() - 1));
        list.add(withMonths);
        return new Composite(text, Joiner.COMMA, list);
      }
      if (!(head instanceof Periodic periodic) || !periodic.months().isEmpty()
          || periodic.dayOfNextMonth().isPresent() || periodic.daysAfterPeriod().isPresent()) {
        return null;
      }
      Matcher m = MONTH_LIST.matcher(normalize(inner));
      if (!m.matches()) {
        return null;
      }
      List<Month> months = new ArrayList<>();
      Matcher each = MONTH_NOM_PATTERN.matcher(m.group("ms"));
      while (each.find()) {
        months.add(UkrainianWords.month(each.group()));
      }
      Periodic p = (Periodic) head;
      return new Periodic(text, p.every(), p.times(), p.minimum(), months, Checks.writtenYear(year(m, "y")),
          p.dates());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Phrases

  private Deadline phrase(String t) {
    String n = normalize(t);
    // A final full stop is punctuation ("Постійно."), but keep "р." readable by the year patterns.
    while (!n.isEmpty() && (n.endsWith(".") || n.endsWith(",")) && !n.endsWith(" р.") && !n.endsWith("рр.")) {
      n = n.substring(0, n.length() - 1).stripTrailing();
    }
    if (n.isEmpty()) {
      return new Unrecognized(t);
    }
    Clues clues = new Clues(n);
    for (Rule rule : rules) {
      if (!rule.clue().test(clues)) {
        continue;
      }
      try {
        Deadline d = rule.recognizer().recognize(t, n);
        if (d != null) {
          return d;
        }
      } catch (RuntimeException e) {
        // A phrase that matched but names an impossible date (31 лютого): try the other readings.
      }
    }
    return new Unrecognized(t);
  }

  /** A recogniser of one kind of phrase: returns null when the phrase is not of its kind. */
  private interface Recognizer {
    Deadline recognize(String original, String normalized);
  }

  /**
   * What a phrase contains, looked up once: each rule first asks for the words without which its patterns
   * cannot match, so most sub-phrases tried by the list and space splits cost a few {@code contains} calls
   * instead of a dozen regular-expression matchers (issue 18: measured in {@code DeadlineParseBenchmark}).
   */
  private static final class Clues {
    private static final String[] MONTH_STEMS = {"січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп",
        "верес", "жовт", "листоп", "груд"};

    final String text;
    final boolean digit;
    final boolean month;

    Clues(String normalized) {
      text = normalized;
      boolean d = false;
      for (int i = 0; i < normalized.length() && !d; i++) {
        d = normalized.charAt(i) >= '0' && normalized.charAt(i) <= '9';
      }
      digit = d;
      boolean m = false;
      for (int i = 0; i < MONTH_STEMS.length && !m; i++) {
        m = normalized.contains(MONTH_STEMS[i]);
      }
      month = m;
    }

    boolean has(String... words) {
      for (String w : words) {
        if (text.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A recogniser and the clue without which its patterns cannot match (a necessary condition only). */
  private record Rule(java.util.function.Predicate<Clues> clue, Recognizer recognizer) {}

  private final List<Rule> rules = List.of(
      new Rule(c -> c.text.startsWith("строк") || c.text.startsWith("термін"), this::labelled),
      new Rule(c -> c.has("далі", "подальш"), this::thereafter),
      new Rule(c -> c.has("постійн", "безстроков", "систематичн", "регулярн") || c.text.startsWith("що")
          || c.text.startsWith("кож"), this::permanent),
      new Rule(c -> c.text.startsWith("що") || c.has("раз", "двічі", "кожн"), this::periodic),
      new Rule(c -> c.has("звітним"), this::reportingDay),
      new Rule(c -> c.digit, this::byDate),
      new Rule(c -> c.digit, this::yearlyDates),
      new Rule(c -> c.digit || c.month, this::dateRange),
      new Rule(c -> c.digit, this::hoursRange),
      new Rule(c -> c.has("декад"), this::decade),
      new Rule(c -> c.digit || c.month || c.has("рок", "році", "дії", "п/р", "кв", "півріч"), this::during),
      new Rule(c -> c.has("дн", "ден", "доб", "діб", "місяц", "місяч", "тиж", "рок", "рік", "годин"), this::within),
      new Rule(c -> c.has("план", "графік"), this::perSchedule),
      new Rule(c -> true, this::onEvent),
      new Rule(c -> c.has("строк", "термін", "порядк") || c.text.startsWith("відповідн")
          || c.text.startsWith("згідно") || c.text.startsWith("у відповідн") || c.text.startsWith("в межах"),
          this::statutory));

  /**
   * "надалі – постійно", "далі – щороку": what applies after a first deadline, read as the deadline it
   * names (the list or parentheses it stands in keep the first one beside it).
   */
  private Deadline thereafter(String t, String n) {
    return after(THEREAFTER, t, n);
  }

  /**
   * "Термін – до 01.04.2020", "Строк виконання: щокварталу": the column's own heading typed into the cell,
   * read as the deadline after it (which keeps the whole text).
   */
  private Deadline labelled(String t, String n) {
    return after(LABEL, t, n);
  }

  /** The deadline after the words {@code opening} matches at the start, keeping the whole text; or null. */
  private Deadline after(Pattern opening, String t, String n) {
    Matcher m = opening.matcher(n);
    if (!m.lookingAt() || m.end() == n.length()) {
      return null;
    }
    // normalize keeps every character's place, so the offsets of n are those of t
    Deadline rest = phrase(t.substring(m.end()));
    return Deadlines.isRecognized(rest) ? rest.withText(t) : null;
  }

  private Deadline permanent(String t, String n) {
    return PERMANENT.matcher(n).matches() ? new Permanent(t) : null;
  }

  private Deadline periodic(String t, String n) {
    Matcher m = PERIODIC.matcher(n);
    if (!m.matches()) {
      return null;
    }
    PeriodUnit unit;
    int times = 1;
    boolean minimum = false;
    if (m.group("every") != null) {
      unit = everyUnit(m.group("every"));
    } else {
      unit = unit(m.group("unit"));
      minimum = m.group("min") != null;
      if (m.group("twice") != null) {
        times = 2;
      } else if (m.group("n") != null || m.group("nw") != null) {
        times = number(m, "n", "nw");
      }
    }
    List<ByDate> dates = new ArrayList<>();
    if (m.group("dd") != null) {
      if (unit != PeriodUnit.YEAR) {
        return null;
      }
      String dateText = t.substring(m.start("date"), m.end("date"));
      dates.add(new ByDate(dateText, bound(m.group("db")), Integer.parseInt(m.group("dd")),
          UkrainianWords.month(m.group("dm")), OptionalInt.empty()));
    }
    Optional<Integer> dayOfNextMonth = Optional.empty();
    Optional<Integer> daysAfterPeriod = Optional.empty();
    if (m.group("bare") != null && unit == PeriodUnit.YEAR) {
      return null; // "щороку до 10 числа" names no month of the year
    }
    if (m.group("nx") != null) {
      dayOfNextMonth = Optional.of(Integer.parseInt(m.group("nx")));
    } else if (m.group("nxw") != null) {
      dayOfNextMonth = Optional.of(ORDINAL_DAYS.get(m.group("nxw").replaceAll("\\s+", " ")));
    } else if (m.group("nd") != null) {
      // "не пізніше 15 днів після закінчення звітного кварталу" (NAZK order 134/23, s. IV(1)): a period
      // ends on its month's last day, so N days after it is day N of the next month, for N up to 28.
      int days = Integer.parseInt(m.group("nd"));
      String after = m.group("ndu");
      if (days < 1 || days > MAX_DAYS_AFTER_PERIOD || !after.startsWith("період") && unit(after) != unit
          || times != 1 || minimum) {
        return null;
      }
      Periodic p = afterPeriod(t, unit, days);
      dayOfNextMonth = p.dayOfNextMonth();
      daysAfterPeriod = p.daysAfterPeriod();
    }
    return new Periodic(t, unit, times, minimum, List.of(), OptionalInt.empty(), dates, dayOfNextMonth,
        daysAfterPeriod);
  }

  /** The most days after a period a reporting term is read for: a year's. */
  private static final int MAX_DAYS_AFTER_PERIOD = 366;

  /**
   * A duty due a number of days after each period ends. Periods end on a month's last day, so up to 28
   * days is a fixed day of the next month ("до 15 числа", as the seed's plans write it); more days is a
   * count from the period's end ("на 40 день після закінчення звітного кварталу" is 10 May for the first
   * quarter, as NAZK reads the parties' reports).
   */
  private static Periodic afterPeriod(String text, PeriodUnit unit, int days) {
    return days <= 28
        ? new Periodic(text, unit, 1, false, List.of(), OptionalInt.empty(), List.of(), Optional.of(days))
        : new Periodic(text, unit, 1, false, List.of(), OptionalInt.empty(), List.of(), Optional.empty(),
            Optional.of(days));
  }

  /** Whether {@code d} repeats without anything that fixes its due day: "щокварталу", "щороку". */
  private static boolean plainPeriodic(Deadline d) {
    return d instanceof Periodic p && p.times() == 1 && !p.minimum() && p.months().isEmpty()
        && p.year().isEmpty() && p.dates().isEmpty() && p.dayOfNextMonth().isEmpty()
        && p.daysAfterPeriod().isEmpty();
  }

  /** "до 1 числа місяця, наступного за звітним кварталом": a duty after each period the report names. */
  private Deadline reportingDay(String t, String n) {
    Matcher m = REPORTING_DAY.matcher(n);
    if (!m.matches()) {
      return null;
    }
    int day = m.group("nx") != null ? Integer.parseInt(m.group("nx"))
        : ORDINAL_DAYS.get(m.group("nxw").replaceAll("\\s+", " "));
    return new Periodic(t, unit(m.group("u")), 1, false, List.of(), OptionalInt.empty(), List.of(),
        Optional.of(day));
  }

  /** True if "N разів на рік" says as often as once each of the other's periods, and nothing more. */
  private static boolean sameFrequency(Periodic times, Periodic each) {
    return times.every() == PeriodUnit.YEAR && !times.minimum() && times.months().isEmpty()
        && times.year().isEmpty() && times.dates().isEmpty() && times.dayOfNextMonth().isEmpty()
        && each.times() == 1 && !each.minimum() && each.every() != PeriodUnit.YEAR
        && times.times() * each.every().lengthInMonths() == 12;
  }

  /** The period of "щомісяця", "щокварталу", "щопівроку", "щороку" and of "кожні N місяців" and the like. */
  private static PeriodUnit everyUnit(String every) {
    String e = every.replaceFirst("^за\\s+", "");
    if (e.startsWith("кожн")) {
      String what = e.substring(e.indexOf(' ') + 1).strip();
      if (what.matches("(?:шість|6)\\s+місяців") || what.startsWith("пів")) {
        return PeriodUnit.HALF_YEAR;
      }
      if (what.matches("(?:три|3)\\s+місяців") || what.startsWith("квартал")) {
        return PeriodUnit.QUARTER;
      }
      return what.startsWith("місяц") ? PeriodUnit.MONTH : PeriodUnit.YEAR;
    }
    return e.startsWith("щоміс") ? PeriodUnit.MONTH : e.startsWith("щокв") ? PeriodUnit.QUARTER
        : e.startsWith("щопів") ? PeriodUnit.HALF_YEAR : PeriodUnit.YEAR;
  }

  private Deadline byDate(String t, String n) {
    Matcher m = BY_DATE.matcher(n);
    if (m.matches()) {
      return new ByDate(t, bound(m.group("b")), Integer.parseInt(m.group("d")),
          UkrainianWords.month(m.group("m")), Checks.writtenYear(year(m, "y")));
    }
    m = BY_NUMERIC_DATE.matcher(n);
    if (m.matches()) {
      // "до 01.04" (no year) applies in each year of the plan, like "до 1 квітня".
      boolean yearless = m.group("yy") == null;
      OptionalInt year = yearless ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group("yy")));
      int month = Integer.parseInt(m.group(yearless ? "mm2" : "mm"));
      return new ByDate(t, bound(m.group("b")), Integer.parseInt(m.group("d")), Month.of(month), year);
    }
    return null;
  }

  /**
   * "щороку до 15 лютого, 15 квітня, 15 липня і 15 жовтня", "31 березня, 30 червня, 30 вересня,
   * 31 грудня", "щороку, до 1 квітня": dates without a year that recur every year (see YearlyDates).
   */
  private Deadline yearlyDates(String t, String n) {
    Matcher m = YEARLY_DATES.matcher(n);
    if (!m.matches()) {
      return null;
    }
    OptionalInt listYear = m.group("ly") == null ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(m.group("ly")));
    if (listYear.isPresent() && (m.group("every") != null
        || !LIST_CONJUNCTION.matcher(n.substring(m.start("list"), m.end("list"))).find())) {
      // "щороку до 1 квітня 2025 року" says two different things; and "до 3 листопада, до 18 листопада 2025
      // року", joined by commas only, is how a list of a year-less and a dated deadline is written: the year
      // is every date's only when the list is one phrase, its last dates joined by "та", "і" or "й".
      return null;
    }
    List<ByDate> dates = new ArrayList<>();
    Matcher each = DATE_ITEM.matcher(n).region(m.start("list"), m.end("list"));
    while (each.find()) {
      // A month in figures past 12 throws, and phrase() then tries the other readings.
      Month month = each.group("m") != null ? UkrainianWords.month(each.group("m"))
          : Month.of(Integer.parseInt(each.group("mm")));
      dates.add(new ByDate(t.substring(each.start(), each.end()), bound(each.group("b")),
          Integer.parseInt(each.group("d")), month, listYear));
    }
    if (dates.isEmpty() || m.group("every") == null && dates.size() < 2) {
      return null;
    }
    if (m.group("part") != null
        && dates.size() != (m.group("part").contains("пів") ? 2 : 4)) {
      return null; // "щокварталу до 15 січня" is not a date for each quarter
    }
    if (listYear.isPresent()) {
      // Dates of one year are a list of deadlines, not a yearly schedule (issue 18: several dates a year
      // are periodic, a list of dates in one year a set of by-date deadlines).
      return new Composite(t, Joiner.COMMA, new ArrayList<>(dates));
    }
    return YearlyDates.withDates(t, Deadlines.yearly(), dates);
  }

  /**
   * The declaration campaign as the law words it: "у період з 00 годин 00 хвилин 01 січня до 00 годин
   * 00 хвилин 01 квітня року, наступного за звітним" (Law "On Prevention of Corruption", art. 45 part 1).
   * Midnight at the start of 1 April ends the period, so its last day is 31 March. "Року, наступного за
   * звітним" is each year of the plan: the campaign held in it reports on the year before.
   */
  private Deadline hoursRange(String t, String n) {
    Matcher m = HOURS_RANGE.matcher(n);
    if (!m.matches()) {
      return null;
    }
    Month first = UkrainianWords.month(m.group("m1"));
    int d1 = Integer.parseInt(m.group("d1"));
    // A common year: "до 00 годин 00 хвилин 01 березня" ends on 28 February, as in three years of four.
    java.time.LocalDate end = java.time.LocalDate.of(2001, UkrainianWords.month(m.group("m2")),
        Integer.parseInt(m.group("d2")));
    if (m.group("h2") != null || m.group("h2c") != null) {
      end = end.minusDays(1);
    }
    java.time.LocalDate start = java.time.LocalDate.of(2001, first, d1);
    if (end.isBefore(start)) {
      return null;
    }
    // "з 00:00 1 січня до 23:59 31 січня 2026 року": the year written once is the whole range's.
    int y = year(m, "y2");
    OptionalInt written = Checks.writtenYear(y);
    return new DateRange(t, RangeForm.DAYS, written, first, d1, written, end.getMonth(), end.getDayOfMonth());
  }

  private Deadline dateRange(String t, String n) {
    Matcher m = RANGE_MONTHS.matcher(n);
    if (m.matches()) {
      Month first = UkrainianWords.month(m.group("m1"));
      Month last = UkrainianWords.month(m.group("m2"));
      int[] years = years(year(m, "y1"), year(m, "y2"), first.compareTo(last) > 0);
      return new DateRange(t, RangeForm.MONTHS, Checks.writtenYear(years[0]), first, 0,
          Checks.writtenYear(years[1]), last, 0);
    }
    m = RANGE_DAYS.matcher(n);
    if (m.matches()) {
      Month last = UkrainianWords.month(m.group("m2"));
      Month first = m.group("m1") == null ? last : UkrainianWords.month(m.group("m1"));
      int d1 = Integer.parseInt(m.group("d1"));
      int d2 = Integer.parseInt(m.group("d2"));
      if (m.group("m1") == null && d1 >= d2) {
        return null; // "31-1 січня" is no range of one month
      }
      boolean wraps = first.compareTo(last) > 0 || first == last && d1 > d2;
      int[] years = years(year(m, "y1"), year(m, "y2"), wraps);
      return new DateRange(t, RangeForm.DAYS, Checks.writtenYear(years[0]), first, d1,
          Checks.writtenYear(years[1]), last, d2);
    }
    m = RANGE_HALVES.matcher(n);
    if ((n.contains("півр") || n.contains("п/р")) && m.matches()) {
      // "ІІ півріччя 2024 р. – І півріччя 2025 р.": whole months, as quarters over a year's end are
      int h1 = ordinal(m.group("h1"));
      int h2 = ordinal(m.group("h2"));
      int[] years = years(year(m, "y1"), year(m, "y2"), h1 > h2);
      if (h1 < 1 || h1 > 2 || h2 < 1 || h2 > 2 || years[0] == NO_YEAR || years[1] != years[0] + 1) {
        return null;
      }
      return new DateRange(t, RangeForm.MONTHS, OptionalInt.of(years[0]), Month.of(6 * h1 - 5), 0,
          OptionalInt.of(years[1]), Month.of(6 * h2), 0);
    }
    m = RANGE_QUARTERS.matcher(n);
    if (m.matches()) {
      // "IV квартал 2024 – I квартал 2025 року": whole months, from the first quarter's first month to
      // the last quarter's last; a range within one year stays a during-period of quarters
      int q1 = ordinal(m.group("q1"));
      int q2 = ordinal(m.group("q2"));
      int[] years = years(year(m, "y1"), year(m, "y2"), q1 > q2);
      if (q1 < 1 || q2 < 1 || years[0] == NO_YEAR || years[1] != years[0] + 1) {
        return null;
      }
      return new DateRange(t, RangeForm.MONTHS, OptionalInt.of(years[0]), Month.of(3 * q1 - 2), 0,
          OptionalInt.of(years[1]), Month.of(3 * q2), 0);
    }
    m = RANGE_NUMERIC.matcher(n);
    if (m.matches()) {
      boolean shared = m.group("nm1") == null;
      int d1 = Integer.parseInt(m.group("nd1"));
      int d2 = Integer.parseInt(m.group("nd2"));
      if (shared && d1 >= d2) {
        return null;
      }
      return new DateRange(t, RangeForm.NUMERIC, OptionalInt.of(Integer.parseInt(m.group(shared ? "ny2" : "ny1"))),
          Month.of(Integer.parseInt(m.group(shared ? "nm2" : "nm1"))), d1,
          OptionalInt.of(Integer.parseInt(m.group("ny2"))), Month.of(Integer.parseInt(m.group("nm2"))), d2);
    }
    return null;
  }

  /** Completes the years of a range where only one end names it ("Січень-березень 2020 р."). */
  private static int[] years(int start, int end, boolean wrapsYearEnd) {
    if (start == NO_YEAR && end != NO_YEAR) {
      start = wrapsYearEnd ? end - 1 : end;
    } else if (end == NO_YEAR && start != NO_YEAR) {
      end = wrapsYearEnd ? start + 1 : start;
    }
    return new int[] {start, end};
  }

  private Deadline decade(String t, String n) {
    Matcher m = DECADE.matcher(n);
    if (!m.matches()) {
      return null;
    }
    int decade = ordinal(m.group("o"));
    return decade < 1 ? null : new Decade(t, decade, UkrainianWords.month(m.group("m")),
        Checks.writtenYear(year(m, "y")));
  }

  private Deadline during(String t, String n) {
    if (DURING_YEAR.matcher(n).matches()) {
      return new DuringPeriod(t, PeriodUnit.YEAR, 1, List.of());
    }
    Matcher m = DURING_YEARS.matcher(n);
    if (m.matches()) {
      return new DuringPeriod(t, PeriodUnit.YEAR, 1, yearList(m.group("ys")));
    }
    m = DURING_NEXT_YEAR.matcher(n);
    if (m.matches()) {
      int y = year(m, "y");
      return new DuringPeriod(t, PeriodUnit.YEAR, 1, y == NO_YEAR ? List.of() : List.of(y));
    }
    m = DURING_PART.matcher(n);
    if (m.matches()) {
      PeriodUnit unit = m.group("u").startsWith("пів") ? PeriodUnit.HALF_YEAR : PeriodUnit.QUARTER;
      int index = ordinal(m.group("o"));
      if (index < 1) {
        return null;
      }
      return new DuringPeriod(t, unit, index, partYears(m));
    }
    m = DURING_QUARTERS.matcher(n);
    if (m.matches()) {
      int first = ordinal(m.group("q1"));
      int last = ordinal(m.group("q2"));
      return first < 1 || last <= first ? null
          : new DuringPeriod(t, PeriodUnit.QUARTER, first, partYears(m), Optional.of(last));
    }
    m = DURING_QUARTER_LIST.matcher(n);
    if (n.contains("кв") && m.matches()) {
      List<Integer> years = partYears(m);
      List<Deadline> quarters = new ArrayList<>();
      for (String number : m.group("qs").split(LIST_SEPARATOR)) {
        int index = ordinal(number.strip());
        if (index < 1) {
          return null;
        }
        DuringPeriod quarter = new DuringPeriod(t, PeriodUnit.QUARTER, index, years);
        quarters.add(quarter.withText(DeadlineFormatter.format(quarter)));
      }
      return new Composite(t, Joiner.COMMA, quarters);
    }
    m = DURING_MONTH.matcher(n);
    if (m.matches()) {
      String month = m.group("m") != null ? m.group("m") : m.group("mn");
      return new DuringPeriod(t, PeriodUnit.MONTH, UkrainianWords.month(month).getValue(), partYears(m));
    }
    return null;
  }

  private List<Integer> partYears(Matcher m) {
    if (m.group("ys") != null) {
      return yearList(m.group("ys"));
    }
    // "кожного року" (every year) and the other words name no single year: each year of the plan.
    if (m.group("ysw") != null && m.group("ysw").startsWith("наступн")) {
      return List.of(period.lastYear() + 1);
    }
    return List.of();
  }

  /** "2023 та 2025", "2022-2024", "2022, 2023 і 2025": ascending distinct years. */
  private static List<Integer> yearList(String s) {
    Matcher range = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})").matcher(s);
    if (range.matches()) {
      int a = Integer.parseInt(range.group(1));
      int b = Integer.parseInt(range.group(2));
      if (b < a || b - a > 50) {
        throw new IllegalArgumentException("not a range of years: " + s);
      }
      List<Integer> years = new ArrayList<>();
      for (int y = a; y <= b; y++) {
        years.add(y);
      }
      return years;
    }
    Matcher each = Pattern.compile("\\d{4}").matcher(s);
    List<Integer> years = new ArrayList<>();
    while (each.find()) {
      years.add(Integer.parseInt(each.group()));
    }
    return years;
  }

  private Deadline within(String t, String n) {
    Matcher nth = WITHIN_NTH_DAY.matcher(n);
    if (nth.matches()) {
      // "не пізніше ніж на сороковий день після закінчення …": the N-th day after an event is a term of N
      // calendar days from it.
      int count = nth.group("n") != null ? Integer.parseInt(nth.group("n")) : DAY_ORDINALS.get(nth.group("ow"));
      return count < 1 ? null : new WithinCalendarDays(t, count, event(t, nth));
    }
    Matcher m = WITHIN.matcher(n);
    if (m.matches() && m.group("n") == null && m.group("nw") == null && m.group("unit").matches("дня|день")
        && m.group("pre") != null && m.group("pre").startsWith("не")) {
      // "не пізніше дня такого припинення" names the day of an event, not a number of days.
      return null;
    }
    if (m.matches() && (m.group("pre") != null || m.group("n") != null || m.group("nw") != null)) {
      int count = m.group("n") == null && m.group("nw") == null ? 1 : number(m, "n", "nw");
      String event = event(t, m);
      String unit = m.group("unit");
      if (unit.matches("(?:календарн\\p{L}*\\s+)?(?:року|років|роки|рік)")) {
        // "протягом року з дня припинення відповідної діяльності", "протягом трьох років після припинення
        // такої діяльності": years counted from an event are months (Civil Code art. 254 part 2: a year ends
        // in the same month and day). A single year needs a starting day ("з дня …", "від дати …"): else
        // "протягом року" is the plan's year, which the rule for periods reads, and "Протягом року у
        // визначені законодавством строки" or "Протягом року після затвердження бюджету" stay two phrases,
        // as the formatter writes such pairs. A number of years is never the plan's year. "Протягом одного
        // календарного року з дня першого перерахування …" is the same term.
        boolean counted = m.group("n") != null || m.group("nw") != null;
        Pattern start = counted ? YEARS_TERM_START : YEAR_TERM_START;
        return start.matcher(normalize(event)).lookingAt()
            ? new WithinMonths(t, Math.multiplyExact(count, 12), event) : null;
      }
      if (unit.startsWith("робоч")) {
        return new WithinWorkingDays(t, count, event);
      }
      if (unit.startsWith("місяц")) {
        return new WithinMonths(t, count, event);
      }
      if (unit.startsWith("годин")) {
        // "протягом 24 (48, 72) годин" is as many days ("протягом доби"); other hours fall inside a day,
        // which a deadline kept to the day cannot say.
        return count % HOURS_PER_DAY != 0 ? null : new WithinCalendarDays(t, count / HOURS_PER_DAY, event);
      }
      // A term of weeks ends on the same day of the last week (Civil Code art. 254 part 4): 7 days each.
      return new WithinCalendarDays(t, unit.startsWith("тиж") ? Math.multiplyExact(count, 7) : count, event);
    }
    m = WITHIN_ADJECTIVE.matcher(n);
    if (m.matches()) {
      int count = m.group("adj").isEmpty() ? 1 : numberStem(m.group("adj"));
      if (count < 1) {
        return null;
      }
      String event = event(t, m);
      if (m.group("kind").startsWith("місяч")) {
        return new WithinMonths(t, count, event);
      }
      if (m.group("kind").startsWith("тиж")) {
        return new WithinCalendarDays(t, Math.multiplyExact(count, 7), event);
      }
      return m.group("work") != null ? new WithinWorkingDays(t, count, event)
          : new WithinCalendarDays(t, count, event);
    }
    return null;
  }

  private static final int HOURS_PER_DAY = 24;

  private static String event(String t, Matcher m) {
    return UkrainianWords.decapitalize(strip(t.substring(m.start("rest"), Math.min(m.end("rest"), t.length()))));
  }

  private Deadline perSchedule(String t, String n) {
    Matcher m = PER_SCHEDULE.matcher(n);
    return m.matches() ? new PerSchedule(t, strip(t.substring(m.start("doc"), m.end("doc")))) : null;
  }

  private Deadline onEvent(String t, String n) {
    return ON_EVENT.matcher(n).matches() ? new OnEvent(t, UkrainianWords.decapitalize(strip(t))) : null;
  }

  private Deadline statutory(String t, String n) {
    return STATUTORY_OPENING.matcher(n).find() && STATUTORY_ACT.matcher(n).find()
        && STATUTORY_TERM.matcher(n).find() || STATUTORY_LAW.matcher(n).matches()
        ? new Statutory(t, UkrainianWords.decapitalize(strip(t))) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  /** The year of a phrase that names none, inside the parser only: values carry an empty year. */
  private static final int NO_YEAR = 0;

  private int year(Matcher m, String group) {
    String digits = m.group(group);
    if (digits != null) {
      return Integer.parseInt(digits);
    }
    String word = m.group(group + "w");
    if (word != null && word.startsWith("наступн")) {
      return period.lastYear() + 1;
    }
    if (m.group(group + "e") != null) {
      return period.lastYear();
    }
    return NO_YEAR;
  }

  private static DateBound bound(String word) {
    if (word == null) {
      return DateBound.ON;
    }
    return word.contains("пізніш") ? DateBound.NOT_LATER_THAN : DateBound.UNTIL;
  }

  private static PeriodUnit unit(String word) {
    if (word.matches("(?:три|3)\\s+місяц\\p{L}*")) {
      return PeriodUnit.QUARTER;
    }
    if (word.matches("(?:шість|6)\\s+місяц\\p{L}*")) {
      return PeriodUnit.HALF_YEAR;
    }
    if (word.startsWith("місяц")) {
      return PeriodUnit.MONTH;
    }
    if (word.startsWith("квартал")) {
      return PeriodUnit.QUARTER;
    }
    if (word.startsWith("пів")) {
      return PeriodUnit.HALF_YEAR;
    }
    return PeriodUnit.YEAR;
  }

  private static int number(Matcher m, String digits, String words) {
    if (m.group(digits) != null) {
      return Integer.parseInt(m.group(digits));
    }
    String w = m.group(words);
    if (w.startsWith("наступн")) {
      return 1;
    }
    Integer n = NUMBER_WORDS.get(w);
    if (n == null) {
      throw new IllegalArgumentException("not a number: " + w);
    }
    return n;
  }

  /** "десяти" of "десятиденний", "три" of "триденний", "15-" of "15-денний". */
  private static int numberStem(String stem) {
    String s = stem.endsWith("-") ? stem.substring(0, stem.length() - 1) : stem;
    if (s.matches("\\d{1,3}")) {
      return Integer.parseInt(s);
    }
    for (Map.Entry<String, Integer> e : NUMBER_STEMS.entrySet()) {
      if (e.getKey().equals(s)) {
        return e.getValue();
      }
    }
    return -1;
  }

  /** 1..4 from "1", "1-а", "i", "іі", "першої", "другому", "четвертого"; -1 if not an ordinal. */
  private static int ordinal(String word) {
    String w = word.replaceAll("\\s", "");
    if (w.matches("\\d.*")) {
      return w.charAt(0) - '0';
    }
    String roman = w.replace('і', 'i').replace('в', 'v');
    switch (roman) {
      case "i":
        return 1;
      case "ii":
        return 2;
      case "iii":
        return 3;
      case "iv":
        return 4;
      default:
        break;
    }
    if (w.startsWith("перш")) {
      return 1;
    }
    if (w.startsWith("друг")) {
      return 2;
    }
    if (w.startsWith("трет")) {
      return 3;
    }
    if (w.startsWith("четверт")) {
      return 4;
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Text helpers

  /**
   * Lower-cases and unifies apostrophes, dashes and spaces one character for one
   * ({@link TextNormalization#fold(CharSequence)}), so that positions in the normalized text are
   * positions in the original.
   */
  static String normalize(String s) {
    char[] c = new char[s.length()];
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(TextNormalization.fold(s.charAt(i)));
    }
    return new String(c);
  }

  private static String strip(String s) {
    String t = s.strip();
    // Stray separators at the ends ("Постійно;", ", протягом року") belong to no part.
    int start = 0;
    int end = t.length();
    while (start < end && (t.charAt(start) == ';' || t.charAt(start) == ',')) {
      start++;
    }
    while (end > start && (t.charAt(end - 1) == ';' || t.charAt(end - 1) == ',')) {
      end--;
    }
    return t.substring(start, end).strip();
  }

  /** Ranges [start, end) of the pieces between {@code separator}s outside parentheses. */
  private static List<int[]> splitTopLevel(String t, char separator) {
    List<int[]> ranges = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth = Math.max(0, depth - 1);
      } else if (ch == separator && depth == 0) {
        ranges.add(new int[] {start, i});
        start = i + 1;
      }
    }
    ranges.add(new int[] {start, t.length()});
    return ranges;
  }

  /** The index of the "(" that the final ")" closes, or -1 if unbalanced. */
  private static int matchingOpen(String t) {
    int depth = 0;
    for (int i = t.length() - 1; i >= 0; i--) {
      char ch = t.charAt(i);
      if (ch == ')') {
        depth++;
      } else if (ch == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Patterns, over normalized text (lower case, "'" apostrophes, "-" dashes)

  private static final Map<String, Integer> NUMBER_WORDS = new LinkedHashMap<>();
  private static final Map<String, Integer> NUMBER_STEMS = new LinkedHashMap<>();

  static {
    Object[][] words = {
        {1, "один", "одного", "одна", "однієї", "одну", "одним"}, {2, "два", "дві", "двох"},
        {3, "три", "трьох"}, {4, "чотири", "чотирьох"}, {5, "п'ять", "п'яти", "пяти"},
        {6, "шість", "шести"}, {7, "сім", "семи"}, {8, "вісім", "восьми"},
        {9, "дев'ять", "дев'яти"}, {10, "десять", "десяти"}, {11, "одинадцять", "одинадцяти"},
        {12, "дванадцять", "дванадцяти"}, {13, "тринадцять", "тринадцяти"},
        {14, "чотирнадцять", "чотирнадцяти"}, {15, "п'ятнадцять", "п'ятнадцяти"},
        {20, "двадцять", "двадцяти"}, {30, "тридцять", "тридцяти"}, {45, "сорок п'ять", "сорока п'яти"},
        {60, "шістдесят", "шістдесяти"}, {90, "дев'яносто"}};
    for (Object[] row : words) {
      for (int i = 1; i < row.length; i++) {
        NUMBER_WORDS.put((String) row[i], (Integer) row[0]);
      }
    }
    Object[][] stems = {{1, "одно"}, {2, "дво"}, {3, "три"}, {4, "чотири"}, {5, "п'яти"}, {6, "шести"},
        {7, "семи"}, {8, "восьми"}, {9, "дев'яти"}, {10, "десяти"}, {14, "чотирнадцяти"},
        {15, "п'ятнадцяти"}, {20, "двадцяти"}, {30, "тридцяти"}};
    for (Object[] row : stems) {
      NUMBER_STEMS.put((String) row[1], (Integer) row[0]);
    }
  }

  private static String alternatives(java.util.Collection<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static final String MONTH_NOM = "(?:" + String.join("|", UkrainianWords.MONTH_NOMINATIVE) + ")";
  private static final Pattern MONTH_NOM_PATTERN = Pattern.compile(MONTH_NOM);
  private static final String MONTH_GEN = "(?:" + String.join("|", UkrainianWords.MONTH_GENITIVE) + ")";
  private static final String MONTH_LOC = "(?:" + String.join("|", UkrainianWords.MONTH_LOCATIVE) + ")";

  /** A written year, "2020 р.", "2021 року", or a relative one "наступного року" (groups g, gw). */
  private static String year(String g) {
    // "до 31 березня 2024-го": the year as an ordinal, the noun left out
    return "(?:(?<" + g + ">\\d{4})(?:\\s*(?:р\\.?|рік|року|році|роки|років|роках|рр\\.?)|-го)?"
        + "|(?<" + g + "w>наступного|поточного|цього|звітного|даного)\\s+року|" + AFTER_REPORTING_YEAR
        + "|(?<" + g + "e>" + PLAN_END_YEAR + "))";
  }

  /**
   * "року, наступного за звітним": in a plan, each of its years (what is due in it reports on the year
   * before), so it leaves the year unspecified.
   */
  private static final String AFTER_REPORTING_YEAR =
      "(?:року\\s*,?\\s*(?:наступного|що\\s+настає)\\s+(?:за\\s+звітним(?:\\s+роком)?|після\\s+\\p{L}.*)"
          + "|наступного\\s+за\\s+звітним\\s+року"
          // "наступного року після звільнення", "року, що настає після припинення роботи на посаді": the
          // year after an event, which in a plan is again each of its years (issue 18 corpus)
          + "|наступного\\s+року\\s+після\\s+\\p{L}.*)";

  /**
   * "року, в якому завершується виконання плану заходів": the year the plan itself ends, its period's last
   * year (the term of the next plan's draft, CMU order 866-р of 28.07.2021, item 2).
   */
  private static final String PLAN_END_YEAR = "року\\s*,?\\s*(?:в|у)\\s+якому\\s+(?:завершується|закінчується)"
      + "\\s+(?:виконання|реалізація|строк\\s+дії|дія)\\s+(?:плану|програми|стратегії).*";

  /**
   * "поточного року" after a date of a recurring deadline, "щорічно до 1 липня поточного року": the year
   * each occurrence falls in, which the recurrence already says.
   */
  private static final String SAME_YEAR = "(?:поточного|цього|звітного)\\s+року";

  /** Day ordinals in the genitive, "першого" … "тридцять першого", as in "до десятого числа". */
  private static final Map<String, Integer> ORDINAL_DAYS = new LinkedHashMap<>();

  static {
    String[] units = {"першого", "другого", "третього", "четвертого", "п'ятого", "шостого", "сьомого",
        "восьмого", "дев'ятого"};
    String[] teens = {"десятого", "одинадцятого", "дванадцятого", "тринадцятого", "чотирнадцятого",
        "п'ятнадцятого", "шістнадцятого", "сімнадцятого", "вісімнадцятого", "дев'ятнадцятого"};
    for (int i = 0; i < units.length; i++) {
      ORDINAL_DAYS.put(units[i], i + 1);
      ORDINAL_DAYS.put("двадцять " + units[i], 21 + i);
    }
    for (int i = 0; i < teens.length; i++) {
      ORDINAL_DAYS.put(teens[i], 10 + i);
    }
    ORDINAL_DAYS.put("двадцятого", 20);
    ORDINAL_DAYS.put("тридцятого", 30);
    ORDINAL_DAYS.put("тридцять першого", 31);
  }

  private static final String NUM = "(?:(?<n>\\d{1,3})(?:\\s*-?\\s*(?:х|ох|ти|ми|ї|го|и|а|ух|ну|ть))?"
      + "|(?<nw>" + alternatives(NUMBER_WORDS.keySet()) + "|наступного))";

  private static final String ORDINAL4 =
      "(?<o>[1-4](?:\\s*-?\\s*(?:а|ша|я|ї|ої|й|ій|го|му|е|ий))?|[iі]{1,3}|[iі][vв]|"
          + "перш\\p{L}*|друг\\p{L}*|трет\\p{L}*|четверт\\p{L}*)";

  /** A quarter number, I..IV in Latin or Cyrillic letters or 1..4, as group {@code g}. */
  private static String quarterNumber(String g) {
    return "(?<" + g + ">[1-4]|[iі]{1,3}|[iі][vв])";
  }

  /** A cell's heading before its deadline: "термін –", "строк:", "строк виконання –", "термін виконання". */
  private static final Pattern LABEL = Pattern.compile(
      "(?:строки?|терміни?)(?:\\s*[-:]|\\s+виконання\\s*[-:]?)\\s*");

  /** The words that open what applies after a first deadline: "надалі –", "а далі", "у подальшому". */
  private static final Pattern THEREAFTER = Pattern.compile(
      "(?:а\\s+)?(?:надалі|далі|у\\s+подальшому|в\\s+подальшому)\\s*[-–—:]?\\s*");

  /** A day of the week in the genitive, as "щоп'ятниці" and "кожного понеділка" name it. */
  private static final String WEEKDAY_GENITIVE = "(?:понеділка|вівторка|середи|четверга|п'?ятниці|суботи|неділі)";

  private static final Pattern PERMANENT =
      Pattern.compile("постійно|на постійній основі|постійно діючий|безстроково"
          // "Систематично", "регулярно": an ongoing duty with no period named, as "постійно" is
          + "|систематично|на систематичній основі|регулярно|на регулярній основі"
          // "щодня", "щотижня": more often than any reporting period, an ongoing duty (see Permanent)
          + "|щодня|щоденно|щотижня|щотижнево|кожного\\s+дня|кожного\\s+тижня|кожен\\s+день|кожен\\s+тиждень"
          // a weekly duty on a named day: "щоп'ятниці", "кожного понеділка", "щотижня по п'ятницях"
          + "|що" + WEEKDAY_GENITIVE + "(?:\\s*(?:,|та|і|й)\\s*(?:що)?" + WEEKDAY_GENITIVE + ")*"
          + "|(?:кожного|кожної|кожен|кожну)\\s+(?:" + WEEKDAY_GENITIVE
          + "|понеділок|вівторок|середу|четвер|п'?ятницю|суботу|неділю)"
          + "|(?:щотижня|щотижнево)\\s*,?\\s*(?:по\\s+(?:понеділках|вівторках|середах|четвергах|п'?ятницях|суботах"
          + "|неділях)|(?:у|в)\\s+(?:понеділок|вівторок|середу|четвер|п'?ятницю|суботу|неділю))");

  /** The day ordinals as alternatives, longest first ("двадцять першого" before "першого"). */
  private static final String ORDINAL_DAY_WORDS = ORDINAL_DAYS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|"));

  /**
   * "до 1 числа місяця, наступного за звітним кварталом": the period is named by the report, so the
   * phrase repeats each quarter without "щокварталу" (the unit as group u).
   */
  private static final Pattern REPORTING_DAY = Pattern.compile(
      "(?:до|не\\s+пізніше(?:\\s+ніж)?)\\s+(?:(?<nx>\\d{1,2})(?:\\s*-?\\s*(?:го|е))?|(?<nxw>" + ORDINAL_DAY_WORDS
          + "))\\s+(?:числа|дня)(?:\\s+місяця)?\\s*,?\\s*(?:наступного|що\\s+настає|який\\s+настає|що\\s+слідує"
          + "|що\\s+йде)\\s+за\\s+звітним\\s+(?<u>місяцем|кварталом|півріччям|півроком|роком)");

  private static final Pattern PERIODIC = Pattern.compile(
      "(?:(?<every>щомісяця|щомісячно|щокварталу|щоквартально|щопівроку|щопіврічно|щопівріччя|щороку|щорічно"
          + "|щокв|щоміс"
          // "кожні шість місяців", "кожного кварталу", "кожні півроку": the same periods in other words
          // "за кожне півріччя": for each period, as reports are written
          + "|(?:за\\s+)?кожн\\p{L}*\\s+(?:(?:шість|6|три|3|дванадцять|12)\\s+місяців|місяця|місяць|кварталу|квартал"
          + "|півріччя|півроку|року|рік))"
          + "|(?:(?<min>не\\s+рідше|не\\s+менше|не\\s+менш)(?:\\s+ніж|\\s+як)?\\s+)?"
          // "один раз у півріччя", "раз в квартал": "у" for "на"
          + "(?:(?<twice>двічі)|(?:" + NUM + "\\s+)?раз\\p{L}*)\\s+(?:на|у|в)\\s+"
          // "не рідше одного разу на три місяці": a quarter, as "кожні три місяці" is
          + "(?<unit>(?:три|3|шість|6)\\s+місяц\\p{L}*|місяць|місяця|квартал|кварталу|пів\\s*року|півроку|півріччя|рік"
          + "|року))"
          + "(?:\\s+(?<date>(?:(?<db>до|не\\s+пізніше)\\s+)?(?<dd>\\d{1,2})\\s+(?<dm>" + MONTH_GEN + "))"
          + "(?:\\s*,?\\s*" + AFTER_REPORTING_YEAR + "|\\s+" + SAME_YEAR + ")?"
          // "до 10 числа місяця, наступного за звітним (кварталом)": due in the month after each period
          + "|\\s*,?\\s+(?:до|не\\s+пізніше(?:\\s+ніж)?)\\s+(?:(?<nx>\\d{1,2})(?:\\s*-?\\s*(?:го|е))?|(?<nxw>"
          + ORDINAL_DAYS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
              .map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|")) + "))\\s+(?:числа|дня)"
          + "(?:(?:\\s+місяця)?\\s*,?\\s*(?:наступного|що\\s+настає|який\\s+настає|що\\s+слідує|що\\s+йде)"
          + "\\s+за\\s+звітним(?:\\s+(?:періодом|кварталом|місяцем|півріччям|півроком|роком))?"
          // "до 10 числа наступного періоду": the day of the first month after each period
          + "|\\s+наступного\\s+(?:місяця|періоду|кварталу|півріччя|року)"
          // "до 10 числа наступного за звітним кварталом місяця": the same words in another order
          + "|\\s+(?:наступного|що\\s+настає)\\s+за\\s+звітним(?:\\s+(?:періодом|кварталом|місяцем|півріччям"
          + "|півроком|роком))?\\s+місяця"
          // "щомісяця до 5 числа", "щокварталу до 10 числа": no month named (group bare), read as the month
          // after each period, as a report on a period cannot be due before the period ends
          + "|(?<bare>))"
          // "не пізніше 15 днів після закінчення звітного кварталу" (NAZK order 134/23, s. IV(1))
          + "|\\s*,?\\s+(?:не\\s+пізніше(?:\\s+ніж)?|протягом|впродовж|упродовж|до)\\s+(?<nd>\\d{1,3})\\s+"
          + "(?:календарних\\s+)?(?:днів|дня|день)\\s+(?:після|з\\s+дня|від\\s+дня)\\s+(?:закінчення|завершення)\\s+"
          + "(?:звітного\\s+)?(?<ndu>кварталу|місяця|півріччя|періоду|року))?");

  /** "до 31 березня 2026 року включно": the last day counts, as "до" already does in this library. */
  private static final String INCLUSIVE = "(?:\\s+включно)?";

  /** The same word alone, in parentheses after a date or range. */
  private static final Pattern INCLUSIVE_ONLY = Pattern.compile("\\s*включно\\s*");

  /**
   * The words that bound a date: "до", "по" (until the day, inclusive, as "до" is in this library), "не
   * пізніше (, ніж)", "не довше, ніж до" and "у строк до" (group b).
   */
  private static final String BOUND = "(?<b>до|по|не\\s+пізніше?(?:\\s*,?\\s*(?:ніж|як))?|не\\s+довше\\s*,?\\s*ніж\\s+до"
      + "|(?:у|в)\\s+(?:строк|термін)\\s+до)";

  /**
   * A time of day before a date, "18:00", "о 18 годині", "до 12 години", "о 24:00": deadlines are kept to the
   * day, and a time in the day still falls on it. Midnight "00:00" is left out: "до 00:00 1 квітня" ends
   * the day before, which the hours rule reads in ranges.
   */
  private static final String TIME_OF_DAY = "(?:о\\s+)?(?:(?!00:00)\\d{1,2}:\\d{2}|(?!00\\s)\\d{1,2}\\s+годин\\p{L}*"
      + "(?:\\s+\\d{1,2}\\s+хвилин\\p{L}*)?)";

  private static final Pattern BY_DATE = Pattern.compile(
      // "«22» березня 2026 р.": the day in quotes, as forms print it
      "(?:" + BOUND + "\\s+)?(?:" + TIME_OF_DAY + "\\s+)?[«\"]?(?<d>\\d{1,2})[»\"]?\\s*(?<m>" + MONTH_GEN + ")"
          + "(?:\\s+" + year("y") + ")?" + INCLUSIVE);

  /** A time of day alone, in parentheses after a date or range: "19.07.2025 – 01.08.2025 (18:00)". */
  private static final Pattern TIME_OF_DAY_ONLY = Pattern.compile("\\s*" + TIME_OF_DAY + "\\s*");

  private static final Pattern BY_NUMERIC_DATE = Pattern.compile(
      "(?:" + BOUND + "\\s+)?(?:" + TIME_OF_DAY + "\\s+)?"
          + "(?<d>\\d{1,2})\\.(?:(?<mm>\\d{1,2})\\.(?<yy>\\d{4})(?:\\s*(?:р\\.?|року))?|(?<mm2>\\d{2}))"
          + INCLUSIVE);

  /** One date of a list, "до 15 лютого", "30 червня": bound b, day d, month m. */
  private static final String DATE_ITEM_TEXT =
      "(?:(?<b>до|не\\s+пізніше(?:\\s+ніж)?)\\s+)?(?<d>\\d{1,2})(?:\\s*(?<m>" + MONTH_GEN + ")"
          // "щороку до 01.02", "щоквартально до 10.04, 10.07, 10.10, 10.01": day and month in figures
          + "|\\.(?<mm>\\d{2})(?![.\\d]))";
  private static final Pattern DATE_ITEM = Pattern.compile(DATE_ITEM_TEXT);

  /** "щороку до 15 лютого, 15 квітня, 15 липня і 15 жовтня", "щороку, до 1 квітня". */
  private static final Pattern YEARLY_DATES = Pattern.compile(
      "(?:(?<every>щороку|щорічно|кожного\\s+року|(?:один\\s+|1\\s+)?раз\\s+на\\s+рік"
          // "щопівроку до 10 липня та 10 січня": one date for each period, a yearly schedule of them
          // "кожного півріччя до 20 січня та до 20 липня" says the same as "щопівроку" in two words
          + "|(?<part>щопівроку|щопіврічно|щопівріччя|кожного\\s+півріччя|щокварталу|щоквартально|кожного\\s+кварталу))"
          + "\\s*,?\\s*)?"
          + "(?<list>" + DATE_ITEM_TEXT.replaceAll("\\(\\?<\\w+>", "(?:")
          + "(?:(?:\\s*,\\s*(?:(?:і|та|й)\\s+)?|\\s+(?:і|та|й)\\s+)"
          + DATE_ITEM_TEXT.replaceAll("\\(\\?<\\w+>", "(?:") + ")*)"
          + "(?:\\s*,?\\s*" + AFTER_REPORTING_YEAR + "|\\s+" + SAME_YEAR
          // "до 15 червня та до 15 грудня 2025 р.": the year written once after a list is every date's
          + "|\\s+(?<ly>\\d{4})\\s*(?:р\\.?|року)?)?");

  /** The conjunction that makes dates one list: "до 15 червня та до 15 грудня". */
  private static final Pattern LIST_CONJUNCTION = Pattern.compile("\\s(?:та|і|й)\\s");

  /** "у період з 00 годин 00 хвилин 01 січня до 00 годин 00 хвилин 01 квітня року, наступного за звітним". */
  private static final Pattern HOURS_RANGE = Pattern.compile(
      "(?:(?:у|в)\\s+період(?:\\s+роботи)?\\s+)?(?:з|із|від)\\s+"
          + "(?:(?<h1>\\d{1,2})\\s+годин\\p{L}*\\s+\\d{1,2}\\s+хвилин\\p{L}*\\s+|\\d{1,2}:\\d{2}\\s+)?"
          + "(?<d1>\\d{1,2})\\s+(?<m1>" + MONTH_GEN + ")\\s+(?:до|по)\\s+"
          // "до 00 годин 00 хвилин 01 квітня", "до 00:00 1 квітня": midnight starts the day named, which is
          // not in the period; "до 23:59 31 січня" ends in the day named
          + "(?:(?<h2>00)\\s+годин\\p{L}*\\s+00\\s+хвилин\\p{L}*\\s+|(?<h2c>00:00)\\s+|\\d{1,2}:\\d{2}\\s+)?"
          + "(?<d2>\\d{1,2})\\s+(?<m2>" + MONTH_GEN + ")(?:\\s+" + year("y2") + ")?"
          + INCLUSIVE + "(?:\\s*,?\\s*" + AFTER_REPORTING_YEAR + ")?");

  private static final Pattern RANGE_MONTHS = Pattern.compile(
      "(?:протягом\\s+|впродовж\\s+|упродовж\\s+|у\\s+|в\\s+|з\\s+)?(?<m1>" + MONTH_NOM + "|" + MONTH_GEN + ")"
          + "(?:\\s+" + year("y1") + ")?\\s*(?:-|по|до)\\s*(?<m2>" + MONTH_NOM + "|" + MONTH_GEN + ")"
          + "(?:\\s+" + year("y2") + ")?");

  /** "IV квартал 2024 – I квартал 2025 року", "з IV кв. 2024 р. по I кв. 2025 р.": quarters over a year's end. */
  private static final Pattern RANGE_QUARTERS = Pattern.compile(
      "(?:протягом\\s+|впродовж\\s+|упродовж\\s+|у\\s+|в\\s+|з\\s+|із\\s+)?" + quarterNumber("q1")
          + "\\s*(?:квартал\\p{L}*|кв\\.?)(?:\\s*" + year("y1") + ")?\\s*(?:-|по|до)\\s*" + quarterNumber("q2")
          + "\\s*(?:квартал\\p{L}*|кв\\.?)(?:\\s*" + year("y2") + ")?");

  /** "ІІ півріччя 2024 р. – І півріччя 2025 р.": half-years over a year's end. */
  private static final Pattern RANGE_HALVES = Pattern.compile(
      "(?:протягом\\s+|впродовж\\s+|упродовж\\s+|у\\s+|в\\s+|з\\s+|із\\s+)?"
          + "(?<h1>[12]|[iі]{1,2}|перш\\p{L}*|друг\\p{L}*)"
          + "\\s*(?:півріч\\p{L}*|п/р)(?:\\s*" + year("y1") + ")?\\s*(?:-|по|до)\\s*"
          + "(?<h2>[12]|[iі]{1,2}|перш\\p{L}*|друг\\p{L}*)\\s*(?:півріч\\p{L}*|п/р)(?:\\s*" + year("y2") + ")?");

  /**
   * "з 1 січня по 31 березня", and days of one month with the month written once: "11-13 січня 2023 року",
   * "з 9 по 23 вересня", "З 7 до 31 жовтня" (the first day takes the last one's month and year).
   */
  /** The word or dash between a range's ends: "-", "по", "до", "та до" ("з 01 квітня та до 01 червня"). */
  private static final String RANGE_TO = "\\s*(?:-|(?:(?:та|і)\\s+)?(?:по|до)\\s)\\s*";

  private static final Pattern RANGE_DAYS = Pattern.compile(
      "(?:(?:у|в|за)\\s+період\\s+)?(?:з\\s+|із\\s+|від\\s+)?(?<d1>\\d{1,2})(?:\\s+(?<m1>" + MONTH_GEN + ")(?:\\s+"
          + year("y1") + ")?)?"
          + RANGE_TO + "(?<d2>\\d{1,2})\\s+(?<m2>" + MONTH_GEN + ")(?:\\s+" + year("y2") + ")?"
          + INCLUSIVE);

  /**
   * "01.03.2023 - 30.06.2023", "з 16.03.2023 року по 14.04.2023 року", and days of one month written once,
   * "21-22.01.2019" (the first day takes the last one's month and year).
   */
  private static final Pattern RANGE_NUMERIC = Pattern.compile(
      // "за період з 01.01.2023 по 30.06.2023": the period a report covers
      "(?:(?:у|в|за)\\s+період\\s+)?(?:з\\s+|із\\s+|від\\s+)?(?<nd1>\\d{1,2})(?:\\.(?<nm1>\\d{1,2})\\.(?<ny1>\\d{4})"
          + "(?:\\s*(?:р\\.?|року))?)?" + RANGE_TO + "(?<nd2>\\d{1,2})\\.(?<nm2>\\d{1,2})\\.(?<ny2>\\d{4})"
          + "(?:\\s*(?:р\\.?|року))?" + INCLUSIVE);

  private static final Pattern DECADE = Pattern.compile(
      "(?:(?:у|в|протягом|впродовж|упродовж)\\s+)?" + ORDINAL4 + "\\s+декад\\p{L}*\\s+(?<m>" + MONTH_GEN + ")"
          + "(?:\\s+" + year("y") + ")?");

  private static final Pattern DURING_YEAR = Pattern.compile(
      "(?:протягом|впродовж|упродовж|у\\s+межах|в\\s+межах|до\\s+кінця|кінець|у\\s+продовж)\\s+"
          + "(?:поточного\\s+|звітного\\s+|календарного\\s+|цього\\s+|всього\\s+|усього\\s+|бюджетного\\s+)?року"
          + "|(?:у|в)\\s+(?:поточному|звітному|цьому)\\s+році"
          // "протягом дії Програми", "на період дії антикорупційної програми": the plan's whole period
          + "|(?:протягом|впродовж|упродовж|у\\s+межах|в\\s+межах|на\\s+період|на\\s+час)\\s+"
          + "(?:(?:строку|терміну|періоду)\\s+)?дії\\s+(?:цієї\\s+|цього\\s+)?(?:антикорупційної\\s+)?"
          + "(?:програми|плану)"
          // "протягом дії антикорупційної програми на 2024-2026 роки": the years are the plan's own
          + "(?:\\s+на\\s+\\d{4}(?:\\s*-\\s*\\d{4})?\\s*(?:рік|роки|р\\.?|рр\\.?))?"
          // "п/р": the abbreviation of "протягом року" in plans' tables
          + "|п/р");

  /** The words that open a period something is done in: "протягом", "у", "до кінця"… */
  private static final String DURING = "(?:протягом|впродовж|упродовж|у|в|до\\s+кінця|кінець)";

  /** Years as written, "2020", "2020, 2021", "2020-2022 рр.": the list is group {@code ys}. */
  private static final String YEARS =
      "(?<ys>\\d{4}(?:\\s*(?:,|та|і|й|-)\\s*\\d{4})*)\\s*(?:р\\.?|рік|року|році|роки|років|роках|рр\\.?)?";

  private static final Pattern DURING_YEARS = Pattern.compile("(?:" + DURING + "\\s+)?" + YEARS);

  private static final Pattern DURING_NEXT_YEAR = Pattern.compile(
      DURING + "\\s+(?<yw>наступного|поточного|цього|звітного)\\s+року"
          + "(?<y>(?!))?");

  private static final String PART_YEARS =
      // "грудень2025 р.", "IV кв.2024": a year in figures may follow its word with no space, as "2021року"
      // follows its year (issue 18 corpus); a year in words still needs one
      "(?:\\s*(?:" + YEARS + ")|\\s+(?:"
          + "(?<ysw>наступного|поточного|цього|звітного|кожного)\\s+року"
          // "протягом І кварталу року, в якому здійснюється підготовка такого звіту": a year named by what
          // happens in it is each year of the plan (not the plan's own end, which PLAN_END_YEAR reads)
          + "|року\\s*,?\\s*(?:в|у)\\s+якому\\s+(?!завершується|закінчується)\\p{L}.*))?";

  private static final Pattern DURING_PART = Pattern.compile(
      "(?:" + DURING + "\\s+)?" + ORDINAL4
          + "\\s+(?<u>півріч\\p{L}*|квартал\\p{L}*|кв\\.?)" + PART_YEARS);

  /** A deadline, then "але не раніше …" an event: "… грудень 2025 р., але не раніше дня припинення …". */
  private static final Pattern BUT_NOT_EARLIER = Pattern.compile(
      "(?<head>\\S.*?)\\s*,?\\s+(?:але|проте)\\s+(?<bound>не\\s+раніше\\s.+)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A deadline, then "але не рідше …" a frequency: "за потреби, але не рідше одного разу на рік". */
  private static final Pattern BUT_AT_LEAST = Pattern.compile(
      "(?<head>\\S.*?)\\s*,?\\s+(?:але|проте)\\s+(?<bound>не\\s+(?:рідше|менше|менш)\\s.+)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A deadline, then "але не пізніше …": "невідкладно, але не пізніше …", "щороку, але не пізніше 1 квітня". */
  private static final Pattern BUT_NOT_LATER = Pattern.compile(
      "(?<head>\\S.*?)\\s*,?\\s+(?:але|проте)\\s+(?<bound>не\\s+пізніше\\s.+)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "з дня … - протягом … з дня …", "01.03.2023 - до підписання закону …", "початок виборчого процесу … -
   * завершення виборчого процесу …": a start, a spaced dash, and an end (see startThenEnd).
   */
  private static final Pattern START_THEN_END = Pattern.compile(
      "(?<start>(?:(?:з|із|від|день|дата|початок)\\s|\\d{1,2}\\.\\d{1,2}\\.\\d{4}).*?)\\s+[-–—]\\s+(?<end>\\S.*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date in figures alone, "01.03.2023", the start of a programme's term. */
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s*р\\.?)?");

  /** The first day of a month in figures, "01.03.2023": the start of a range of whole months. */
  private static final Pattern FIRST_DAY_DATE =
      Pattern.compile("0?1\\.(?<m>0?[1-9]|1[0-2])\\.(?<y>\\d{4})(?:\\s*р\\.?)?");

  /**
   * The day of an event named by a noun, as the State Anti-Corruption Programme writes the starts of its
   * terms: "день розроблення проекту наказу", "початок виборчого процесу".
   */
  private static final Pattern EVENT_DAY = Pattern.compile("(?:день|дата|початок)\\s+\\p{L}");

  /** "після закінчення звітного кварталу": the end of a reporting period, the unit as group u. */
  private static final Pattern AFTER_PERIOD_END = Pattern.compile(
      "(?:після|з\\s+дня|від\\s+дня)\\s+(?:закінчення|завершення)\\s+(?:звітного\\s+)?"
          + "(?<u>кварталу|місяця|півріччя|періоду|року)");

  /** Words that ask for haste and fix no day. */
  private static final Pattern URGENT = Pattern.compile("невідкладно|негайно|терміново|якнайшвидше");

  /** "II-III квартали 2025 року", "протягом II–IV кварталів": a range of quarters. */
  private static final Pattern DURING_QUARTERS = Pattern.compile(
      // "ІІ-ІІІ кв. 2025 р.", "2-3 квартали": the abbreviation and Arabic numbers too (issue 18)
      "(?:" + DURING + "\\s+)?" + quarterNumber("q1") + "\\s*-\\s*" + quarterNumber("q2")
          + "\\s+(?:квартал\\p{L}*|кв\\.?)" + PART_YEARS);

  /** One quarter's number, Roman or Arabic, as {@link #quarterNumber} reads it, with no group. */
  private static final String QUARTER_NUMBER = "(?:[1-4]|[iі]{1,3}|[iі][vв])";

  /** The separators of a list of numbers: a comma, or "та", "і", "й" between spaces. */
  private static final String LIST_SEPARATOR = "(?:\\s*,\\s*|\\s+(?:та|і|й)\\s+)";

  /** "ІІ та IV квартали", "І, ІІІ квартали 2024 року": quarters named one by one, their word and year once. */
  private static final Pattern DURING_QUARTER_LIST = Pattern.compile(
      "(?:" + DURING + "\\s+)?(?<qs>" + QUARTER_NUMBER + "(?:" + LIST_SEPARATOR + QUARTER_NUMBER + ")+)"
          + "\\s+(?:квартал\\p{L}*|кв\\.?)" + PART_YEARS);

  /** A year written alone, "2026", "2027 років", as a list of years after a dated day writes them. */
  private static final Pattern BARE_YEAR = Pattern.compile("\\s*\\d{4}\\s*(?:р\\.?|рік|року|роки|років|рр\\.?)?\\s*");

  /** A month named alone in the nominative ("червень"), as a list writes all but its last month. */
  private static final Pattern BARE_MONTH = Pattern.compile("\\s*" + MONTH_NOM + "\\s*");

  private static final Pattern DURING_MONTH = Pattern.compile(
      "(?:" + DURING + "\\s+(?<m>" + MONTH_GEN + "|" + MONTH_LOC + ")"
          + "|(?<mn>" + MONTH_NOM + "))" + PART_YEARS);

  private static final Pattern WITHIN = Pattern.compile(
      "(?:(?<pre>на\\s+строк(?:\\s+до)?|на\\s+термін(?:\\s+до)?|(?:у|в)\\s+(?:строк|термін)\\s+до"
          + "|протягом|впродовж|упродовж|у\\s+межах|в\\s+межах|не\\s+пізніше?(?:\\s+(?:ніж|як))?(?:\\s+через)?"
          + "|у\\s+строк|в\\s+строк|у\\s+термін|в\\s+термін|у\\s+період|через|в\\s+течії)\\s+)?"
          // "упродовж наступних десяти днів": the days that follow, counted from the act that says it
          + "(?:не\\s+більше(?:\\s+ніж)?\\s+|не\\s+більш\\s+як\\s+|наступних\\s+)?(?:" + NUM + "\\s*)?"
          + "(?<unit>робоч\\p{L}*\\s+(?:дн\\p{L}*|день)|календарн\\p{L}*\\s+(?:дн\\p{L}*|день|року|років|роки|рік)"
          + "|днів|дня|день|дні"
          + "|доби|діб|місяців|місяця|місяць|місяці|тижнів|тижня|тиждень|тижні|року|років|роки|рік"
          // "протягом 24 годин": whole days of hours, as deadlines are kept to the day
          + "|годин|години|годину)"
          // "протягом 10 календарних днів, що настають за останнім днем …": a relative clause after a comma
          // names the day the term counts from
          + "(?<rest>(?:\\s.*|\\s*,\\s*(?:що|які|який|яка|яке)\\s.*)?)");

  /** Ordinal numbers of days in the nominative, "на сороковий день", as the laws write terms. */
  private static final Map<String, Integer> DAY_ORDINALS = Map.of("п'ятий", 5, "сьомий", 7, "десятий", 10,
      "п'ятнадцятий", 15, "двадцятий", 20, "тридцятий", 30, "сороковий", 40, "шістдесятий", 60,
      "дев'яностий", 90);

  private static final Pattern WITHIN_NTH_DAY = Pattern.compile(
      "не\\s+пізніше(?:\\s+ніж)?\\s+на\\s+(?:(?<n>\\d{1,3})(?:\\s*-?\\s*(?:й|ий|ій))?|(?<ow>"
          + alternatives(DAY_ORDINALS.keySet()) + "))\\s+день(?<rest>\\s+(?:після|з|із|від)\\s.*)");

  /** The words that start the day a term of years counts from: "з дня", "від дати", "з моменту". */
  private static final Pattern YEAR_TERM_START = Pattern.compile("(?:з|із|від)\\s");

  /** The same for a number of years, which may also count "після" an event. */
  private static final Pattern YEARS_TERM_START = Pattern.compile("(?:з|із|від|після)\\s");

  private static final Pattern WITHIN_ADJECTIVE = Pattern.compile(
      "(?:у|в)\\s+(?<adj>[\\p{L}'0-9-]*?)(?<kind>денний|місячний|тижневий)\\s+(?<work>робочий\\s+)?(?:строк|термін)"
          + "(?<rest>(?:\\s.*)?)");

  private static final Pattern PER_SCHEDULE = Pattern.compile(
      "(?:за|згідно\\s+з|згідно\\s+із|відповідно\\s+до)\\s+"
          // "за графіком", "згідно з планом роботи постійної комісії": a plan or schedule named by what it is,
          // not only "окремим" (issue 18 corpus)
          // "відповідно до затвердженого графіка": the same adjectives in the genitive
          + "(?:(?:окрем|окремо\\s+затверджен|відповідн|затверджен|погоджен)(?:им|ого|ому)\\s+)?"
          + "(?<doc>(?:план|графік)\\p{L}*.*)");

  private static final Pattern ON_EVENT = Pattern.compile(
      "(?:при|у\\s+разі|в\\s+разі|у\\s+випадку|в\\s+випадку|після|під\\s+час|за\\s+потреби|за\\s+потребою"
          + "|за\\s+необхідності|за\\s+необхідністю|по\\s+мірі|в\\s+міру|у\\s+міру|за\\s+наявності|у\\s+зв'язку\\s+з"
          + "|з\\s+моменту|з\\s+дня|від\\s+дня|з\\s+дати|від\\s+дати|одночасно\\s+з|на\\s+вимогу"
          + "|за\\s+зверненн\\p{L}*|за\\s+запит\\p{L}*"
          // "до дня набрання чинності …", "не пізніше дня такого припинення": the day of an event
          + "|до\\s+дня|до\\s+моменту|до\\s+набрання|не\\s+пізніше\\s+дня"
          // "не раніше дня припинення чи скасування воєнного стану": no sooner than the day of an event
          + "|не\\s+раніше\\s+дня"
          // "за п'ять днів до дня голосування": a time before an event, whose date the plan does not know
          // "не пізніше ніж за 60 календарних днів до …", "за 30 хвилин до початку …": the same, bounded or in
          // hours and minutes (issue 18 corpus)
          // "не пізніш як за 10 робочих днів до …": the older spelling and "як" for "ніж"
          + "|(?:не\\s+пізніше?\\s*,?\\s*(?:(?:ніж|як)\\s+)?)?за\\s+[\\p{L}\\d'-]+\\s+(?:календарних\\s+|робочих\\s+)?"
          + "(?:днів|дні|день|дня|тижні|тижнів|тиждень|місяці|місяців|місяць|годин|години|годину|хвилин|хвилини)\\s+до"
          // "до підписання закону Президентом України": until an act or event named by its verbal noun
          + "|до\\s+(?:підписання|прийняття|затвердження|ухвалення|набуття|завершення|закінчення|припинення"
          + "|скасування|початку)"
          // "завершення виборчого процесу", "останній день дії ДАП": the end of a term named as an event
          + "|завершення|закінчення|(?:перший|останній)\\s+день"
          // "у день звільнення", "перед укладенням договору": on the day of an event, or just before it
          + "|у\\s+день|в\\s+день|перед|на\\s+етапі|на\\s+стадії"
          // "по факту", "за фактом виявлення": when the fact happens
          + "|по\\s+факту|за\\s+факт\\p{L}*|з\\s+урахуванням\\s+потреб\\p{L}*"
          // "Невідкладно", "негайно після отримання інформації": haste fixes no day, so the duty is the event's
          + "|невідкладно|негайно|терміново|якнайшвидше"
          + ")(?:\\s.*)?");

  private static final Pattern STATUTORY_OPENING =
      Pattern.compile("^(?:у|в|згідно|відповідно|за)\\s");
  private static final Pattern STATUTORY_ACT = Pattern.compile(
      "визначен|встановлен|установлен|передбачен|законодав|закон|регламент|кодекс|постанов|положен"
          + "|порядк|наказ|розпорядж");
  private static final Pattern STATUTORY_TERM = Pattern.compile("строк|термін|порядк");

  /**
   * "Відповідно до законодавства", "згідно з вимогами Закону України …": the law named as the whole term,
   * without the words "строк" or "порядок" (a plan's shorter way of saying "у строки, визначені законом").
   */
  private static final Pattern STATUTORY_LAW = Pattern.compile(
      "(?:відповідно\\s+до|згідно\\s+(?:з|із)|у\\s+відповідності\\s+(?:до|з|із)|в\\s+межах)\\s+"
          + "(?:(?:вимог|вимогами|норм|нормами|положень|положеннями)\\s+)?(?:чинного\\s+|діючого\\s+)?"
          // "відповідно до Методології управління корупційними ризиками": an act that sets the terms
          + "(?:законодавства|закону|законів|кодексу|методології|порядку|положення|постанови|наказу"
          + "|розпорядження|регламенту|інструкції)(?:\\s.*)?");

  private static final Pattern MONTH_LIST = Pattern.compile(
      "(?<ms>" + MONTH_NOM + "(?:\\s*(?:,|та|і|й)\\s*" + MONTH_NOM + ")*)(?:\\s+" + year("y") + ")?");
}
