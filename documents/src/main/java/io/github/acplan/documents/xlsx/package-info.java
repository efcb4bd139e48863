/**
 * Internal: the XLSX extractor (Apache POI XSSF). Not exported; use
 * {@link io.github.acplan.documents.PlanDocuments}.
 */
@NullMarked
package io.github.acplan.documents.xlsx;

import org.jspecify.annotations.NullMarked;
