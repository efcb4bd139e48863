package io.github.acplan.json.mapping;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.Joiner;
import io.github.acplan.core.deadline.PeriodUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A deadline object as read, before it becomes its record: the union of the properties of every deadline
 * kind, filled by {@link ShapeReader} property by property as it streams, with which properties were
 * present. A deadline as acplan writes it ({@code "kind"} first, then that kind's properties) skips the
 * shape: {@link DeadlineValues#readStreaming} reads it straight into its record, and hands what it has
 * read to a shape at the first property that is not so.
 *
 * <p>{@link DeadlineValues} turns it into the kind's record and checks everything else: that the
 * properties present belong to the kind, their plain types (a number where a number is due), enum ids and
 * dates. Scalars are therefore read as plain values ({@code Object}): which type a property must have
 * depends on the kind ({@code "months"} is a list of months in a periodic deadline and a number in a term
 * of months), and the kind may come last. Nested deadlines ({@code deadline}, {@code parts},
 * {@code dates}) are read as deadlines, through the same binding. A property no kind knows is kept by name
 * ({@link #other}) so that the error can name it with the kind's own list.
 *
 * <p>{@code @JsonPropertyOrder} lists the properties in the order of {@link Property}, the order in which
 * the records' components are written, so that the reader of shapes finds them in turn.
 */
@JsonPropertyOrder({"kind", "text", "every", "times", "minimum", "months", "year", "dates", "dayOfNextMonth",
    "daysAfterPeriod", "bound", "day", "month", "form", "startYear", "startMonth", "startDay", "endYear",
    "endMonth", "endDay", "decade", "unit", "index", "years", "lastIndex", "workingDays", "days", "event",
    "reference", "document", "deadline", "condition", "joiner", "parts"})
final class DeadlineShape {

  /** The properties, in the order of their slots: bit {@code ordinal()} of {@link #present}. */
  enum Property {
    KIND("kind"),
    TEXT("text"),
    EVERY("every"),
    TIMES("times"),
    MINIMUM("minimum"),
    MONTHS("months"),
    YEAR("year"),
    DATES("dates"),
    DAY_OF_NEXT_MONTH("dayOfNextMonth"),
    DAYS_AFTER_PERIOD("daysAfterPeriod"),
    BOUND("bound"),
    DAY("day"),
    MONTH("month"),
    FORM("form"),
    START_YEAR("startYear"),
    START_MONTH("startMonth"),
    START_DAY("startDay"),
    END_YEAR("endYear"),
    END_MONTH("endMonth"),
    END_DAY("endDay"),
    DECADE("decade"),
    UNIT("unit"),
    INDEX("index"),
    YEARS("years"),
    LAST_INDEX("lastIndex"),
    WORKING_DAYS("workingDays"),
    DAYS("days"),
    EVENT("event"),
    REFERENCE("reference"),
    DOCUMENT("document"),
    DEADLINE("deadline"),
    CONDITION("condition"),
    JOINER("joiner"),
    PARTS("parts");

    private final String json;

    Property(String json) {
      this.json = json;
    }
  }

  /** How many properties there are; {@code Property.values()} copies its array at every call. */
  private static final int PROPERTY_COUNT = Property.values().length;

  /** The JSON names of the properties, in the order of their slots. */
  static final List<String> NAMES = names();

  /** Which properties were present, by slot; a property given as {@code null} is present. */
  long present;

  /** The first property that no deadline kind has, or null. */
  @Nullable String other;

  /**
   * The values read, in the order read, and the slot of each: a deadline has two to ten properties of
   * the 34 slots, and an array per slot made the shapes a twentieth of what reading a plan allocates.
   */
  private @Nullable Object[] values = new Object[4];

  private byte[] slots = new byte[4];

  private int size;

  /** Creates an empty shape, for Jackson to fill. */
  DeadlineShape() {}

  private static List<String> names() {
    if (PROPERTY_COUNT > Long.SIZE) {
      throw new IllegalStateException("DeadlineShape.present has a bit for at most 64 properties");
    }
    List<String> names = new ArrayList<>();
    for (Property p : Property.values()) {
      names.add(p.json);
    }
    if (!names.equals(List.of(DeadlineShape.class.getAnnotation(JsonPropertyOrder.class).value()))) {
      throw new IllegalStateException("DeadlineShape's @JsonPropertyOrder is not the order of its Property");
    }
    return Collections.unmodifiableList(names);
  }

  private void set(Property property, @Nullable Object value) {
    present = Shapes.once(present, property.ordinal(), property.json);
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      slots = Arrays.copyOf(slots, size * 2);
    }
    values[size] = value;
    slots[size] = (byte) property.ordinal();
    size++;
  }

  /** The value of the property in slot {@code slot} ({@code null} if absent or null). */
  @Nullable Object value(int slot) {
    if ((present & (1L << slot)) != 0) {
      for (int i = 0; i < size; i++) {
        if (slots[i] == slot) {
          return values[i];
        }
      }
    }
    return null;
  }

  @JsonProperty("kind") @EnumId(DeadlineKind.class)
  void setKind(@Nullable Object value) {
    set(Property.KIND, value);
  }

  @JsonProperty("text")
  void setText(@Nullable Object value) {
    set(Property.TEXT, value);
  }

  @JsonProperty("every") @EnumId(PeriodUnit.class)
  void setEvery(@Nullable Object value) {
    set(Property.EVERY, value);
  }

  @JsonProperty("times")
  void setTimes(@Nullable Object value) {
    set(Property.TIMES, value);
  }

  @JsonProperty("minimum")
  void setMinimum(@Nullable Object value) {
    set(Property.MINIMUM, value);
  }

  @JsonProperty("months")
  void setMonths(@Nullable Object value) {
    set(Property.MONTHS, value);
  }

  @JsonProperty("year")
  void setYear(@Nullable Object value) {
    set(Property.YEAR, value);
  }

  @JsonProperty("dates")
  void setDates(@Nullable List<Deadline> value) {
    set(Property.DATES, value);
  }

  @JsonProperty("dayOfNextMonth")
  void setDayOfNextMonth(@Nullable Object value) {
    set(Property.DAY_OF_NEXT_MONTH, value);
  }

  @JsonProperty("daysAfterPeriod")
  void setDaysAfterPeriod(@Nullable Object value) {
    set(Property.DAYS_AFTER_PERIOD, value);
  }

  @JsonProperty("bound")
  void setBound(@Nullable Object value) {
    set(Property.BOUND, value);
  }

  @JsonProperty("day")
  void setDay(@Nullable Object value) {
    set(Property.DAY, value);
  }

  @JsonProperty("month") @EnumId(java.time.Month.class)
  void setMonth(@Nullable Object value) {
    set(Property.MONTH, value);
  }

  @JsonProperty("form")
  void setForm(@Nullable Object value) {
    set(Property.FORM, value);
  }

  @JsonProperty("startYear")
  void setStartYear(@Nullable Object value) {
    set(Property.START_YEAR, value);
  }

  @JsonProperty("startMonth")
  void setStartMonth(@Nullable Object value) {
    set(Property.START_MONTH, value);
  }

  @JsonProperty("startDay")
  void setStartDay(@Nullable Object value) {
    set(Property.START_DAY, value);
  }

  @JsonProperty("endYear")
  void setEndYear(@Nullable Object value) {
    set(Property.END_YEAR, value);
  }

  @JsonProperty("endMonth")
  void setEndMonth(@Nullable Object value) {
    set(Property.END_MONTH, value);
  }

  @JsonProperty("endDay")
  void setEndDay(@Nullable Object value) {
    set(Property.END_DAY, value);
  }

  @JsonProperty("decade")
  void setDecade(@Nullable Object value) {
    set(Property.DECADE, value);
  }

  @JsonProperty("unit") @EnumId(PeriodUnit.class)
  void setUnit(@Nullable Object value) {
    set(Property.UNIT, value);
  }

  @JsonProperty("index")
  void setIndex(@Nullable Object value) {
    set(Property.INDEX, value);
  }

  @JsonProperty("years")
  void setYears(@Nullable Object value) {
    set(Property.YEARS, value);
  }

  @JsonProperty("lastIndex")
  void setLastIndex(@Nullable Object value) {
    set(Property.LAST_INDEX, value);
  }

  @JsonProperty("workingDays")
  void setWorkingDays(@Nullable Object value) {
    set(Property.WORKING_DAYS, value);
  }

  @JsonProperty("days")
  void setDays(@Nullable Object value) {
    set(Property.DAYS, value);
  }

  @JsonProperty("event")
  void setEvent(@Nullable Object value) {
    set(Property.EVENT, value);
  }

  @JsonProperty("reference")
  void setReference(@Nullable Object value) {
    set(Property.REFERENCE, value);
  }

  @JsonProperty("document")
  void setDocument(@Nullable Object value) {
    set(Property.DOCUMENT, value);
  }

  @JsonProperty("deadline")
  void setDeadline(@Nullable Deadline value) {
    set(Property.DEADLINE, value);
  }

  @JsonProperty("condition")
  void setCondition(@Nullable Object value) {
    set(Property.CONDITION, value);
  }

  @JsonProperty("joiner") @EnumId(Joiner.class)
  void setJoiner(@Nullable Object value) {
    set(Property.JOINER, value);
  }

  @JsonProperty("parts")
  void setParts(@Nullable List<Deadline> value) {
    set(Property.PARTS, value);
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
}
