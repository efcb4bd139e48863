package io.github.acplan.core.deadline.statute;

import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.OnEvent;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A term set by an act for a duty that plans name: the duty, the act and its provision, the act's wording
 * and the term as a {@link Deadline} the schedule can compute.
 *
 * <p>The deadline's {@linkplain Deadline#text() text} is the act's wording. Most terms count from an
 * event of the person's or the body's (the day consent was given, the day a conflict of interest became
 * known); some run every year between fixed dates (the declaration campaign, 1 January to 31 March); a
 * few count from dates the act itself fixes every year ({@link #countsFrom()}: the check of annual
 * declarations counts working days from the campaign's last day, a quarterly report days from each
 * quarter's last day). {@link #occurrences(DeadlineSchedule)}
 * and {@link #dueAfter(DeadlineSchedule, LocalDate)} compute them with a schedule's calendar and
 * policies.
 *
 * <p>The values are the constants of {@link StatutoryTerms}. This class is immutable and thread-safe.
 *
 * @param id a stable identifier in lower case with hyphens: "annual-declaration"
 * @param duty the duty in Ukrainian, in lower case: "щорічна декларація"
 * @param act the act that sets the term
 * @param provision the article, part or point, as cited in Ukrainian: "ст. 45 ч. 1"
 * @param wording the act's words that set the term, quoted from the source
 * @param deadline the term as a deadline whose text is {@code wording}
 * @param countsFrom the days of each year the term counts from, when the event is a date of the act;
 *     empty otherwise
 * @param source the public address the wording was checked against
 */
public record StatutoryTerm(String id, String duty, LegalAct act, String provision, String wording,
    Deadline deadline, List<MonthDay> countsFrom, String source) {

  /**
   * Creates a term.
   *
   * @param id the identifier
   * @param duty the duty
   * @param act the act
   * @param provision the provision
   * @param wording the wording
   * @param deadline the deadline
   * @param countsFrom the yearly days the term counts from, possibly none
   * @param source the address checked
   * @throws IllegalArgumentException if a text is blank or the deadline's text is not the wording
   */
  public StatutoryTerm {
    Objects.requireNonNull(act, "StatutoryTerm.act");
    Objects.requireNonNull(deadline, "StatutoryTerm.deadline");
    countsFrom = List.copyOf(countsFrom);
    String[][] texts = {{"id", id}, {"duty", duty}, {"provision", provision}, {"wording", wording},
        {"source", source}};
    for (String[] t : texts) {
      Objects.requireNonNull(t[1], "StatutoryTerm." + t[0]);
    }
    for (String[] t : texts) {
      if (t[1].isBlank()) {
        throw new IllegalArgumentException("StatutoryTerm." + t[0] + " is blank (term " + id + ")");
      }
    }
    if (!deadline.text().equals(wording)) {
      throw new IllegalArgumentException("StatutoryTerm " + id + ": the deadline's text \"" + deadline.text()
          + "\" is not the wording \"" + wording + "\"");
    }
  }

  /**
   * Returns the citation of the provision: the act's short name and the provision.
   *
   * @return e.g. "Закон № 1700-VII, ст. 57 ч. 1"
   */
  public String citation() {
    return act.shortName() + ", " + provision;
  }

  /**
   * Returns the day a term counted from an event ends. The term starts the day after the event (Civil
   * Code of Ukraine, art. 253) and ends as the schedule computes it for the deadline, moved off a day off
   * by the schedule's policy for terms (art. 254 part 5). A term due "не пізніше дня" of the event is due
   * on the event's day itself.
   *
   * @param schedule the calendar and policies
   * @param event the day of the event
   * @return the due date, or empty if the term does not count from an event (a yearly window)
   * @throws IllegalArgumentException if the calendar does not cover the dates involved
   */
  public Optional<LocalDate> dueAfter(DeadlineSchedule schedule, LocalDate event) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(event, "event");
    if (deadline instanceof OnEvent) {
      return Optional.of(event);
    }
    return schedule.dueAfter(deadline, event);
  }

  /**
   * Lists the term's occurrences in the schedule's period. A term that counts from dates of the act
   * ({@link #countsFrom()}) is due after each date in each year of the period, its window running from
   * the day after the date to the due date. Any other term is scheduled as its deadline is:
   * a yearly window gives its dates, a term after an event only report-only occurrences.
   *
   * @param schedule the period, calendar and policies
   * @return the occurrences, sorted by due date
   * @throws IllegalArgumentException if the calendar does not cover the dates involved
   */
  public List<Occurrence> occurrences(DeadlineSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    if (countsFrom.isEmpty()) {
      return schedule.occurrences(deadline);
    }
    List<Occurrence> list = new ArrayList<>();
    for (int year = schedule.period().firstYear(); year <= schedule.period().lastYear(); year++) {
      for (MonthDay day : countsFrom) {
        LocalDate from = day.atYear(year);
        Optional<LocalDate> due = schedule.dueAfter(deadline, from);
        if (due.isPresent()) {
          list.add(new Occurrence(from.plusDays(1), due.get(), due.get(), false, deadline));
        }
      }
    }
    list.sort(java.util.Comparator.comparing(Occurrence::due));
    return List.copyOf(list);
  }

  /**
   * Returns the duty, the wording and the citation on one line.
   *
   * @return e.g. "спеціальна перевірка: «у строк, що не перевищує …» (Закон № 1700-VII, ст. 57 ч. 1)"
   */
  @Override
  public String toString() {
    return duty + ": «" + wording + "» (" + citation() + ")";
  }
}
