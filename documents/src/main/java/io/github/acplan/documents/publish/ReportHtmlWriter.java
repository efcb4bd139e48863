package io.github.acplan.documents.publish;

import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.documents.publish.internal.ReportPage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the monitoring report ("Інформація про стан виконання … за I півріччя 2020 року") as one
 * self-contained HTML page, with the content of
 * {@link io.github.acplan.serialization.report.ExecutionReportTextWriter} in the same words
 * ({@link io.github.acplan.serialization.report.ReportPhrases}):
 * <ul>
 *   <li>the title and the key figures (measures to report on, done with the share in percent, overdue,
 *       not reported);</li>
 *   <li>three bar charts drawn as inline SVG: the share done per section (one bar per section of
 *       {@link MonitoringResult#completionBySection()}), the fixed due dates per month of the reporting
 *       period, and the measures by reported status;</li>
 *   <li>the table, section by section: number, measure, deadline with its due date and standing,
 *       responsible, status, verdict, comment and evidence (only http and https addresses become
 *       links);</li>
 *   <li>the summary: overall, by section, by responsible, overdue, not reported, entries for measures not
 *       in the plan, measures not scheduled in the period.</li>
 * </ul>
 * No script, no web font, nothing from the network; {@code lang} is "uk" or "en"; headers carry
 * {@code scope}; a print style sheet sets A4 and repeats the table's header row on every page. Every text
 * from the plan and the status file is escaped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportHtmlWriter {

  private static final ReportHtmlWriter STANDARD = new ReportHtmlWriter();

  private ReportHtmlWriter() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static ReportHtmlWriter standard() {
    return STANDARD;
  }

  /**
   * Writes the report page as UTF-8. The stream is not closed.
   *
   * @param result the monitoring result
   * @param locale Ukrainian ("uk") for Ukrainian, anything else for English
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void write(MonitoringResult result, Locale locale, OutputStream out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    Templates.render("report.jte", ReportPage.of(result, locale), out);
  }

  /**
   * Writes the report page to a string.
   *
   * @param result the monitoring result
   * @param locale Ukrainian ("uk") for Ukrainian, anything else for English
   * @return the HTML
   */
  public String write(MonitoringResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    return Templates.render("report.jte", ReportPage.of(result, locale));
  }
}
