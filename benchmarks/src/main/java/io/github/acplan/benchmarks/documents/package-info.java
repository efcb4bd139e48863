/**
 * Reading plans from documents (DOCX, PDF, HTML) against floors of the same libraries only extracting
 * every cell's text.
 */
@NullMarked
package io.github.acplan.benchmarks.documents;

import org.jspecify.annotations.NullMarked;
