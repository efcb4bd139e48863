/**
 * acplan's model for Jackson 3 ({@code tools.jackson}): {@link io.github.acplan.jackson3.AcplanJackson3Module}.
 */
@NullMarked
package io.github.acplan.jackson3;

import org.jspecify.annotations.NullMarked;
