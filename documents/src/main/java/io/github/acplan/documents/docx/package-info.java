/**
 * Internal: the DOCX extractor (Apache POI XWPF). Not exported; use
 * {@link io.github.acplan.documents.PlanDocuments}.
 */
@NullMarked
package io.github.acplan.documents.docx;

import org.jspecify.annotations.NullMarked;
