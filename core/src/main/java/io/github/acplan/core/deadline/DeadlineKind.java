package io.github.acplan.core.deadline;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;


/**
 * The kinds of deadline, each with its logical name ({@link #id()}, used in JSON and on the command
 * line) and its record class ({@link #type()}).
 *
 * <p>The logical names are a public contract: they never change once released.
 */
public enum DeadlineKind implements Worded {
  /** "Постійно": a continuous duty, never overdue, reported on in every reporting period. */
  PERMANENT("permanent", "постійно", "permanent", Permanent.class),
  /** "Щопівроку", "щокварталу", "не рідше 1 разу на квартал", "щороку до 1 квітня". */
  PERIODIC("periodic", "періодично", "periodic", Periodic.class),
  /** "до 15 грудня", "до 31 січня 2022 р.", "не пізніше 1 червня". */
  BY_DATE("by-date", "до дати", "by a date", ByDate.class),
  /** "Січень-березень 2020 р.", "з 16 липня по 15 серпня", "01.03.2023 - 30.06.2023". */
  DATE_RANGE("date-range", "проміжок дат", "a range of dates", DateRange.class),
  /** "1 декада січня 2021 року". */
  DECADE("decade", "декада місяця", "a decade of a month", Decade.class),
  /** "Протягом року", "Протягом 2020 р.", "у 2023 та 2025 роках", "у другому півріччі". */
  DURING_PERIOD("during-period", "протягом періоду", "during a period", DuringPeriod.class),
  /** "Протягом 2-х робочих днів з моменту отримання повідомлення". */
  WITHIN_WORKING_DAYS("within-working-days", "у робочих днях", "within working days", WithinWorkingDays.class),
  /** "у десятиденний строк", "протягом 10 днів". */
  WITHIN_CALENDAR_DAYS("within-calendar-days", "у календарних днях", "within calendar days", WithinCalendarDays.class),
  /** "протягом місяця з дня призначення". */
  WITHIN_MONTHS("within-months", "у місяцях", "within months", WithinMonths.class),
  /** "У разі оголошення конкурсу", "При призначенні на посаду". */
  ON_EVENT("on-event", "у разі події", "on an event", OnEvent.class),
  /** "У порядку та строки, визначені Законом України". */
  STATUTORY("statutory", "у строки, визначені законодавством", "in the terms the law sets", Statutory.class),
  /** "за окремим планом", "(за окремим графіком)". */
  PER_SCHEDULE("per-schedule", "за окремим планом", "per a separate schedule", PerSchedule.class),
  /** "Постійно (в разі надходження проекту)". */
  CONDITIONAL("conditional", "за умови", "conditional", Conditional.class),
  /** "При призначенні на посаду; постійно". */
  COMPOSITE("composite", "складений", "composite", Composite.class),
  /** A text kept verbatim without a structured meaning. */
  UNRECOGNIZED("unrecognized", "не розпізнано", "unrecognized", Unrecognized.class);

  private final Wording wording;
  private final Class<? extends Deadline> type;

  DeadlineKind(String id, String ukrainian, String english, Class<? extends Deadline> type) {
    this.wording = new Wording(id, ukrainian, english);
    this.type = type;
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Returns the record class of the kind.
   *
   * @return the class whose instances have this kind
   */
  public Class<? extends Deadline> type() {
    return type;
  }

  /**
   * Finds the kind with a logical name, in any case and with spaces around it.
   *
   * @param id a logical name such as "by-date"
   * @return the kind, or empty if no kind has that name
   */
  public static Optional<DeadlineKind> fromId(String id) {
    return Worded.byId(DeadlineKind.class, id);
  }
}
