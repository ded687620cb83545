package org.ogpld.model.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.model.Document;
import org.ogpld.model.DocumentKind;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.vocab.PPLAN;
import org.ogpld.vocab.SCHEMA;

/**
 * {@link Document} ⇄ {@code foaf:Document} and a schema.org class by kind (a press release is a
 * {@code schema:NewsArticle}); languages as EU language-authority IRIs.
 */
public final class DocumentMapping {

    private static final Map<DocumentKind, List<Resource>> CLASSES = Map.of(
            DocumentKind.PRESS_RELEASE, List.of(SCHEMA.NewsArticle),
            DocumentKind.REPORT, List.of(Terms.Report),
            DocumentKind.PLAN, List.of(PPLAN.Plan, Terms.CreativeWork),
            DocumentKind.DATASET, List.of(Terms.Dataset),
            DocumentKind.OTHER, List.of(Terms.CreativeWork));
    private static final List<DocumentKind> MOST_SPECIFIC_FIRST = List.of(DocumentKind.PRESS_RELEASE,
            DocumentKind.REPORT, DocumentKind.PLAN, DocumentKind.DATASET, DocumentKind.OTHER);
    private static final Map<String, String> ISO_639_1 = Stream.of(Locale.getISOLanguages())
            .collect(Collectors.toMap(l -> Locale.forLanguageTag(l).getISO3Language(), Function.identity(),
                    (a, b) -> a));

    private final Iris iris;

    public DocumentMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(Document d, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(d.id());
        out.types(s, FOAF.Document);
        out.types(s, CLASSES.get(d.kind()).toArray(Resource[]::new));
        out.text(s, DCTerms.title, d.title());
        out.text(s, DCTerms.description, d.description());
        out.date(s, DCTerms.issued, d.issued());
        d.languages().forEach(l -> out.types(language(s, l, out), DCTerms.LinguisticSystem));
        out.ref(s, DCTerms.publisher, d.publisher());
        out.refs(s, DCTerms.creator, d.creators());
        out.iri(s, SCHEMA.url, d.url());
        out.refs(s, SCHEMA.about, d.about());
        if (d.draft()) {
            out.plain(s, Terms.creativeWorkStatus, Terms.DRAFT);
        }
        out.date(s, SCHEMA.startDate, d.start());
        out.date(s, SCHEMA.endDate, d.end());
    }

    private static Resource language(Resource document, String tag, RdfOut out) {
        Resource language = out.model().createResource(Terms.LANGUAGE_AUTHORITY
                + Locale.forLanguageTag(tag).getISO3Language().toUpperCase(Locale.ROOT));
        out.model().add(document, DCTerms.language, language);
        return language;
    }

    public Document read(Resource s) {
        RdfIn in = new RdfIn(iris);
        DocumentKind kind = MOST_SPECIFIC_FIRST.stream().filter(k -> s.hasProperty(RDF.type, CLASSES.get(k).get(0)))
                .findFirst().orElseThrow(() -> RdfIn.fail(s, RDF.type, "not typed as any kind of document we publish"));
        Document.Builder d = Document.builder(in.id(s, Kind.DOCUMENT), kind, in.text(s, DCTerms.title))
                .description(in.optionalText(s, DCTerms.description).orElse(null))
                .issued(in.date(s, DCTerms.issued).orElse(null))
                .publisher(in.optionalRef(s, DCTerms.publisher, Kind.ORGANISATION).orElse(null))
                .creators(in.refs(s, DCTerms.creator, Kind.PERSON, Kind.ORGANISATION))
                .url(in.iri(s, SCHEMA.url).orElse(null))
                .about(in.refs(s, SCHEMA.about, Kind.values()))
                .draft(in.string(s, Terms.creativeWorkStatus).filter(Terms.DRAFT::equals).isPresent())
                .period(in.date(s, SCHEMA.startDate).orElse(null), in.date(s, SCHEMA.endDate).orElse(null));
        readLanguages(s, in).forEach(d::language);
        return RdfIn.construct(s, d::build);
    }

    private static Set<String> readLanguages(Resource s, RdfIn in) {
        Set<String> tags = new HashSet<>();
        for (RDFNode node : in.values(s, DCTerms.language)) {
            String iri = in.iriNode(s, DCTerms.language, node).getURI();
            String code = iri.startsWith(Terms.LANGUAGE_AUTHORITY)
                    ? ISO_639_1.get(iri.substring(Terms.LANGUAGE_AUTHORITY.length()).toLowerCase(Locale.ROOT)) : null;
            if (code == null) {
                throw RdfIn.fail(s, DCTerms.language, "<" + iri + "> is not an EU language authority IRI we know");
            }
            tags.add(code);
        }
        return tags;
    }
}
