/**
 * Text as the readers and parsers compare it: Unicode noise (no-break spaces, soft hyphens, zero-width
 * characters, apostrophe and dash variants) handled in one place.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.text.TextNormalization}: the cleaning every reader applies at its
 *       edge, the folding parsers compare with, and the escaping of invisible characters in messages.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.text;

import org.jspecify.annotations.NullMarked;
