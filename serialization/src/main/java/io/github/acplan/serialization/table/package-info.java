/**
 * A plan's or a risk register's table as a format-neutral grid: what every format's extractor produces
 * (the text form here; DOCX, PDF, HTML and XLSX in {@code acplan-documents}) and what one
 * interpretation reads into the model, so that every format gets every rule.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.serialization.table.TableGrid}: the rows of one table and the
 *       paragraphs before and after it;</li>
 *   <li>{@link io.github.acplan.serialization.table.GridRow}: a row, possibly a header repeated on a
 *       later page or the continuation of a row across a page break;</li>
 *   <li>{@link io.github.acplan.serialization.table.GridCell},
 *       {@link io.github.acplan.serialization.table.CellParagraph} and
 *       {@link io.github.acplan.serialization.table.VerticalMerge}: a cell with its paragraphs, list
 *       items, emphasis, column span and vertical merge;</li>
 *   <li>{@link io.github.acplan.serialization.table.GridLocation}: where a row or cell came from (line,
 *       page, sheet, table row, cell).</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.serialization.table;

import org.jspecify.annotations.NullMarked;
