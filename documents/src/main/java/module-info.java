/**
 * The documents councils publish: plans and risk registers read from DOCX, PDF, HTML and XLSX; plans and
 * reports written as DOCX, HTML and iCalendar.
 */
module io.github.acplan.documents {
  requires transitive io.github.acplan.serialization;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires java.desktop;
  requires org.jsoup;
  requires static org.jspecify;

  exports io.github.acplan.documents;
}
