package org.ogpld.vocab.doc;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A page built as a DOM tree and serialised as polyglot HTML5 (well-formed XML), so that every text and attribute
 * value is escaped by the serialiser and never by hand.
 */
final class Html {

    private final Document document;
    private final Element root;

    Html(String language) {
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML DOM available", e);
        }
        root = document.createElement("html");
        root.setAttribute("lang", language);
        document.appendChild(root);
    }

    Element root() {
        return root;
    }

    /** Creates a detached element with attributes given as name, value pairs. */
    Element create(String tag, String... attributes) {
        Element element = document.createElement(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        return element;
    }

    /** Appends an element with attributes given as name, value pairs. */
    Element element(Element parent, String tag, String... attributes) {
        Element element = create(tag, attributes);
        parent.appendChild(element);
        return element;
    }

    /** Appends an element holding text, with attributes given as name, value pairs. */
    Element textElement(Element parent, String tag, String text, String... attributes) {
        Element element = element(parent, tag, attributes);
        element.setTextContent(text);
        return element;
    }

    void appendText(Element parent, String text) {
        parent.appendChild(document.createTextNode(text));
    }

    String serialise() {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter().append("<!DOCTYPE html>\n");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot serialise the documentation page", e);
        }
    }
}
