package org.ogpld.endpoint.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.endpoint.ld.ResourceIndex;
import org.ogpld.endpoint.ld.Validators;
import org.ogpld.endpoint.store.StoreGeneration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sitemap.xml}: every {@code /doc/} page, for search engines. Past {@value #PER_FILE} pages (the sitemap
 * protocol's limit per file) it becomes a sitemap index of {@code /sitemap.xml?page=N}.
 */
@Controller
class SitemapController {

    static final int PER_FILE = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final ResourceIndex index;
    private final DataIris iris;
    private final StoreGeneration generation;
    private final Validators validators;
    private final PublicUrl publicUrl;

    SitemapController(ResourceIndex index, DataIris iris, StoreGeneration generation, Validators validators,
            PublicUrl publicUrl) {
        this.index = index;
        this.iris = iris;
        this.generation = generation;
        this.validators = validators;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/sitemap.xml")
    void sitemap(@RequestParam(required = false) Integer page, HttpServletRequest request,
            HttpServletResponse response) throws IOException, XMLStreamException {
        RequestFacts.operation(request, "sitemap");
        if (validators.notModified("sitemap", request, response)) {
            return;
        }
        List<String> pages = index.current().all().stream()
                .flatMap(iri -> iris.owner(iri).filter(id -> iris.iri(id).equals(iri)).stream())
                .map(DataIris::docPath).toList();
        String lastModified = generation.lastModified().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        response.setContentType("application/xml;charset=UTF-8");
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        if (page == null && pages.size() > PER_FILE) {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NS);
            for (int n = 0; n * PER_FILE < pages.size(); n++) {
                entry(xml, "sitemap", publicUrl.of("/sitemap.xml?page=" + n), lastModified);
            }
        } else {
            int from = page == null ? 0 : page * PER_FILE;
            if (from < 0 || (from >= pages.size() && from > 0)) {
                throw EndpointException.notFound("No sitemap page " + page);
            }
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (String path : pages.subList(from, Math.min(pages.size(), from + PER_FILE))) {
                entry(xml, "url", publicUrl.of(path), lastModified);
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void entry(XMLStreamWriter xml, String element, String location, String lastModified)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        xml.writeStartElement("lastmod");
        xml.writeCharacters(lastModified);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
