package org.ogpld.endpoint.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;

/** Reads the {@code ht:} request/response descriptions of the W3C SPARQL 1.1 test manifests with Jena. */
final class HtManifests {

    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final Map<String, Integer> STATUS_NAMES = Map.of("OK", 200, "Created", 201, "NoContent", 204,
            "NotFound", 404);

    private HtManifests() {}

    /** The reference data folder, {@code ../shared/data/w3c-sparql11}. */
    static Path folder() {
        return Path.of(System.getProperty("ogpld.shared"), "data", "w3c-sparql11").toAbsolutePath().normalize();
    }

    /** The tests listed by {@code mf:entries} of a manifest, and of the manifests it {@code mf:include}s. */
    static List<HtTest> read(Path manifest) {
        Model model = RDFDataMgr.loadModel(manifest.toUri().toString());
        Resource root = model.createResource(manifest.toUri().toString());
        List<HtTest> tests = new ArrayList<>();
        Resource includes = root.getPropertyResourceValue(p(MF, "include"));
        if (includes != null) {
            for (RDFNode included : includes.as(RDFList.class).asJavaList()) {
                tests.addAll(read(Path.of(java.net.URI.create(included.asResource().getURI()))));
            }
        }
        Resource entries = root.getPropertyResourceValue(p(MF, "entries"));
        if (entries != null) {
            for (RDFNode entry : entries.as(RDFList.class).asJavaList()) {
                tests.add(test(entry.asResource()));
            }
        }
        return tests;
    }

    private static HtTest test(Resource test) {
        Map<String, Path> data = new LinkedHashMap<>();
        test.listProperties(p(UT, "graphData")).forEachRemaining(s -> {
            Resource graphData = s.getResource();
            String file = graphData.getPropertyResourceValue(p(UT, "graph")).getURI();
            data.put(graphData.getProperty(RDFS.label).getString(), Path.of(java.net.URI.create(file)));
        });
        List<HtRequest> requests = new ArrayList<>();
        Resource action = test.getPropertyResourceValue(p(MF, "action"));
        Resource list = action == null ? null : action.getPropertyResourceValue(p(HT, "requests"));
        if (list != null) {
            list.as(RDFList.class).asJavaList().forEach(r -> requests.add(request(r.asResource())));
        }
        String title = test.hasProperty(p(MF, "name")) ? test.getProperty(p(MF, "name")).getString() : "";
        return new HtTest(test.getLocalName(), title, data, requests);
    }

    private static HtRequest request(Resource request) {
        Resource response = request.getPropertyResourceValue(p(HT, "resp"));
        Map<String, String> responseHeaders = headers(response);
        Resource responseBody = response.getPropertyResourceValue(p(HT, "body"));
        Resource body = request.getPropertyResourceValue(p(HT, "body"));
        List<Integer> codes = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        response.listProperties(p(MF, "expectedStatus")).forEachRemaining(s -> {
            String name = s.getResource().getLocalName();
            if (name.startsWith("StatusCode")) {
                classes.add(Character.getNumericValue(name.charAt("StatusCode".length())));
            } else {
                codes.add(STATUS_NAMES.get(name));
            }
        });
        return new HtRequest(string(request, HT, "methodName"), string(request, HT, "absolutePath"),
                headers(request), body == null ? null : string(body, CNT, "chars"),
                body == null ? null : string(body, CNT, "characterEncoding"), codes, classes,
                response.hasProperty(p(MF, "expectedBoolean"))
                        ? response.getProperty(p(MF, "expectedBoolean")).getBoolean() : null,
                string(response, MF, "expectedFormat"), string(response, MF, "expectedLocation"),
                responseHeaders.get("content-type"), responseBody == null ? null : string(responseBody, CNT, "chars"));
    }

    private static Map<String, String> headers(Resource message) {
        Map<String, String> headers = new LinkedHashMap<>();
        Resource list = message.getPropertyResourceValue(p(HT, "headers"));
        if (list != null) {
            for (RDFNode header : list.as(RDFList.class).asJavaList()) {
                headers.put(string(header.asResource(), HT, "fieldName").toLowerCase(java.util.Locale.ROOT),
                        string(header.asResource(), HT, "fieldValue"));
            }
        }
        return headers;
    }

    private static String string(Resource subject, String ns, String local) {
        Statement statement = subject.getProperty(p(ns, local));
        return statement == null ? null : statement.getString();
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
