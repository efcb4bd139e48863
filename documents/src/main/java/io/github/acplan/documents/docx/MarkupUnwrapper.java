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
import javax.xml.stream.events.Attribute;
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
 *       contents, and a table row marked deleted ({@code w:trPr/w:del}) with its cells;</li>
 *   <li>a run of hidden text ({@code w:rPr/w:vanish}), which Word does not show nor print (notes left
 *       in a template, say), is dropped;</li>
 *   <li>the content of an empty control that shows its placeholder ({@code w:showingPlcHdr}: "Клацніть
 *       або торкніться тут, щоб ввести текст") is dropped: it is Word's prompt, not the document's
 *       text.</li>
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
      bytes("moveTo"), bytes(":del "), bytes("<del "), bytes(":ins "), bytes("<ins "), bytes("vanish"));

  private boolean trackedChanges;
  private boolean hiddenText;

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
   * Whether the last XML unwrapped had hidden text ({@code w:vanish}), left out as Word does not show it.
   *
   * @return true if it had
   */
  boolean hadHiddenText() {
    return hiddenText;
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
    // A table row, or a run, waits here from its start until its properties say whether it is shown:
    // a row marked deleted is not, nor a run of hidden text. Such decisions never nest.
    List<XMLEvent> pending = null;
    String pendingKind = "";
    int pendingDepth = 0;
    boolean pendingDropped = false;
    int skipping = 0;
    // Whether the element being skipped is a control's properties, and the depth of a control that shows
    // its placeholder (-2: none).
    boolean skippingProperties = false;
    int placeholderAt = -2;
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
          QName skipped = e.asStartElement().getName();
          if (skippingProperties && skipping == 2 && W.equals(skipped.getNamespaceURI())
              && skipped.getLocalPart().equals("showingPlcHdr")) {
            placeholderAt = depth; // the control's own depth: its content is its placeholder
          }
        } else if (e.isEndElement()) {
          skipping--;
        }
        continue;
      }
      if (e.isStartElement()) {
        StartElement start = e.asStartElement();
        QName name = start.getName();
        boolean word = W.equals(name.getNamespaceURI());
        String local = name.getLocalPart();
        depth++;
        if (word && local.equals("sdtContent") && depth == placeholderAt + 1) {
          // an empty control shows its placeholder ("Клацніть тут, щоб ввести текст"): no content
          placeholderAt = -2;
          skipping = 1;
          depth--;
          continue;
        }
        if (word && DROPPED.contains(local)) {
          skippingProperties = local.equals("sdtPr");
          trackedChanges |= local.equals("del") || local.equals("moveFrom");
          if (pending != null && pendingKind.equals("tr") && local.equals("del") && depth == pendingDepth + 2) {
            pendingDropped = true; // w:tr/w:trPr/w:del
          }
          skipping = 1;
          depth--;
          continue;
        }
        if (pending != null && pendingKind.equals("r") && word && local.equals("vanish")
            && depth == pendingDepth + 2 && isOn(start)) {
          pendingDropped = true; // w:r/w:rPr/w:vanish
          hiddenText = true;
        }
        if (pending != null && depth == pendingDepth + 1 && !isProperty(pendingKind, name)) {
          // the row's first cell, or the run's first content: its properties are all read
          if (pendingDropped) {
            skipping = 1 + 1; // this element and, after it, the row's or run's own end
            depth -= 2;
            pending = null;
            written.remove(written.size() - 1);
            continue;
          }
          for (XMLEvent waiting : pending) {
            out.add(waiting);
          }
          pending = null;
        }
        if (word && UNWRAPPED.contains(local)) {
          trackedChanges |= local.equals("ins") || local.equals("moveTo");
          written.add(false);
          continue;
        }
        written.add(true);
        if (word && (local.equals("tr") || local.equals("r")) && pending == null) {
          pending = new ArrayList<>();
          pendingKind = local;
          pendingDepth = depth;
          pendingDropped = false;
          pending.add(e);
          continue;
        }
        emit(e, pending, out);
      } else if (e.isEndElement()) {
        depth--;
        boolean write = written.remove(written.size() - 1);
        if (pending != null && depth < pendingDepth) {
          // a row or a run with nothing but its properties
          if (!pendingDropped) {
            for (XMLEvent waiting : pending) {
              out.add(waiting);
            }
            out.add(e);
          }
          pending = null;
          continue;
        }
        if (write) {
          emit(e, pending, out);
        }
      } else if (!e.isEndDocument() || pending == null) {
        emit(e, pending, out);
      }
    }
  }

  /** Whether an on/off property is on: present without a value, or with one other than false, 0, off. */
  private static boolean isOn(StartElement property) {
    Attribute value = property.getAttributeByName(new QName(W, "val"));
    if (value == null) {
      return true;
    }
    String v = value.getValue().trim();
    return !(v.equals("false") || v.equals("0") || v.equals("off"));
  }

  private static boolean isProperty(String kind, QName name) {
    if (!W.equals(name.getNamespaceURI())) {
      return false;
    }
    String local = name.getLocalPart();
    return kind.equals("tr") ? local.equals("trPr") || local.equals("tblPrEx") : local.equals("rPr");
  }

  private static void emit(XMLEvent e, List<XMLEvent> row, XMLEventWriter out) throws XMLStreamException {
    if (row != null) {
      row.add(e);
    } else {
      out.add(e);
    }
  }
}
