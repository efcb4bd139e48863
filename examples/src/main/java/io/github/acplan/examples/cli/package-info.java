/**
 * The {@code acplan} command-line tool.
 */
@NullMarked
package io.github.acplan.examples.cli;

import org.jspecify.annotations.NullMarked;
