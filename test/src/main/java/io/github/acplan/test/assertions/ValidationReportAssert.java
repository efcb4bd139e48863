package io.github.acplan.test.assertions;

import io.github.acplan.core.validation.Finding;
import io.github.acplan.core.validation.Severity;
import io.github.acplan.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationReport}: whether it has errors, and which findings it holds where.
 *
 * <p>A place ({@code where}) is matched against a finding's {@link Finding#path() path}: a measure
 * number such as {@code "3.5"} matches every finding on that measure (its deadline, its indicator…);
 * any other text must equal the path's {@code toString()}, such as {@code "3.5/deadline"},
 * {@code "section 2"}, {@code "risk R1"} or {@code "plan"}. A failure lists the findings the report does
 * hold. Obtain one with {@link AcplanAssertions#assertThat(ValidationReport)}.
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Verifies that the report has no finding of severity {@link Severity#ERROR}.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if the report is null or has an error
   */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    List<Finding> errors = actual.findings(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("Expected no errors, but found %d:%n%s", errors.size(), list(errors));
    }
    return this;
  }

  /**
   * Verifies that the report has no findings at all.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if the report is null or has a finding
   */
  public ValidationReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no findings, but found %d:%n%s", actual.findings().size(),
          list(actual.findings()));
    }
    return this;
  }

  /**
   * Verifies that the report has a finding with {@code code} anywhere.
   *
   * @param code a finding code, such as {@code "MISSING_INDICATOR"}
   * @return this assertion, for chaining
   * @throws AssertionError if the report is null or has no such finding
   */
  public ValidationReportAssert hasFinding(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    if (actual.findings(code).isEmpty()) {
      failWithMessage("Expected a finding %s, but the report has %s", code, found());
    }
    return this;
  }

  /**
   * Verifies that the report has a finding with {@code code} at {@code where}.
   *
   * @param code a finding code, such as {@code "MISSING_INDICATOR"}
   * @param where a measure number such as {@code "3.5"}, or a whole path such as {@code "3.5/deadline"}
   * @return this assertion, for chaining
   * @throws AssertionError if the report is null or has no such finding there
   */
  public ValidationReportAssert hasFinding(String code, String where) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    isNotNull();
    if (actual.findings(code).stream().noneMatch(f -> at(f, where))) {
      failWithMessage("Expected a finding %s at %s, but the report has %s", code, where, found());
    }
    return this;
  }

  /**
   * Verifies that the report has no finding with {@code code} at {@code where}.
   *
   * @param code a finding code
   * @param where a measure number or a whole path, as in {@link #hasFinding(String, String)}
   * @return this assertion, for chaining
   * @throws AssertionError if the report is null or has such a finding there
   */
  public ValidationReportAssert doesNotHaveFinding(String code, String where) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    isNotNull();
    List<Finding> there = actual.findings(code).stream().filter(f -> at(f, where)).collect(Collectors.toList());
    if (!there.isEmpty()) {
      failWithMessage("Expected no finding %s at %s, but found:%n%s", code, where, list(there));
    }
    return this;
  }

  private static boolean at(Finding finding, String where) {
    return finding.path().toString().equals(where)
        || finding.path().measure().map(m -> m.toString().equals(where)).orElse(false);
  }

  private String found() {
    return actual.isEmpty() ? "no findings" : actual.findings().size() + " findings:\n" + list(actual.findings());
  }

  private static String list(List<Finding> findings) {
    return findings.stream()
        .map(f -> "  " + f.severity() + " " + f.code() + " at " + f.path() + ": " + f.messageEn())
        .collect(Collectors.joining("\n"));
  }
}
