/**
 * The JSON form of plans and programmes, the exchange format between systems, and of monitoring reports
 * (status files).
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.serialization.json.PlanJson}: writes plans and single deadlines (pretty
 *       or compact) and reads them strictly, with JSON paths in errors and bounded input;</li>
 *   <li>{@link io.github.acplan.serialization.json.ExecutionReportJson}: the same for monitoring
 *       reports, what officers report on each measure for a period;</li>
 *   <li>{@link io.github.acplan.serialization.json.MonitoringResultJson}: writes what the monitor made of a
 *       report (standings, verdicts, completion figures);</li>
 *   <li>{@link io.github.acplan.serialization.json.AcplanJacksonModule}: the same mapping for an
 *       application's own Jackson {@code ObjectMapper}.</li>
 * </ul>
 *
 * <p>The JSON Schemas of the formats are in the jar at {@code /io/github/acplan/plan.schema.json} and
 * {@code /io/github/acplan/execution-report.schema.json}.
 */
@NullMarked
package io.github.acplan.serialization.json;

import org.jspecify.annotations.NullMarked;
