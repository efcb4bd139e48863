package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class DueDateCalendarTest {

  private static final Instant STAMP = Instant.parse("2020-01-10T08:00:00Z");

  private static String value(VEvent e, String property) {
    return e.getProperty(property).map(Property::getValue).orElseThrow();
  }

  @Test
  void the2020CalendarHasOneEventPerFixedDueDateEachOnAWorkingDay() throws Exception {
    Plan plan = Seed.plan();
    PlanSchedule schedule = PlanSchedule.of(plan, UkrainianCalendar.standard());
    List<DueItem> fixed = schedule.items().stream().filter(i -> !i.occurrence().reportOnly()).toList();
    Set<List<Object>> distinct = new HashSet<>();
    fixed.forEach(i -> distinct.add(List.of(i.measure().number().toString(), i.due())));

    String ics = DueDateCalendar.standard().write(schedule, STAMP);
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);

    assertThat(fixed).hasSize(19);
    assertThat(events).hasSize(distinct.size());
    Set<List<Object>> written = new HashSet<>();
    Set<String> uids = new HashSet<>();
    for (VEvent e : events) {
      assertThat(e.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
          .isEqualTo("DATE");
      LocalDate due = LocalDate.parse(value(e, Property.DTSTART), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      assertThat(UkrainianCalendar.standard().isWorkingDay(due)).as("%s is a working day", due).isTrue();
      String number = value(e, Property.SUMMARY).split(" ", 2)[0];
      written.add(List.of(number, due));
      uids.add(value(e, Property.UID));
    }
    assertThat(written).isEqualTo(distinct);
    assertThat(uids).hasSize(events.size());
  }

  @Test
  void measure12IsDueOn11January2021WithItsNameDeadlineAndResponsible() throws Exception {
    String ics = DueDateCalendar.standard().write(PlanSchedule.of(Seed.plan(), UkrainianCalendar.standard()), STAMP);
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    VEvent e = calendar.<VEvent>getComponents(Component.VEVENT).stream()
        .filter(v -> value(v, Property.SUMMARY).startsWith("1.2 ")).findFirst().orElseThrow();
    assertThat(value(e, Property.SUMMARY)).isEqualTo("1.2 Розробити та затвердити План заходів на 2021 р.");
    assertThat(value(e, Property.DTSTART)).isEqualTo("20210111");
    assertThat(value(e, Property.DESCRIPTION)).isEqualTo("Строк виконання: 1 декада січня 2021 року\n"
        + "Відповідальні: Головний спеціаліст з питань запобігання і виявлення корупції");
  }

  @Test
  void linesEndWithCrlfAndAreFoldedAt75OctetsBetweenCodePoints() {
    String ics = DueDateCalendar.standard().write(PlanSchedule.of(Seed.plan(), UkrainianCalendar.standard()), STAMP);
    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    String[] lines = ics.split("\r\n");
    boolean folded = false;
    for (String line : lines) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      folded |= line.startsWith(" ");
    }
    assertThat(folded).isTrue();
    // Folding splits between code points: every physical line is whole UTF-8 by itself.
    for (String line : lines) {
      assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
    }
  }

  @Test
  void theSameScheduleGivesTheSameBytesAndUids() {
    PlanSchedule schedule = PlanSchedule.of(Seed.plan(), UkrainianCalendar.standard());
    assertThat(DueDateCalendar.standard().write(schedule, STAMP)).isEqualTo(DueDateCalendar.standard().write(
        PlanSchedule.of(Seed.plan(), UkrainianCalendar.standard()), STAMP));
  }

  @Test
  void textValuesAreEscaped() throws Exception {
    assertThat(DueDateCalendar.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    StringBuilder sb = new StringBuilder();
    DueDateCalendar.line(sb, "SUMMARY:" + "є".repeat(80));
    for (String l : sb.toString().split("\r\n")) {
      assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void onePerResponsibleCalendarPerActorEachParsing() throws Exception {
    Map<String, String> perActor = DueDateCalendar.standard().writePerResponsible(
        PlanSchedule.of(Seed.plan(), UkrainianCalendar.standard()), STAMP);
    assertThat(perActor).containsKey("Головний спеціаліст з питань запобігання і виявлення корупції");
    for (Map.Entry<String, String> e : perActor.entrySet()) {
      Calendar c = new CalendarBuilder().build(new StringReader(e.getValue()));
      assertThat(c.<VEvent>getComponents(Component.VEVENT)).as(e.getKey()).isNotEmpty();
    }
  }

  @Test
  void aControlCharacterIsRefusedWithTheMeasureNotReplaced() {
    Plan plan = Seed.plan();
    var section = plan.sections().get(0);
    var measure = section.measures().get(1).withName("План\u0000 заходів");
    Plan bad = plan.withSections(List.of(section.withMeasures(List.of(section.measures().get(0), measure))));
    PlanSchedule schedule = PlanSchedule.of(bad, UkrainianCalendar.standard());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DueDateCalendar.standard().write(schedule, STAMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Measure 1.2: the text \"1.2 План? заходів\" has the character U+0000 at index 8, which "
            + "iCalendar text cannot hold");
    assertThat(DueDateCalendar.text("emoji 😀 stays")).isEqualTo("emoji 😀 stays");
  }

  @Test
  void aProgrammesYearHasTheDueDatesOfThatYearsDeadlinesEachOnAWorkingDay() throws Exception {
    Plan programme = io.github.acplan.serialization.json.PlanJson.standard()
        .read(Seed.resource("programme-2024-2026.json"));
    PlanSchedule year = PlanSchedule.of(programme, io.github.acplan.core.schedule.DeadlineSchedule.of(
        io.github.acplan.core.PlanPeriod.ofYear(2025), UkrainianCalendar.standard()));
    long fixed = year.items().stream().filter(i -> !i.occurrence().reportOnly())
        .map(i -> List.of(i.measure().number(), i.due())).distinct().count();
    Calendar calendar = new CalendarBuilder().build(new StringReader(DueDateCalendar.standard().write(year, STAMP)));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(fixed).isPositive();
    assertThat(events).hasSize((int) fixed);
    for (VEvent e : events) {
      LocalDate due = LocalDate.parse(value(e, Property.DTSTART), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      assertThat(due.getYear()).isBetween(2025, 2026);
      assertThat(UkrainianCalendar.standard().isWorkingDay(due)).as("%s is a working day", due).isTrue();
    }
  }
}
