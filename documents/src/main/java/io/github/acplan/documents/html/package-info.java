/**
 * Internal: the HTML extractor (jsoup). Not exported; use {@link io.github.acplan.documents.PlanDocuments}.
 */
@NullMarked
package io.github.acplan.documents.html;

import org.jspecify.annotations.NullMarked;
