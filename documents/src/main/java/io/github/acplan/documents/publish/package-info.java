/**
 * Publishing a plan and its monitoring reports in the forms councils sign and publish: Word (DOCX) ready to
 * sign, self-contained HTML pages for the council's website, and iCalendar files of the due dates.
 *
 * <p>One package rather than one per format ({@code …publish.docx}, {@code …publish.html},
 * {@code …publish.ical}): a caller who publishes a plan wants the forms side by side, the writers share
 * the report's phrases ({@link io.github.acplan.serialization.report.ReportPhrases}) and the table's
 * headers, and each format is one or two small classes. What the HTML pages need inside (view models,
 * SVG charts, the compiled templates) lives in the unexported {@code …publish.internal} packages.
 *
 * <p>The HTML pages are written with jte templates (under {@code src/main/jte}) compiled to Java by the jte
 * Maven plugin at build time, rather than JMustache's templates read at run time: a template is
 * type-checked against the page it renders, so a renamed field fails the build instead of a published
 * page; output is escaped by context (text, attribute) by default; nothing reflects over the page values
 * (jte-runtime only calls the generated class, whose package alone is opened to it); and only the small
 * {@code jte-runtime} jar ships.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.documents.publish.PlanDocxWriter}: the plan as the annex to an order, in
 *       the layout of ДСТУ 4163:2020.</li>
 *   <li>{@link io.github.acplan.documents.publish.PlanHtmlWriter}: the plan as a self-contained web
 *       page.</li>
 *   <li>{@link io.github.acplan.documents.publish.ReportDocxWriter} and
 *       {@link io.github.acplan.documents.publish.ReportHtmlWriter}: the monitoring report as DOCX and as a
 *       self-contained web page with SVG charts.</li>
 *   <li>{@link io.github.acplan.documents.publish.DueDateCalendar}: the due dates as iCalendar
 *       (RFC 5545).</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.documents.publish;

import org.jspecify.annotations.NullMarked;
