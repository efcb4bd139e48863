package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Zip bombs and truncated files end in the documented {@link PlanFormatException}, naming where: the
 * limit a zip bomb breaks and its entry, the format and what is wrong with a truncated file.
 */
class BadOfficeDocumentsTest {

  private static final byte[] DOCX = SeedFixtures.docx();
  private static final byte[] PDF = SeedFixtures.pdf();

  private static PlanFormatException refused(byte[] bytes) {
    try {
      PlanDocuments.standard().read(new ByteArrayInputStream(bytes));
    } catch (PlanFormatException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("not a PlanFormatException: " + e, e);
    }
    throw new AssertionError("read without an error");
  }

  @Test
  void aDocxWhoseDocumentInflatesToTwoGibibytesIsRefusedAsAZipBomb() {
    byte[] bomb = ZipBombs.replace(DOCX, "word/document.xml", 2048, false, false);
    assertThat(bomb.length).isLessThan(4 << 20);
    PlanFormatException e = refused(bomb);
    assertThat(e.location()).as(e.getMessage()).isEqualTo("ZIP, entry word/document.xml");
    assertThat(e.problem()).isEqualTo("a zip bomb: the entry inflates to 2048 MiB, more than 256 MiB, the "
        + "limit of acplan's Office documents");
  }

  @Test
  void aZipBombThatHidesItsSizeIsRefusedByTheInflateRatio() {
    // The headers say 1 MiB; what the archive really inflates to is counted against its size.
    byte[] bomb = ZipBombs.replace(DOCX, "word/document.xml", 2048, false, true);
    PlanFormatException e = refused(bomb);
    assertThat(e.location()).as(e.getMessage()).isEqualTo("ZIP, entry word/document.xml");
    assertThat(e.problem()).isEqualTo("a zip bomb: the archive inflates to more than 100 times its size, the "
        + "limit of acplan's Office documents");
  }

  @Test
  void aZipBombAtTheFrontOfTheArchiveIsRefusedBeforeItIsInflated() {
    byte[] bomb = ZipBombs.replace(DOCX, "word/media/bomb.bin", 2048, true, true);
    PlanFormatException e = refused(bomb);
    assertThat(e.location()).as(e.getMessage()).isEqualTo("ZIP, entry word/media/bomb.bin");
    assertThat(e.problem()).startsWith("a zip bomb: the archive inflates to more than 100 times its size");
  }

  @Test
  void anXlsxWhoseSheetInflatesToTwoGibibytesIsRefusedAsAZipBomb() throws Exception {
    byte[] workbook = RegisterDocumentsTest.workbook();
    PlanFormatException declared = refused(ZipBombs.replace(workbook, "xl/worksheets/sheet1.xml", 2048, false,
        false));
    assertThat(declared.location()).as(declared.getMessage()).isEqualTo("ZIP, entry xl/worksheets/sheet1.xml");
    assertThat(declared.problem()).startsWith("a zip bomb: the entry inflates to 2048 MiB");
    PlanFormatException hidden = refused(ZipBombs.replace(workbook, "xl/worksheets/sheet1.xml", 2048, false,
        true));
    assertThat(hidden.location()).as(hidden.getMessage()).isEqualTo("ZIP, entry xl/worksheets/sheet1.xml");
    assertThat(hidden.problem()).startsWith("a zip bomb: the archive inflates to more than 100 times its size");
  }

  @Test
  void poisLimitsStandBehindAsASecondLine() {
    // Past the check of the whole archive, POI's own limits (set by OfficeZip) refuse an entry that
    // inflates too far; its refusal reads as acplan's error, with the entry.
    PlanFormatException e = io.github.acplan.documents.extraction.OfficeZip.refused("DOCX", "unread",
        new java.io.IOException("Zip bomb detected! The file would exceed the max. ratio of compressed file "
            + "size to the size of the expanded data.\nLimits: MIN_INFLATE_RATIO: 0.010000, Entry: "
            + "word/document.xml"));
    assertThat(e.location()).isEqualTo("DOCX, entry word/document.xml");
    assertThat(e.problem()).isEqualTo("a zip bomb: the entry inflates to more than 100 times its compressed "
        + "size, the limit of acplan's Office documents");
  }

  @Test
  void aTruncatedDocxSaysTheArchiveIsTruncated() {
    for (int percent : new int[] {10, 50, 90, 99}) {
      PlanFormatException e = refused(Arrays.copyOf(DOCX, DOCX.length * percent / 100));
      assertThat(e.location()).as(percent + "%").matches("ZIP|DOCX");
      assertThat(e.problem()).as(percent + "%").containsAnyOf("damaged or truncated", "not a readable DOCX");
    }
  }

  @Test
  void aTruncatedXlsxSaysTheArchiveIsTruncated() throws Exception {
    byte[] xlsx = RegisterDocumentsTest.workbook();
    for (int percent : new int[] {10, 50, 90, 99}) {
      PlanFormatException e = refused(Arrays.copyOf(xlsx, xlsx.length * percent / 100));
      assertThat(e.location()).as(percent + "%").matches("ZIP|XLSX");
      assertThat(e.problem()).as(percent + "%").containsAnyOf("damaged or truncated", "not a readable XLSX");
    }
  }

  @Test
  void aTruncatedPdfSaysItIsDamagedOrTruncated() {
    for (int percent : new int[] {10, 50, 90}) {
      PlanFormatException e = refused(Arrays.copyOf(PDF, PDF.length * percent / 100));
      assertThat(e.location()).as(percent + "%").isEqualTo("PDF");
      assertThat(e.problem()).as(percent + "%").startsWith("the PDF is damaged or truncated");
    }
  }

  /** The archive with every XML part's transitional namespaces replaced by Strict Open XML's. */
  private static byte[] strict(byte[] office, String mainNamespace, String strictNamespace) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(office));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          data = new String(data, java.nio.charset.StandardCharsets.UTF_8)
              .replace(mainNamespace, strictNamespace)
              .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                  "http://purl.oclc.org/ooxml/officeDocument/relationships")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void strictOpenXmlIsRefusedWithHowToSaveIt() throws Exception {
    byte[] docx = strict(DOCX, "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main");
    assertThat(refused(docx).getMessage()).isEqualTo("DOCX: a Strict Open XML document, which is not read; "
        + "save it as \"Word Document (*.docx)\", not as Strict Open XML");
    byte[] xlsx = strict(XlsxReadingTest.seedWorkbook(SeedFixtures.plan()),
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main");
    assertThat(refused(xlsx).getMessage()).isEqualTo("XLSX: a Strict Open XML document, which is not read; "
        + "save it as \"Excel Workbook (*.xlsx)\", not as Strict Open XML");
  }

  @Test
  void sharedStringsOverTheirLimitAreRefusedAtTheirEntry() throws Exception {
    // 800 000 random strings, about 37 MiB of XML: held whole, they are limited to 32 MiB
    java.util.Random random = new java.util.Random(4);
    StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://"
        + "schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i < 800_000; i++) {
      strings.append("<si><t>").append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
          .append("</t></si>");
    }
    strings.append("</sst>");
    byte[] book = XlsxReadingTest.seedWorkbook(SeedFixtures.plan());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(book));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(e.getName().equals("xl/sharedStrings.xml")
            ? strings.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8) : data);
        out.closeEntry();
      }
    }
    assertThat(refused(bytes.toByteArray()).getMessage()).isEqualTo("XLSX, entry xl/sharedStrings.xml: the entry is "
        + "larger than 32 MiB, the limit of acplan's workbooks for their shared strings and styles, which are held "
        + "while the sheets are read");
  }
}
