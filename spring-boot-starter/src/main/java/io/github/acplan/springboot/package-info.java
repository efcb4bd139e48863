/**
 * Spring Boot auto-configuration for acplan.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.springboot.AcplanAutoConfiguration}: the calendar, validator, deadline
 *       parser, Jackson 3 module and document reader beans;</li>
 *   <li>{@link io.github.acplan.springboot.AcplanProperties}: the {@code acplan.*} properties.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.springboot;

import org.jspecify.annotations.NullMarked;
