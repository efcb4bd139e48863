/**
 * Internal: the PDF extractor (Apache PDFBox), which rebuilds a ruled table from its text positions and
 * the lines of its cell borders. Not exported; use {@link io.github.acplan.documents.PlanDocuments}.
 */
@NullMarked
package io.github.acplan.documents.pdf;

import org.jspecify.annotations.NullMarked;
