/**
 * CSV export of a plan's measures, for spreadsheets.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.serialization.csv.PlanCsv}: RFC 4180 CSV in UTF-8 with a byte order
 *       mark, neutralised against formula injection;</li>
 *   <li>{@link io.github.acplan.serialization.csv.SpreadsheetCsv}: the one CSV writer (Apache Commons CSV
 *       quoting) with the reversible neutralisation of formula-looking cells and its inverse.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.serialization.csv;

import org.jspecify.annotations.NullMarked;
