/**
 * The published table text of a plan: reading it into the model and writing it back.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.serialization.text.PlanTextReader}: reads the text of a plan's table, as
 *       extracted from its PDF, into a {@link io.github.acplan.core.Plan};</li>
 *   <li>{@link io.github.acplan.serialization.text.ReadResult} and
 *       {@link io.github.acplan.serialization.text.ReadWarning}: the plan read and the soft problems met;</li>
 *   <li>{@link io.github.acplan.serialization.text.PlanTextWriter}: writes a plan in the same form, so
 *       that reading it back gives an equal plan.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.serialization.text;

import org.jspecify.annotations.NullMarked;
