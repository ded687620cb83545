package org.ogpld.model.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Countries;
import org.ogpld.model.Identifier;

/**
 * Identifiers of people and organisations: Wikidata ids as {@code owl:sameAs <http://www.wikidata.org/entity/Q…>},
 * all others as {@code adms:identifier} nodes ({@code {subject}#identifier-{n}}) with {@code skos:notation} and
 * {@code adms:schemeAgency}. An OGP member code also links the member to its country in the EU Publications Office
 * country authority ({@code dct:spatial <…/country/AZE>}, CPOV's administrative area; a local member's country,
 * {@code ARBA} → {@code ARG}), so that researchers join on the authority rather than on our codes.
 */
final class IdentifierMapping {

    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private IdentifierMapping() {
    }

    static void write(Set<Identifier> identifiers, Resource subject, RdfOut out) {
        int n = 0;
        for (Identifier identifier : identifiers) {
            if (Identifier.WIKIDATA.equals(identifier.scheme())) {
                out.model().add(subject, OWL.sameAs, out.model().createResource(WIKIDATA_ENTITY + identifier.value()));
            } else {
                if (Identifier.OGP_MEMBER.equals(identifier.scheme())) {
                    Countries.ofOgpMember(identifier.value()).ifPresent(country -> {
                        Resource place = out.model().createResource(Countries.euCountry(country));
                        out.model().add(subject, DCTerms.spatial, place);
                        out.types(place, DCTerms.Location);
                    });
                }
                Resource node = out.part(subject, "identifier-" + ++n);
                out.model().add(subject, Terms.identifier, node);
                out.types(node, Terms.Identifier);
                out.plain(node, SKOS.notation, identifier.value());
                out.plain(node, Terms.schemeAgency, identifier.scheme());
            }
        }
    }

    static Set<Identifier> read(Resource subject, RdfIn in) {
        Set<Identifier> identifiers = new HashSet<>();
        for (RDFNode node : in.values(subject, OWL.sameAs)) {
            String iri = in.iriNode(subject, OWL.sameAs, node).getURI();
            if (!iri.startsWith(WIKIDATA_ENTITY)) {
                throw RdfIn.fail(subject, OWL.sameAs, "<" + iri + "> is not a Wikidata entity");
            }
            identifiers.add(RdfIn.construct(subject, () -> Identifier.wikidata(iri.substring(WIKIDATA_ENTITY.length()))));
        }
        List<RDFNode> nodes = in.values(subject, Terms.identifier);
        for (RDFNode node : nodes) {
            Resource id = in.iriNode(subject, Terms.identifier, node);
            String value = in.string(id, SKOS.notation).orElseThrow(() -> RdfIn.fail(id, SKOS.notation, "missing"));
            String scheme = in.string(id, Terms.schemeAgency)
                    .orElseThrow(() -> RdfIn.fail(id, Terms.schemeAgency, "missing"));
            identifiers.add(RdfIn.construct(id, () -> Identifier.of(scheme, value)));
        }
        return identifiers;
    }
}
