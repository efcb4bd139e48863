package io.github.acplan.core.deadline;

import java.util.Objects;

/**
 * The kinds of deadline, each with its logical name ({@link #id()}, used in JSON and on the command
 * line) and its record class ({@link #type()}).
 *
 * <p>The logical names are a public contract: they never change once released.
 */
public enum DeadlineKind {
  /** "Постійно": a continuous duty, never overdue, reported on in every reporting period. */
  PERMANENT("permanent", Permanent.class),
  /** "Щопівроку", "щокварталу", "не рідше 1 разу на квартал", "щороку до 1 квітня". */
  PERIODIC("periodic", Periodic.class),
  /** "до 15 грудня", "до 31 січня 2022 р.", "не пізніше 1 червня". */
  BY_DATE("by-date", ByDate.class),
  /** "Січень-березень 2020 р.", "з 16 липня по 15 серпня", "01.03.2023 - 30.06.2023". */
  DATE_RANGE("date-range", DateRange.class),
  /** "1 декада січня 2021 року". */
  DECADE("decade", Decade.class),
  /** "Протягом року", "Протягом 2020 р.", "у 2023 та 2025 роках", "у другому півріччі". */
  DURING_PERIOD("during-period", DuringPeriod.class),
  /** "Протягом 2-х робочих днів з моменту отримання повідомлення". */
  WITHIN_WORKING_DAYS("within-working-days", WithinWorkingDays.class),
  /** "у десятиденний строк", "протягом 10 днів". */
  WITHIN_CALENDAR_DAYS("within-calendar-days", WithinCalendarDays.class),
  /** "протягом місяця з дня призначення". */
  WITHIN_MONTHS("within-months", WithinMonths.class),
  /** "У разі оголошення конкурсу", "При призначенні на посаду". */
  ON_EVENT("on-event", OnEvent.class),
  /** "У порядку та строки, визначені Законом України". */
  STATUTORY("statutory", Statutory.class),
  /** "за окремим планом", "(за окремим графіком)". */
  PER_SCHEDULE("per-schedule", PerSchedule.class),
  /** "Постійно (в разі надходження проекту)". */
  CONDITIONAL("conditional", Conditional.class),
  /** "При призначенні на посаду; постійно". */
  COMPOSITE("composite", Composite.class),
  /** A text kept verbatim without a structured meaning. */
  UNRECOGNIZED("unrecognized", Unrecognized.class);

  private final String id;
  private final Class<? extends Deadline> type;

  DeadlineKind(String id, Class<? extends Deadline> type) {
    this.id = id;
    this.type = type;
  }

  /**
   * Returns the logical name of the kind: "permanent", "by-date", "within-working-days"...
   *
   * @return the logical name, lowercase with hyphens
   */
  public String id() {
    return id;
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
   * Returns the kind with the logical name {@code id}.
   *
   * @param id a logical name such as "by-date"
   * @return the kind
   * @throws IllegalArgumentException if no kind has that name
   */
  public static DeadlineKind fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (DeadlineKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown deadline kind \"" + id + "\"; expected one of "
        + java.util.Arrays.stream(values()).map(DeadlineKind::id)
            .collect(java.util.stream.Collectors.joining(", ")));
  }
}
