package io.github.acplan.serialization.csv;

import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.core.risk.CorruptionRisk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exports the measures of a plan as CSV, for spreadsheets.
 *
 * <p>The file follows RFC 4180: UTF-8 with a byte order mark (so that spreadsheet programs detect the
 * encoding), records ending with CRLF, fields quoted with {@code "} where needed, quotes doubled inside
 * (written by {@link SpreadsheetCsv}). One header record, then one record per measure in the order of the
 * plan:
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>{@code section}</td><td>the section's number, e.g. {@code 2}</td></tr>
 *   <tr><td>{@code number}</td><td>the measure's number, e.g. {@code 2.4}</td></tr>
 *   <tr><td>{@code name}</td><td>the measure's text</td></tr>
 *   <tr><td>{@code deadline}</td><td>the deadline's original text</td></tr>
 *   <tr><td>{@code deadline_kind}</td><td>the deadline's kind as in JSON, e.g. {@code unrecognized}</td></tr>
 *   <tr><td>{@code responsible}</td><td>the responsible cell's text</td></tr>
 *   <tr><td>{@code indicators}</td><td>the indicators, one per line inside the field</td></tr>
 *   <tr><td>{@code expected_results}</td><td>the expected results, one per line inside the field</td></tr>
 * </table>
 *
 * <p>A programme whose register or measures carry more ({@link Plan#risks()}, {@link Measure#resources()},
 * {@link Measure#yearlyDeadlines()}) gets three more columns, {@link #PROGRAMME_HEADER}, so that nothing
 * of a measure is lost: {@code resources}; {@code yearly_deadlines}, one "year: text" per line inside the
 * field; {@code risks}, the identifiers of the risks the measure addresses, one per line. A plan without
 * any of them keeps the eight columns, so existing files do not change.
 *
 * <p>Against formula injection (CWE-1236), every field is neutralised as {@link SpreadsheetCsv} documents:
 * one apostrophe {@code '} in front of a field that starts with {@code =}, {@code +}, {@code -},
 * {@code @} (or their full-width forms), a control character, white space followed by one of those, or an
 * apostrophe. A spreadsheet shows such a field as text ("- item" lists in plans would otherwise become
 * formulas), and a program gets the value back with {@link SpreadsheetCsv#restore(String)}, which removes
 * exactly one leading apostrophe.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanCsv {

  /** The header record, in order. */
  public static final List<String> HEADER = List.of("section", "number", "name", "deadline",
      "deadline_kind", "responsible", "indicators", "expected_results");

  /** The header record of a programme with a register, resources or deadlines per year, in order. */
  public static final List<String> PROGRAMME_HEADER = Stream.concat(HEADER.stream(),
      Stream.of("resources", "yearly_deadlines", "risks")).toList();

  private static final PlanCsv STANDARD = new PlanCsv();

  private PlanCsv() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static PlanCsv standard() {
    return STANDARD;
  }

  /**
   * Returns the CSV of a plan's measures as UTF-8 bytes, with the byte order mark.
   *
   * @param plan the plan
   * @return the bytes
   */
  public byte[] toBytes(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
    }
    return out.toByteArray();
  }

  /**
   * Writes the CSV of a plan's measures as UTF-8, with the byte order mark; the stream is flushed and not
   * closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    write(plan, w);
    w.flush();
  }

  /**
   * Writes the CSV records of a plan's measures, without a byte order mark (the caller chooses the
   * encoding).
   *
   * @param plan the plan
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(Plan plan, Writer out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    boolean programme = hasProgrammeColumns(plan);
    SpreadsheetCsv csv = SpreadsheetCsv.rfc4180(out);
    csv.record(programme ? PROGRAMME_HEADER : HEADER);
    for (Section s : plan.sections()) {
      for (Measure m : s.measures()) {
        List<String> indicators = m.indicators().stream().map(Indicator::text).toList();
        List<String> results = m.expectedResults().stream().map(ExpectedResult::text).toList();
        List<String> fields = new ArrayList<>(List.of(Integer.toString(s.number()), m.number().toString(),
            m.name(), m.deadline().text(), m.deadline().kind().id(), m.responsible().text(),
            String.join("\n", indicators), String.join("\n", results)));
        if (programme) {
          fields.add(m.resources());
          fields.add(m.yearlyDeadlines().entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue().text()).collect(Collectors.joining("\n")));
          fields.add(plan.risksAddressedBy(m.number()).stream().map(CorruptionRisk::id)
              .collect(Collectors.joining("\n")));
        }
        csv.record(fields);
      }
    }
    csv.flush();
  }

  private static boolean hasProgrammeColumns(Plan plan) {
    if (!plan.risks().isEmpty()) {
      return true;
    }
    for (Measure m : plan.measures()) {
      if (!m.resources().isEmpty() || !m.yearlyDeadlines().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
