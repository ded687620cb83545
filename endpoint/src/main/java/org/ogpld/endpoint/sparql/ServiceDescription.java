package org.ogpld.endpoint.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.stereotype.Component;

/**
 * The SPARQL 1.1 Service Description, answered to GET on the endpoint without a query. It is a Turtle resource
 * read with the requested endpoint URL as base, so that {@code sd:endpoint} names exactly the URL asked.
 */
@Component
class ServiceDescription {

    private static final String TEMPLATE = "service-description.ttl";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private final boolean serviceAllowed;

    ServiceDescription(OgpldProperties properties) {
        this.serviceAllowed = properties.query().allowService();
    }

    Model describe(String endpointUrl) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ServiceDescription.class.getResourceAsStream(TEMPLATE)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(endpointUrl).parse(model);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (serviceAllowed) {
            Resource service = model.createResource(endpointUrl);
            service.addProperty(model.createProperty(SD, "feature"), model.createResource(SD + "BasicFederatedQuery"));
        }
        return model;
    }

    void write(String endpointUrl, String accept, String override, HttpServletResponse response) {
        OutputFormat format = Negotiation.GRAPH.choose(accept, override);
        Model model = describe(endpointUrl);
        try {
            RdfOutput.startResponse(response, format);
            RDFDataMgr.write(response.getOutputStream(), model, format.lang());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
