package org.ogpld.endpoint.gsp;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.jena.riot.lang.rdfxml.SysRRX;
import org.ogpld.endpoint.EndpointException;

/**
 * Refuses XML uploads that declare a DOCTYPE. Jena's RDF/XML parser ignores external entities but expands internal
 * ones, exponentially if asked ("billion laughs"), and a DTD has no use in uploaded data. The prolog is read by the
 * XML parser Jena itself uses, with DTD processing off, up to the root element: whatever encoding the document
 * declares or its first bytes reveal (EBCDIC, UTF-32 without a byte order mark...), the guard reads it exactly as
 * the parser would, which a text scan for {@code <!DOCTYPE} cannot promise.
 */
final class XmlPrologGuard {

    private static final XMLInputFactory NO_DTD = noDtd();

    private XmlPrologGuard() {}

    static void requireNoDoctype(byte[] document, String syntax) {
        XMLStreamReader reader = null;
        try {
            reader = NO_DTD.createXMLStreamReader(new ByteArrayInputStream(document));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw EndpointException.badRequest(syntax + " with a DOCTYPE declaration is refused "
                            + "(no DTDs or entities in uploads)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
            }
        } catch (XMLStreamException ex) {
            throw EndpointException.badRequest("Parse error (" + syntax + "): " + ex.getMessage());
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory noDtd() {
        XMLInputFactory factory = SysRRX.createXMLInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ex) {
            // Nothing held but the in-memory document.
        }
    }
}
