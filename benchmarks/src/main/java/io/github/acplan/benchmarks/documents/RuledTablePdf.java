package io.github.acplan.benchmarks.documents;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a plan as a ruled-table PDF, as Word prints one: A4 landscape, the title above the table, a ruled table of
 * six columns with the header and the row of column numbers repeated on every page, a section's heading
 * as one cell across the table, each cell's text wrapped at word boundaries, rows kept whole on a page,
 * the signatory under the table. Only the first indicator and expected result of a measure are printed
 * (a PDF has no lists to tell several apart), as {@link DocumentsBenchmark#docx} writes them.
 *
 * <p>The text is set in DejaVu Sans, embedded from the system's fonts (Debian's {@code fonts-dejavu-core},
 * {@link #FONT}): PDF's standard fonts have no Cyrillic letters.
 */
public final class RuledTablePdf {

  /** Where the font is looked for. */
  public static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private static final float SIZE = 8;
  private static final float LEADING = SIZE * 1.15f;
  private static final float PAD = 3;
  private static final float LEFT = 40;
  private static final float TOP = 555;
  private static final float BOTTOM = 40;
  private static final float[] WIDTHS = {40, 230, 100, 130, 130, 130};
  private static final String[] HEADER = {"№ з/п", "Найменування заходу", "Строк виконання",
      "Відповідальні за виконання", "Індикатор виконання", "Очікувані результати"};

  private RuledTablePdf() {
  }

  /**
   * Tells whether the font this class needs is installed.
   *
   * @return true if {@link #FONT} exists
   */
  public static boolean fontInstalled() {
    return Files.isRegularFile(FONT);
  }

  /**
   * Prints a plan.
   *
   * @param plan the plan
   * @return the PDF
   * @throws IOException if the font cannot be read
   */
  public static byte[] print(Plan plan) throws IOException {
    if (!fontInstalled()) {
      throw new IOException("no font at " + FONT + ": install fonts-dejavu-core");
    }
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDFont font = PDType0Font.load(doc, FONT.toFile());
      Printer printer = new Printer(doc, font);
      printer.line("ПЛАН ЗАХОДІВ");
      printer.line(plan.title());
      printer.line("на " + plan.period().firstYear() + " рік");
      printer.y -= LEADING;
      printer.header();
      for (Section s : plan.sections()) {
        printer.row(List.of(s.number() + ". " + s.title()), true);
        for (Measure m : s.measures()) {
          printer.row(List.of(m.number().toString(), m.name(), m.deadline().text(), m.responsible().text(),
              m.indicators().isEmpty() ? "" : m.indicators().get(0).text(),
              m.expectedResults().isEmpty() ? "" : m.expectedResults().get(0).text()), false);
        }
      }
      printer.y -= 2 * LEADING;
      plan.signatory().ifPresent(sig -> {
        try {
          printer.text(LEFT, printer.y, sig.position());
          printer.text(LEFT + 600, printer.y, sig.name());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      printer.close();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** The page being drawn and where on it. */
  private static final class Printer {
    private final PDDocument doc;
    private final PDFont font;
    private PDPageContentStream stream;
    private float y;

    Printer(PDDocument doc, PDFont font) throws IOException {
      this.doc = doc;
      this.font = font;
      newPage();
    }

    private void newPage() throws IOException {
      close();
      PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      stream.setLineWidth(0.5f);
      y = TOP;
    }

    void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }

    void line(String text) throws IOException {
      y -= LEADING;
      text(LEFT, y, text);
    }

    void text(float x, float baseline, String text) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.setFont(font, SIZE);
      stream.newLineAtOffset(x, baseline);
      stream.showText(text);
      stream.endText();
    }

    void header() throws IOException {
      row(List.of(HEADER), false);
      List<String> numbers = new ArrayList<>();
      for (int i = 1; i <= HEADER.length; i++) {
        numbers.add(Integer.toString(i));
      }
      row(numbers, false);
    }

    /** A row: its cells' lines, kept whole on a page; a single cell spans the table. */
    void row(List<String> cells, boolean spanning) throws IOException {
      List<float[]> columns = new ArrayList<>();
      float x = LEFT;
      if (spanning) {
        float width = 0;
        for (float w : WIDTHS) {
          width += w;
        }
        columns.add(new float[] {x, width});
      } else {
        for (float w : WIDTHS) {
          columns.add(new float[] {x, w});
          x += w;
        }
      }
      List<List<String>> lines = new ArrayList<>();
      int most = 1;
      for (int c = 0; c < cells.size(); c++) {
        List<String> wrapped = wrap(cells.get(c), columns.get(c)[1] - 2 * PAD);
        lines.add(wrapped);
        most = Math.max(most, wrapped.size());
      }
      float height = most * LEADING + 2 * PAD;
      if (y - height < BOTTOM) {
        newPage();
        header();
      }
      float top = y;
      float bottom = y - height;
      float right = columns.get(columns.size() - 1)[0] + columns.get(columns.size() - 1)[1];
      stream.moveTo(LEFT, top);
      stream.lineTo(right, top);
      stream.moveTo(LEFT, bottom);
      stream.lineTo(right, bottom);
      for (float[] column : columns) {
        stream.moveTo(column[0], top);
        stream.lineTo(column[0], bottom);
      }
      stream.moveTo(right, top);
      stream.lineTo(right, bottom);
      stream.stroke();
      for (int c = 0; c < lines.size(); c++) {
        for (int k = 0; k < lines.get(c).size(); k++) {
          text(columns.get(c)[0] + PAD, top - PAD - SIZE - k * LEADING, lines.get(c).get(k));
        }
      }
      y = bottom;
    }

    /**
     * Lines of at most {@code width} points, broken at spaces and after a hyphen inside a word (as Word
     * breaks "Січень-березень"); a line break in the text is kept.
     *
     * @throws IllegalStateException if a word does not fit its column: a layout would break it between
     *     letters, which no reader can undo
     */
    private List<String> wrap(String text, float width) throws IOException {
      List<String> out = new ArrayList<>();
      for (String paragraph : text.split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
          String[] pieces = word.split("(?<=\\p{L}-)(?=\\p{L})");
          for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.isEmpty()) {
              continue;
            }
            if (width(piece) > width) {
              throw new IllegalStateException("\"" + piece + "\" is wider than its column");
            }
            // The second part of a hyphenated word goes on without a space.
            String candidate = line.length() == 0 ? piece : line + (i > 0 ? "" : " ") + piece;
            if (line.length() > 0 && width(candidate) > width) {
              out.add(line.toString());
              line = new StringBuilder(piece);
            } else {
              line = new StringBuilder(candidate);
            }
          }
        }
        out.add(line.toString());
      }
      return out;
    }

    private float width(String text) throws IOException {
      return font.getStringWidth(text) / 1000 * SIZE;
    }
  }
}
