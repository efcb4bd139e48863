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
  requires gg.jte.runtime;
  requires static org.jspecify;
  // The templates' generated classes carry @javax.annotation.processing.Generated.
  requires static java.compiler;

  exports io.github.acplan.documents;
  exports io.github.acplan.documents.publish;
  // jte-runtime loads the precompiled templates by name and calls them reflectively.
  opens io.github.acplan.documents.publish.internal.template to gg.jte.runtime;
}
