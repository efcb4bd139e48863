package io.github.acplan.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The parts of an Office document (a zip), read and replaced, for tests that change a document's XML. */
final class OfficeParts {

  private OfficeParts() {}

  /**
   * One part's bytes.
   *
   * @param zip the document
   * @param name the part's entry name, e.g. {@code word/document.xml}
   * @return its bytes
   * @throws IllegalStateException if there is no such part
   */
  static byte[] part(byte[] zip, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
      throw new IllegalStateException("no " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One part's XML, as text.
   *
   * @param zip the document
   * @param name the part's entry name
   * @return its text, UTF-8
   */
  static String xml(byte[] zip, String name) {
    return new String(part(zip, name), StandardCharsets.UTF_8);
  }

  /**
   * The document with one part changed, its other parts as they were.
   *
   * @param zip the document
   * @param name the part's entry name
   * @param change the part's new bytes from its old ones
   * @return the new document
   */
  static byte[] replaced(byte[] zip, String name, UnaryOperator<byte[]> change) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().equals(name) ? change.apply(data) : data);
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document with another XML text for one part.
   *
   * @param zip the document
   * @param name the part's entry name
   * @param xml the part's new text, written in UTF-8
   * @return the new document
   */
  static byte[] withXml(byte[] zip, String name, String xml) {
    return replaced(zip, name, old -> xml.getBytes(StandardCharsets.UTF_8));
  }
}
