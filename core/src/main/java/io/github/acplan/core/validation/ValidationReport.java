package io.github.acplan.core.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link PlanValidator} found: the findings in the order of the plan.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Returns a report of the given findings, sorted in the order of the plan (see {@link Finding}).
   *
   * @param findings the findings, in any order
   * @return the report
   */
  public static ValidationReport of(Collection<Finding> findings) {
    return new ValidationReport(findings.stream().sorted().toList());
  }

  /**
   * Returns the findings, sorted by path, severity and code.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether nothing was found.
   *
   * @return true if there are no findings at all
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Tells whether there is at least one {@link Severity#ERROR}.
   *
   * @return true if some finding is an error
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Counts the findings of a severity.
   *
   * @param severity the severity
   * @return how many findings have it
   */
  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the findings of a severity.
   *
   * @param severity the severity
   * @return those findings, in report order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the findings with a code.
   *
   * @param code the code, e.g. {@link FindingCodes#MISSING_INDICATOR}
   * @return those findings, in report order
   */
  public List<Finding> findings(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /**
   * Renders the report as lines "SEVERITY CODE path: message", then a count line.
   *
   * @param locale Ukrainian ("uk") for Ukrainian messages, anything else for English
   * @return the text, ending with a line break
   */
  public String render(Locale locale) {
    StringBuilder sb = new StringBuilder();
    try {
      render(locale, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return sb.toString();
  }

  /**
   * Writes the report as {@link #render(Locale)} renders it, a finding at a time: a large report is not
   * built as one string.
   *
   * @param locale the language of the messages and the summary
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void render(Locale locale, Appendable out) throws IOException {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    for (Finding f : findings) {
      out.append(f.severity().toString()).append(' ').append(f.code()).append(' ').append(f.path().toString())
          .append(": ").append(f.message(locale)).append('\n');
    }
    boolean uk = Messages.isUkrainian(locale);
    out.append(uk ? "Помилок: " : "Errors: ").append(Integer.toString(count(Severity.ERROR)))
        .append(uk ? ", попереджень: " : ", warnings: ").append(Integer.toString(count(Severity.WARNING)))
        .append(uk ? ", зауважень: " : ", notes: ").append(Integer.toString(count(Severity.INFO))).append('\n');
  }


  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport validationReport && validationReport.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns the English rendering, see {@link #render(Locale)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
