/**
 * The documents councils publish: reading a plan from DOCX, HTML or the text form, recognised by content.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.documents.PlanDocuments}: reads a plan from a file or stream;</li>
 *   <li>{@link io.github.acplan.documents.DocumentLimits}: the limits a document is held to;</li>
 *   <li>{@link io.github.acplan.documents.DocumentFormat}: the formats recognised.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.documents;

import org.jspecify.annotations.NullMarked;
