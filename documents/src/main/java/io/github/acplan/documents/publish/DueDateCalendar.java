package io.github.acplan.documents.publish;

import io.github.acplan.core.Actor;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.serialization.report.ReportPhrases;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the due dates of a plan's schedule as an iCalendar file (RFC 5545), for the calendars of the
 * people responsible.
 *
 * <p>One all-day event ({@code DTSTART;VALUE=DATE}, no time zone needed) per measure and fixed due date
 * of the {@link PlanSchedule}: duties without a due date of their own ("Постійно", on an event; the
 * schedule's report-only occurrences) are left out, as they would only clutter a calendar. Two
 * occurrences of one measure on one day (parts of a composite deadline) make one event. Each event has:
 * <ul>
 *   <li>{@code SUMMARY}: the measure's number and name on one line, "1.2 Розробити та затвердити План
 *       заходів на 2021 р.";</li>
 *   <li>{@code DESCRIPTION}: "Строк виконання: …" with the deadline text that gives the date, and
 *       "Відповідальні: …";</li>
 *   <li>{@code UID}: stable across runs, made of the due date, the measure's number and a digest of the
 *       plan's title, body and period, so that importing a new file updates the events instead of doubling
 *       them;</li>
 *   <li>{@code DTSTAMP}: the instant given (to the second, UTC), so that the same input gives the same
 *       bytes.</li>
 * </ul>
 * Lines end with CRLF and are folded at 75 octets, never inside a UTF-8 sequence; text values escape
 * backslash, semicolon, comma and line breaks as RFC 5545 §3.3.11 asks; a text the format cannot hold (a
 * control character, a lone surrogate) is refused rather than altered.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DueDateCalendar {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  private static final DueDateCalendar STANDARD = new DueDateCalendar();

  private DueDateCalendar() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static DueDateCalendar standard() {
    return STANDARD;
  }

  /**
   * Writes every fixed due date of a schedule as one calendar.
   *
   * @param schedule the plan's schedule, e.g. {@code PlanSchedule.of(plan, UkrainianCalendar.standard())}
   * @param stamp the instant the calendar is made, written as every event's {@code DTSTAMP}
   * @return the iCalendar text, lines ending with CRLF
   * @throws IllegalArgumentException if a measure's text has a control character (other than TAB and line
   *     breaks) or a lone surrogate, which iCalendar text cannot hold; the message names the measure
   */
  public String write(PlanSchedule schedule, Instant stamp) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(stamp, "stamp");
    return calendar(schedule.plan(), events(schedule), stamp, "");
  }

  /**
   * Writes one calendar per responsible actor (a unit, a position, a body), each with the due dates of the
   * measures that name that actor, in the order the actors first appear in the plan. A measure naming no
   * actor is in none of these calendars (it is in {@link #write(PlanSchedule, Instant)}'s).
   *
   * @param schedule the plan's schedule
   * @param stamp the instant the calendars are made
   * @return the iCalendar text of each actor, by the actor's name as written in the plan
   * @throws IllegalArgumentException as {@link #write(PlanSchedule, Instant)} does
   */
  public Map<String, String> writePerResponsible(PlanSchedule schedule, Instant stamp) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(stamp, "stamp");
    Map<String, List<Event>> byActor = new LinkedHashMap<>();
    for (Event e : events(schedule)) {
      for (Actor a : e.measure().responsible().actors()) {
        List<Event> list = byActor.computeIfAbsent(a.name(), k -> new ArrayList<>());
        if (!list.contains(e)) {
          list.add(e);
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Event>> e : byActor.entrySet()) {
      out.put(e.getKey(), calendar(schedule.plan(), e.getValue(), stamp, " — " + e.getKey()));
    }
    return out;
  }

  /** One event: a measure due on a day, with the deadline texts that give that day. */
  private record Event(Measure measure, LocalDate due, List<String> what) {}

  private static List<Event> events(PlanSchedule schedule) {
    Map<List<Object>, Event> events = new LinkedHashMap<>();
    for (DueItem item : schedule.items()) {
      if (item.occurrence().reportOnly()) {
        continue;
      }
      Event e = events.computeIfAbsent(List.of(item.measure().number(), item.due()),
          k -> new Event(item.measure(), item.due(), new ArrayList<>()));
      if (!e.what().contains(item.what())) {
        e.what().add(item.what());
      }
    }
    return new ArrayList<>(events.values());
  }

  private static String calendar(Plan plan, List<Event> events, Instant stamp, String nameSuffix) {
    StringBuilder sb = new StringBuilder();
    String planName = ReportPhrases.oneLine(plan.title() + " " + plan.body()) + " (" + plan.period() + ")";
    String digest = digest(plan);
    String dtstamp = STAMP.format(stamp.truncatedTo(ChronoUnit.SECONDS));
    line(sb, "BEGIN:VCALENDAR");
    line(sb, "VERSION:2.0");
    line(sb, "PRODID:-//acplan//acplan-documents//UK");
    line(sb, "CALSCALE:GREGORIAN");
    line(sb, "METHOD:PUBLISH");
    line(sb, "X-WR-CALNAME:" + text(planName + nameSuffix));
    for (Event e : events) {
      try {
        event(sb, e, dtstamp, digest);
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException("Measure " + e.measure().number() + ": " + x.getMessage(), x);
      }
    }
    line(sb, "END:VCALENDAR");
    return sb.toString();
  }

  private static void event(StringBuilder sb, Event e, String dtstamp, String digest) {
    Measure m = e.measure();
    line(sb, "BEGIN:VEVENT");
    line(sb, "UID:" + DATE.format(e.due()) + "-" + m.number() + "-" + digest + "@acplan");
    line(sb, "DTSTAMP:" + dtstamp);
    line(sb, "DTSTART;VALUE=DATE:" + DATE.format(e.due()));
    line(sb, "SUMMARY:" + text(ReportPhrases.oneLine(m.number() + " " + m.name())));
    String description = "Строк виконання: " + String.join("; ", e.what())
        + (m.responsible().text().isBlank() ? "" : "\nВідповідальні: " + ReportPhrases.oneLine(m.responsible().text()));
    line(sb, "DESCRIPTION:" + text(description));
    line(sb, "TRANSP:TRANSPARENT");
    line(sb, "END:VEVENT");
  }

  /** A digest of what identifies the plan, so that UIDs of two plans' measures never meet. */
  private static String digest(Plan plan) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((plan.title() + "\n" + plan.body() + "\n" + plan.period())
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Escapes a TEXT value (RFC 5545 §3.3.11). */
  static String text(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case ';' -> sb.append("\\;");
        case ',' -> sb.append("\\,");
        case '\n' -> sb.append("\\n");
        case '\r' -> {
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            continue;
          }
          sb.append("\\n");
        }
        default -> {
          if ((Character.isISOControl(c) && c != '\t') || (Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(value.charAt(i - 1))))) {
            // RFC 5545 §3.3.11: TEXT holds no control character but HTAB, and UTF-8 no lone surrogate.
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                "the text \"%s\" has the character U+%04X at index %d, which iCalendar text cannot hold",
                value.replaceAll("\\p{Cntrl}", "?"), (int) c, i));
          }
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * Appends a content line folded at 75 octets (RFC 5545 §3.1): a continuation line starts with one space,
   * which counts; a fold never falls inside a code point's UTF-8 bytes.
   */
  static void line(StringBuilder sb, String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int cp = content.codePointAt(i);
      int len = utf8Length(cp);
      if (octets + len > MAX_OCTETS) {
        sb.append("\r\n ");
        octets = 1;
      }
      sb.appendCodePoint(cp);
      octets += len;
      i += Character.charCount(cp);
    }
    sb.append("\r\n");
  }

  private static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
}
