/**
 * The monitoring report an anti-corruption officer publishes: "Інформація про стан виконання Плану
 * заходів … за I півріччя 2020 року", written from a
 * {@link io.github.acplan.core.monitoring.MonitoringResult}.
 *
 * <p>This package is apart from {@code serialization.text}, which reads and writes the plan's own table,
 * because the report is a different, write-only document: it is derived from a plan and a status file and
 * is never read back.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.serialization.report.ExecutionReportTextWriter}: the report as plain text,
 *       in Ukrainian or English.</li>
 *   <li>{@link io.github.acplan.serialization.report.ReportPhrases}: the report's words and phrases, shared
 *       with the DOCX and HTML reports of acplan-documents.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.serialization.report;

import org.jspecify.annotations.NullMarked;
