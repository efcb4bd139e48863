/**
 * Reading the "Відповідальні за виконання" cell of a plan into ordered actors.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.responsible.ResponsibleParser}: splits a cell into
 *       {@link io.github.acplan.core.Actor}s and classifies each as a position, unit, collegial body,
 *       group, institution or external body.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.responsible;

import org.jspecify.annotations.NullMarked;
