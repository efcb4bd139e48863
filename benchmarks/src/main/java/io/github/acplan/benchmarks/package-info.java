/**
 * JMH benchmarks of acplan against the libraries a user would pick instead (Jollyday, ObjectLab Kit,
 * JaVers, plain Jackson), with bare-array floors, and a correctness report. Not published.
 */
@NullMarked
package io.github.acplan.benchmarks;

import org.jspecify.annotations.NullMarked;
