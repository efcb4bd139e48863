/**
 * What the readers and writers of plans share.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.serialization.PlanFormatException}: bad input, with where it is.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.serialization;

import org.jspecify.annotations.NullMarked;
