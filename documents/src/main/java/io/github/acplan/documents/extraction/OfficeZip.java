package io.github.acplan.documents.extraction;

import io.github.acplan.serialization.PlanFormatException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip-bomb limits of the Office documents (DOCX, XLSX), set explicitly on POI's
 * {@link ZipSecureFile} so that they do not depend on POI's defaults, and POI's refusal turned into the
 * library's one-line error naming the entry.
 *
 * <p>The limits: an entry may inflate to at most 100 times its compressed size
 * ({@link #MAX_INFLATE_RATIO}), to at most 256 MiB ({@link #MAX_ENTRY_BYTES}), and hold at most 64 Mi
 * characters of text. {@link ZipSecureFile}'s settings are JVM-wide: reading a document sets them to
 * these values.
 */
public final class OfficeZip {

  /** The most an entry may inflate relative to its compressed size. */
  public static final int MAX_INFLATE_RATIO = 100;

  /** The largest size an entry may inflate to. */
  public static final long MAX_ENTRY_BYTES = 256L << 20;

  /** The most characters of text an entry may hold. */
  public static final long MAX_TEXT_CHARS = 64L << 20;

  private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");

  static {
    ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  private OfficeZip() {
  }

  /** Makes sure the limits are set before POI opens a document (loading this class sets them). */
  public static void applyLimits() {
    // The static initialiser did the work; calling this method loads the class.
  }

  /**
   * Turns POI's refusal of a document into the library's error: a zip bomb is named as one, with the
   * limit it broke and the entry; anything else is the document being unreadable.
   *
   * @param format "DOCX" or "XLSX", for the location
   * @param what what could not be read, e.g. "the file is not a readable DOCX document"
   * @param e what POI threw
   * @return the exception to throw
   */
  public static PlanFormatException refused(String format, String what, Exception e) {
    String message = String.valueOf(e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb detected")) {
        message = m;
        break;
      }
    }
    if (message.contains("ZIP entry size is too large")) {
      return new PlanFormatException(format, "a zip bomb: an entry inflates to more than "
          + (MAX_ENTRY_BYTES >> 20) + " MiB, the limit of acplan's Office documents", e);
    }
    if (message.contains("Zip bomb detected")) {
      Matcher entry = ENTRY.matcher(message);
      String where = format + (entry.find() ? ", entry " + entry.group(1) : "");
      String limit = message.contains("max. ratio")
          ? "inflates to more than " + MAX_INFLATE_RATIO + " times its compressed size"
          : "inflates to more than " + (MAX_ENTRY_BYTES >> 20) + " MiB";
      return new PlanFormatException(where, "a zip bomb: the entry " + limit + ", the limit of "
          + "acplan's Office documents", e);
    }
    if (message.contains("Strict OOXML")) {
      // Word's and Excel's "Strict Open XML" format: POI reads only the usual (transitional) one
      return new PlanFormatException(format, "a Strict Open XML document, which is not read; save it as "
          + (format.equals("XLSX") ? "\"Excel Workbook (*.xlsx)\"" : "\"Word Document (*.docx)\"")
          + ", not as Strict Open XML", e);
    }
    String kind = e.getClass().getSimpleName();
    return new PlanFormatException(format, what + " (" + kind + (e.getMessage() == null ? ""
        : ": " + e.getMessage().strip()) + ")", e);
  }
}
