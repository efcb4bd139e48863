/**
 * Deadlines of measures ("Строк виконання"): the original text and what it means.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.deadline.Deadline}: the closed hierarchy of deadline kinds;</li>
 *   <li>{@link io.github.acplan.core.deadline.Unrecognized}: a text kept verbatim.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.deadline;

import org.jspecify.annotations.NullMarked;
