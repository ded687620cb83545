package org.ogpld.model.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.LangString;
import org.ogpld.model.Organisation;
import org.ogpld.model.OrganisationKind;
import org.ogpld.vocab.CV;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.SCHEMA;

/** {@link Organisation} ⇄ {@code org:Organization} with the classes its kind calls for. */
public final class OrganisationMapping {

    /** Classes per kind; the first is the one that identifies the kind when reading. */
    private static final Map<OrganisationKind, List<Resource>> CLASSES = Map.of(
            OrganisationKind.OGP_MEMBER, List.of(OGP.OgpMember, ORG.FormalOrganization, CV.PublicOrganisation),
            OrganisationKind.PUBLIC_ORGANISATION, List.of(CV.PublicOrganisation, ORG.FormalOrganization),
            OrganisationKind.NGO, List.of(SCHEMA.NGO, ORG.FormalOrganization),
            OrganisationKind.COLLABORATION, List.of(ORG.OrganizationalCollaboration),
            OrganisationKind.UNIT, List.of(ORG.OrganizationalUnit),
            OrganisationKind.FORMAL_ORGANISATION, List.of(ORG.FormalOrganization));
    private static final List<OrganisationKind> MOST_SPECIFIC_FIRST = List.of(OrganisationKind.OGP_MEMBER,
            OrganisationKind.PUBLIC_ORGANISATION, OrganisationKind.NGO, OrganisationKind.COLLABORATION,
            OrganisationKind.UNIT, OrganisationKind.FORMAL_ORGANISATION);

    private final Iris iris;

    public OrganisationMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(Organisation o, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(o.id());
        out.types(s, ORG.Organization);
        out.types(s, CLASSES.get(o.kind()).toArray(Resource[]::new));
        out.text(s, SKOS.prefLabel, o.name());
        out.strings(s, SKOS.altLabel, o.acronyms());
        out.strings(s, OGP.acronym, o.acronyms());
        out.strings(s, SKOS.altLabel, o.otherNames());
        out.text(s, DCTerms.description, o.description());
        out.ref(s, o.kind() == OrganisationKind.UNIT ? ORG.unitOf : ORG.subOrganizationOf, o.parent());
        o.country().ifPresent(c -> out.types(out.geoName(s, DCTerms.spatial, c), DCTerms.Location));
        IdentifierMapping.write(o.identifiers(), s, out);
        o.homepage().ifPresent(url -> out.types(out.model().createResource(url), FOAF.Document));
        out.iri(s, FOAF.homepage, o.homepage());
        out.code(s, OGP.memberStatus, o.memberStatus());
        out.refs(s, SCHEMA.funder, o.funders());
        out.refs(s, OGP.implementedBy, o.implementers());
    }

    public Organisation read(Resource s) {
        RdfIn in = new RdfIn(iris);
        OrganisationKind kind = MOST_SPECIFIC_FIRST.stream()
                .filter(k -> s.hasProperty(RDF.type, CLASSES.get(k).get(0))).findFirst()
                .orElseThrow(() -> RdfIn.fail(s, RDF.type, "not typed as any kind of organisation we publish"));
        Set<LangString> acronyms = new HashSet<>(in.langStrings(s, OGP.acronym));
        Set<LangString> otherNames = new HashSet<>(in.langStrings(s, SKOS.altLabel));
        otherNames.removeAll(acronyms);
        Organisation.Builder o = Organisation.builder(in.id(s, Kind.ORGANISATION), kind, in.text(s, SKOS.prefLabel))
                .acronyms(acronyms)
                .otherNames(otherNames)
                .description(in.optionalText(s, DCTerms.description).orElse(null))
                .parent(in.optionalRef(s, kind == OrganisationKind.UNIT ? ORG.unitOf : ORG.subOrganizationOf,
                        Kind.ORGANISATION).orElse(null))
                .country(in.geoNames(s, DCTerms.spatial, true).stream().findFirst().orElse(null))
                .identifiers(IdentifierMapping.read(s, in))
                .homepage(in.iri(s, FOAF.homepage).orElse(null))
                .memberStatus(in.code(s, OGP.memberStatus).orElse(null))
                .funders(in.refs(s, SCHEMA.funder, Kind.ORGANISATION))
                .implementers(in.refs(s, OGP.implementedBy, Kind.ORGANISATION));
        return RdfIn.construct(s, o::build);
    }
}
