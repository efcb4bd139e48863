/**
 * Runnable examples of acplan, each a short {@code main} that shows one way to use the library.
 */
@NullMarked
package io.github.acplan.examples;

import org.jspecify.annotations.NullMarked;
