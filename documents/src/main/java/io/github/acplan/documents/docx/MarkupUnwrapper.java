package io.github.acplan.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * The main part of a DOCX as Word shows it with its tracked changes accepted, and its content controls
 * and custom XML taken off their contents, before POI reads it.
 *
 * <p>POI's model does not look inside a content control ({@code w:sdt}) in a table cell, a row or the
 * body, nor inside {@code w:customXml}: a cell whose paragraph sits in a control (as forms and templates
 * have them) was read empty, with no warning, and a table in a control was not seen. And it reads the
 * text of a tracked move's old place ({@code w:moveFrom}) as if it were still there. So, in one streaming
 * pass over the XML:
 * <ul>
 *   <li>{@code w:sdt}, {@code w:sdtContent}, {@code w:customXml}, {@code w:ins} and {@code w:moveTo} are
 *       replaced by their contents, and the controls' properties ({@code w:sdtPr}, {@code w:sdtEndPr},
 *       {@code w:customXmlPr}) are dropped;</li>
 *   <li>tracked deletions and moves away ({@code w:del}, {@code w:moveFrom}) are dropped with their
 *       contents, and a table row marked deleted ({@code w:trPr/w:del}) with its cells.</li>
 * </ul>
 * The XML is read with no DTD and no external entity. Not thread-safe; one instance per document.
 */
final class MarkupUnwrapper {

  /** WordprocessingML's namespace (transitional, the one POI reads). */
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final Set<String> UNWRAPPED = Set.of("sdt", "sdtContent", "customXml", "ins", "moveTo");
  private static final Set<String> DROPPED = Set.of("sdtPr", "sdtEndPr", "customXmlPr", "del", "moveFrom");

  /** The markers that show the XML may hold something to unwrap or drop; a plain document is left as is. */
  private static final List<byte[]> MARKERS = List.of(bytes("sdt"), bytes("customXml"), bytes("moveFrom"),
      bytes("moveTo"), bytes(":del "), bytes("<del "), bytes(":ins "), bytes("<ins "));

  private boolean trackedChanges;

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Whether the XML may hold content controls, custom XML or tracked changes: a quick look at its bytes.
   *
   * @param xml the part's XML
   * @return false when it surely holds none
   */
  static boolean mayNeedUnwrapping(byte[] xml) {
    for (byte[] marker : MARKERS) {
      if (indexOf(xml, marker) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    byte first = needle[0];
    int last = haystack.length - needle.length;
    outer:
    for (int i = 0; i <= last; i++) {
      if (haystack[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Whether the last XML unwrapped had tracked changes (an insertion, a deletion or a move).
   *
   * @return true if it had
   */
  boolean hadTrackedChanges() {
    return trackedChanges;
  }

  /**
   * Unwraps and drops as the class says.
   *
   * @param xml the part's XML
   * @return the XML as Word shows it with its changes accepted
   * @throws XMLStreamException if the XML is not well-formed
   */
  byte[] unwrap(byte[] xml) throws XMLStreamException {
    XMLInputFactory inputs = XMLInputFactory.newFactory();
    inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    inputs.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLEventReader in = inputs.createXMLEventReader(new ByteArrayInputStream(xml));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(xml.length);
    XMLOutputFactory outputs = XMLOutputFactory.newFactory();
    // an unwrapped element may have declared a prefix its contents use: declare it again where needed
    outputs.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
    XMLEventWriter out = outputs.createXMLEventWriter(bytes, "UTF-8");
    try {
      copy(in, out);
      out.flush();
    } finally {
      in.close();
      out.close();
    }
    return bytes.toByteArray();
  }

  private void copy(XMLEventReader in, XMLEventWriter out) throws XMLStreamException {
    XMLEventFactory events = XMLEventFactory.newFactory();
    // A table row waits here from its start until its properties say whether it was deleted.
    List<XMLEvent> row = null;
    int rowDepth = 0;
    boolean rowDeleted = false;
    int skipping = 0;
    int depth = 0;
    /* For each open element, whether its end tag is written (false when it was unwrapped). */
    List<Boolean> written = new ArrayList<>();
    while (in.hasNext()) {
      XMLEvent e = in.nextEvent();
      if (e.isStartDocument()) {
        out.add(events.createStartDocument("UTF-8", "1.0", true));
        continue;
      }
      if (skipping > 0) {
        if (e.isStartElement()) {
          skipping++;
        } else if (e.isEndElement()) {
          skipping--;
        }
        continue;
      }
      if (e.isStartElement()) {
        StartElement start = e.asStartElement();
        QName name = start.getName();
        boolean word = W.equals(name.getNamespaceURI());
        depth++;
        if (word && DROPPED.contains(name.getLocalPart())) {
          trackedChanges |= name.getLocalPart().equals("del") || name.getLocalPart().equals("moveFrom");
          if (row != null && name.getLocalPart().equals("del") && depth == rowDepth + 2) {
            rowDeleted = true; // w:tr/w:trPr/w:del
          }
          skipping = 1;
          depth--;
          continue;
        }
        if (row != null && depth == rowDepth + 1 && !isRowProperty(name)) {
          // the row's first cell (or other content): its properties are all read
          if (rowDeleted) {
            skipping = 1 + 1; // this element and, after it, the row's own end
            depth -= 2;
            row = null;
            written.remove(written.size() - 1);
            continue;
          }
          for (XMLEvent waiting : row) {
            out.add(waiting);
          }
          row = null;
        }
        if (word && UNWRAPPED.contains(name.getLocalPart())) {
          trackedChanges |= name.getLocalPart().equals("ins") || name.getLocalPart().equals("moveTo");
          written.add(false);
          continue;
        }
        written.add(true);
        if (word && name.getLocalPart().equals("tr") && row == null) {
          row = new ArrayList<>();
          rowDepth = depth;
          rowDeleted = false;
          row.add(e);
          continue;
        }
        emit(e, row, out);
      } else if (e.isEndElement()) {
        depth--;
        boolean write = written.remove(written.size() - 1);
        if (row != null && depth < rowDepth) {
          // a row with nothing but its properties
          if (!rowDeleted) {
            for (XMLEvent waiting : row) {
              out.add(waiting);
            }
            out.add(e);
          }
          row = null;
          continue;
        }
        if (write) {
          emit(e, row, out);
        }
      } else if (!e.isEndDocument() || row == null) {
        emit(e, row, out);
      }
    }
  }

  private static boolean isRowProperty(QName name) {
    return W.equals(name.getNamespaceURI())
        && (name.getLocalPart().equals("trPr") || name.getLocalPart().equals("tblPrEx"));
  }

  private static void emit(XMLEvent e, List<XMLEvent> row, XMLEventWriter out) throws XMLStreamException {
    if (row != null) {
      row.add(e);
    } else {
      out.add(e);
    }
  }
}
