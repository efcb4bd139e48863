package io.github.acplan.core.deadline;

/**
 * What happens to a due date that falls on a day off.
 *
 * <p>The default, {@link #NEXT_WORKING_DAY}, is the law: "якщо останній день строку припадає на
 * вихідний, святковий або інший неробочий день, що визначений відповідно до закону у місці вчинення
 * певної дії, днем закінчення строку є перший за ним робочий день" (Civil Code of Ukraine, art. 254
 * part 5). The other policies serve internal rules that want work done before the day off.
 */
public enum DayOffShift {
  /** The term ends on the first working day after the day off (Civil Code art. 254 part 5). */
  NEXT_WORKING_DAY,
  /** The term ends on the last working day before the day off (a stricter internal rule). */
  PREVIOUS_WORKING_DAY,
  /** The due date stays on the day off. */
  NONE
}
