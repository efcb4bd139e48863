package io.github.acplan.json.mapping;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.acplan.core.deadline.Deadline;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A deadline object as read, before it becomes its record: the union of the properties of every deadline
 * kind, filled by Jackson property by property as it streams, with which properties were present.
 *
 * <p>{@link DeadlineValues} turns it into the kind's record and checks everything else: that the
 * properties present belong to the kind, their plain types (a number where a number is due, whatever the
 * application's mapper would coerce), enum ids and dates. Scalars are therefore read as plain values
 * ({@code Object}); nested deadlines ({@code deadline}, {@code parts}, {@code dates}) are read as
 * deadlines, through the same binding, so that a deadline inside a deadline streams too. A property no
 * kind knows is kept by name ({@link #other}) so that the error can name it with the kind's own list.
 *
 * <p>Reading a deadline as a map of plain values first, as before, cost a third of the time of reading
 * a plan (benchmarks/README.md).
 */
final class DeadlineShape {

  /** The JSON names of the properties, in the order of their slots (bit {@code i} of {@link #present}). */
  static final List<String> NAMES = List.of(
      "kind", "text", "every", "times", "minimum", "months", "year", "dates", "dayOfNextMonth",
      "daysAfterPeriod", "bound", "day", "month", "form", "startYear", "startMonth", "startDay", "endYear",
      "endMonth", "endDay", "decade", "unit", "index", "years", "lastIndex", "workingDays", "days", "event",
      "reference", "document", "deadline", "condition", "joiner", "parts");

  /** Which properties were present, by slot; a property given as {@code null} is present. */
  long present;

  /** The first property that no deadline kind has, or null. */
  @Nullable String other;

  private @Nullable Object kind;
  private @Nullable Object text;
  private @Nullable Object every;
  private @Nullable Object times;
  private @Nullable Object minimum;
  private @Nullable Object months;
  private @Nullable Object year;
  private @Nullable List<Deadline> dates;
  private @Nullable Object dayOfNextMonth;
  private @Nullable Object daysAfterPeriod;
  private @Nullable Object bound;
  private @Nullable Object day;
  private @Nullable Object month;
  private @Nullable Object form;
  private @Nullable Object startYear;
  private @Nullable Object startMonth;
  private @Nullable Object startDay;
  private @Nullable Object endYear;
  private @Nullable Object endMonth;
  private @Nullable Object endDay;
  private @Nullable Object decade;
  private @Nullable Object unit;
  private @Nullable Object index;
  private @Nullable Object years;
  private @Nullable Object lastIndex;
  private @Nullable Object workingDays;
  private @Nullable Object days;
  private @Nullable Object event;
  private @Nullable Object reference;
  private @Nullable Object document;
  private @Nullable Deadline deadline;
  private @Nullable Object condition;
  private @Nullable Object joiner;
  private @Nullable List<Deadline> parts;

  /** Creates an empty shape, for Jackson to fill. */
  DeadlineShape() {}

  @JsonProperty("kind")
  void setKind(@Nullable Object value) {
    kind = value;
    present |= 1L << 0;
  }

  @JsonProperty("text")
  void setText(@Nullable Object value) {
    text = value;
    present |= 1L << 1;
  }

  @JsonProperty("every")
  void setEvery(@Nullable Object value) {
    every = value;
    present |= 1L << 2;
  }

  @JsonProperty("times")
  void setTimes(@Nullable Object value) {
    times = value;
    present |= 1L << 3;
  }

  @JsonProperty("minimum")
  void setMinimum(@Nullable Object value) {
    minimum = value;
    present |= 1L << 4;
  }

  @JsonProperty("months")
  void setMonths(@Nullable Object value) {
    months = value;
    present |= 1L << 5;
  }

  @JsonProperty("year")
  void setYear(@Nullable Object value) {
    year = value;
    present |= 1L << 6;
  }

  @JsonProperty("dates")
  void setDates(@Nullable List<Deadline> value) {
    dates = value;
    present |= 1L << 7;
  }

  @JsonProperty("dayOfNextMonth")
  void setDayOfNextMonth(@Nullable Object value) {
    dayOfNextMonth = value;
    present |= 1L << 8;
  }

  @JsonProperty("daysAfterPeriod")
  void setDaysAfterPeriod(@Nullable Object value) {
    daysAfterPeriod = value;
    present |= 1L << 9;
  }

  @JsonProperty("bound")
  void setBound(@Nullable Object value) {
    bound = value;
    present |= 1L << 10;
  }

  @JsonProperty("day")
  void setDay(@Nullable Object value) {
    day = value;
    present |= 1L << 11;
  }

  @JsonProperty("month")
  void setMonth(@Nullable Object value) {
    month = value;
    present |= 1L << 12;
  }

  @JsonProperty("form")
  void setForm(@Nullable Object value) {
    form = value;
    present |= 1L << 13;
  }

  @JsonProperty("startYear")
  void setStartYear(@Nullable Object value) {
    startYear = value;
    present |= 1L << 14;
  }

  @JsonProperty("startMonth")
  void setStartMonth(@Nullable Object value) {
    startMonth = value;
    present |= 1L << 15;
  }

  @JsonProperty("startDay")
  void setStartDay(@Nullable Object value) {
    startDay = value;
    present |= 1L << 16;
  }

  @JsonProperty("endYear")
  void setEndYear(@Nullable Object value) {
    endYear = value;
    present |= 1L << 17;
  }

  @JsonProperty("endMonth")
  void setEndMonth(@Nullable Object value) {
    endMonth = value;
    present |= 1L << 18;
  }

  @JsonProperty("endDay")
  void setEndDay(@Nullable Object value) {
    endDay = value;
    present |= 1L << 19;
  }

  @JsonProperty("decade")
  void setDecade(@Nullable Object value) {
    decade = value;
    present |= 1L << 20;
  }

  @JsonProperty("unit")
  void setUnit(@Nullable Object value) {
    unit = value;
    present |= 1L << 21;
  }

  @JsonProperty("index")
  void setIndex(@Nullable Object value) {
    index = value;
    present |= 1L << 22;
  }

  @JsonProperty("years")
  void setYears(@Nullable Object value) {
    years = value;
    present |= 1L << 23;
  }

  @JsonProperty("lastIndex")
  void setLastIndex(@Nullable Object value) {
    lastIndex = value;
    present |= 1L << 24;
  }

  @JsonProperty("workingDays")
  void setWorkingDays(@Nullable Object value) {
    workingDays = value;
    present |= 1L << 25;
  }

  @JsonProperty("days")
  void setDays(@Nullable Object value) {
    days = value;
    present |= 1L << 26;
  }

  @JsonProperty("event")
  void setEvent(@Nullable Object value) {
    event = value;
    present |= 1L << 27;
  }

  @JsonProperty("reference")
  void setReference(@Nullable Object value) {
    reference = value;
    present |= 1L << 28;
  }

  @JsonProperty("document")
  void setDocument(@Nullable Object value) {
    document = value;
    present |= 1L << 29;
  }

  @JsonProperty("deadline")
  void setDeadline(@Nullable Deadline value) {
    deadline = value;
    present |= 1L << 30;
  }

  @JsonProperty("condition")
  void setCondition(@Nullable Object value) {
    condition = value;
    present |= 1L << 31;
  }

  @JsonProperty("joiner")
  void setJoiner(@Nullable Object value) {
    joiner = value;
    present |= 1L << 32;
  }

  @JsonProperty("parts")
  void setParts(@Nullable List<Deadline> value) {
    parts = value;
    present |= 1L << 33;
  }

  /**
   * Keeps the first property that no kind has.
   *
   * @param name its name
   * @param value its value, ignored
   */
  @JsonAnySetter
  void setOther(String name, @Nullable Object value) {
    if (other == null) {
      other = name;
    }
  }

  /** The value of the property in slot {@code slot} ({@code null} if absent or null). */
  @Nullable Object value(int slot) {
    switch (slot) {
      case 0:
        return kind;
      case 1:
        return text;
      case 2:
        return every;
      case 3:
        return times;
      case 4:
        return minimum;
      case 5:
        return months;
      case 6:
        return year;
      case 7:
        return dates;
      case 8:
        return dayOfNextMonth;
      case 9:
        return daysAfterPeriod;
      case 10:
        return bound;
      case 11:
        return day;
      case 12:
        return month;
      case 13:
        return form;
      case 14:
        return startYear;
      case 15:
        return startMonth;
      case 16:
        return startDay;
      case 17:
        return endYear;
      case 18:
        return endMonth;
      case 19:
        return endDay;
      case 20:
        return decade;
      case 21:
        return unit;
      case 22:
        return index;
      case 23:
        return years;
      case 24:
        return lastIndex;
      case 25:
        return workingDays;
      case 26:
        return days;
      case 27:
        return event;
      case 28:
        return reference;
      case 29:
        return document;
      case 30:
        return deadline;
      case 31:
        return condition;
      case 32:
        return joiner;
      case 33:
        return parts;
      default:
        throw new IndexOutOfBoundsException("slot " + slot);
    }
  }
}
