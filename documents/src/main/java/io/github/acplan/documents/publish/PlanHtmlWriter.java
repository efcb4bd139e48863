package io.github.acplan.documents.publish;

import io.github.acplan.core.Plan;
import io.github.acplan.documents.publish.internal.PlanPage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a plan as one self-contained HTML page for the council's website: the annex block ("ПРОЄКТ"
 * alone for a draft, which has no order to annex it to yet), the title,
 * the same table as {@link PlanDocxWriter}'s (the header row and the row of column numbers in the
 * {@code thead}, so that printing repeats them on every page; section headings as rows spanning the
 * table; several indicators or expected results as lists), the signatory, and a programme's risk
 * register.
 *
 * <p>The page needs nothing from the network: the CSS is inline, there is no script and no web font
 * (Times New Roman or the reader's serif). Column and row headers carry {@code scope}; the page has
 * {@code lang="uk"} (or {@code "en"}, which translates the headers and leaves the plan's Ukrainian texts
 * marked {@code lang="uk"}); a print style sheet sets A4 with the margins of ДСТУ 4163:2020. Every text
 * from the plan is escaped; a line break in a text is written as {@code <br>}; runs of spaces show as one,
 * as HTML does. The library's document reader reads the page back as the plan
 * ({@code PlanDocuments.read}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanHtmlWriter {

  private static final PlanHtmlWriter STANDARD = new PlanHtmlWriter();

  private PlanHtmlWriter() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static PlanHtmlWriter standard() {
    return STANDARD;
  }

  /**
   * Writes the page in Ukrainian as UTF-8. The stream is not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void write(Plan plan, OutputStream out) throws IOException {
    write(plan, Locale.forLanguageTag("uk"), out);
  }

  /**
   * Writes the page as UTF-8. The stream is not closed.
   *
   * @param plan the plan
   * @param locale Ukrainian ("uk") for Ukrainian headers, anything else for English
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void write(Plan plan, Locale locale, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    Templates.render("plan.jte", PlanPage.of(plan, locale), out);
  }

  /**
   * Writes the page to a string.
   *
   * @param plan the plan
   * @param locale Ukrainian ("uk") for Ukrainian headers, anything else for English
   * @return the HTML
   */
  public String write(Plan plan, Locale locale) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(locale, "locale");
    return Templates.render("plan.jte", PlanPage.of(plan, locale));
  }
}
