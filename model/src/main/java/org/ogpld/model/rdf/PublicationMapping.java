package org.ogpld.model.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.Provenance;
import org.ogpld.model.Publication;
import org.ogpld.vocab.CV;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.PERSON;
import org.ogpld.vocab.PROV;
import org.ogpld.vocab.SCHEMA;

/**
 * {@link Publication} ⇄ its own named graph {@code {base}graph/{slug}}, which describes itself as an
 * {@code ogp:SourceGraph} derived from the source document ({@code prov:wasDerivedFrom}).
 *
 * <pre>{@code
 * PublicationMapping mapping = new PublicationMapping(new Iris("https://data.example.org/"));
 * DatasetGraph dataset = mapping.toDataset(publication);
 * Publication back = mapping.read(dataset, mapping.graphName(publication));
 * }</pre>
 */
public final class PublicationMapping {

    private final Iris iris;
    private final EventMapping events;
    private final OrganisationMapping organisations;
    private final PersonMapping persons;
    private final PostMapping posts;
    private final MembershipMapping memberships;
    private final PlaceMapping places;
    private final DocumentMapping documents;
    private final ActionPlanMapping actionPlans;
    private final CommitmentMapping commitments;
    private final StudyMapping studies;
    private final NoteMapping notes;

    public PublicationMapping(Iris iris) {
        this.iris = iris;
        this.events = new EventMapping(iris);
        this.organisations = new OrganisationMapping(iris);
        this.persons = new PersonMapping(iris);
        this.posts = new PostMapping(iris);
        this.memberships = new MembershipMapping(iris);
        this.places = new PlaceMapping(iris);
        this.documents = new DocumentMapping(iris);
        this.actionPlans = new ActionPlanMapping(iris);
        this.commitments = new CommitmentMapping(iris);
        this.studies = new StudyMapping(iris);
        this.notes = new NoteMapping(iris);
    }

    /** The IRI of the publication's named graph. */
    public String graphName(Publication publication) {
        return iris.graph(publication.slug());
    }

    /** The publication in a new in-memory dataset, in its named graph. */
    public DatasetGraph toDataset(Publication publication) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.addGraph(NodeFactory.createURI(graphName(publication)), toModel(publication).getGraph());
        return dataset;
    }

    /** The statements of the publication's graph, in a new in-memory model. */
    public Model toModel(Publication publication) {
        Model model = ModelFactory.createDefaultModel();
        write(publication, model);
        return model;
    }

    /** Adds the publication's statements to {@code model}. */
    public void write(Publication p, Model model) {
        p.documents().forEach(d -> documents.write(d, model));
        p.organisations().forEach(o -> organisations.write(o, model));
        p.persons().forEach(x -> persons.write(x, model));
        p.posts().forEach(x -> posts.write(x, model));
        p.memberships().forEach(m -> memberships.write(m, model));
        p.places().forEach(x -> places.write(x, model));
        p.events().forEach(e -> events.write(e, model));
        p.actionPlans().forEach(a -> actionPlans.write(a, model));
        p.commitments().forEach(c -> commitments.write(c, model));
        p.studies().forEach(s -> studies.write(s, model));
        p.notes().forEach(n -> notes.write(n, model));
        writeProvenance(p, model);
    }

    private void writeProvenance(Publication p, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Provenance provenance = p.provenance();
        Resource graph = model.createResource(graphName(p));
        out.types(graph, OGP.SourceGraph);
        out.text(graph, DCTerms.title, provenance.title());
        out.ref(graph, PROV.wasDerivedFrom, provenance.source());
        out.iri(graph, DCTerms.license, Optional.of(provenance.licence().orElse(Provenance.NONE_KNOWN)));
        out.refs(graph, PROV.wasAttributedTo, provenance.attributedTo());
        out.text(graph, RDFS.comment, provenance.comment());
        out.iri(graph, DCTerms.source, provenance.sourceUrl());
        out.date(graph, OGP.retrievedOn, provenance.retrieved());
        out.refs(graph, OGP.transcribedBy, provenance.transcribedBy());
        out.refs(graph, OGP.translatedBy, provenance.translatedBy());
    }

    /** Reads the publication in the named graph {@code graphName} of {@code dataset}. */
    public Publication read(DatasetGraph dataset, String graphName) {
        Node name = NodeFactory.createURI(graphName);
        if (!dataset.containsGraph(name)) {
            throw new MappingException(graphName, null, "no such named graph");
        }
        return read(ModelFactory.createModelForGraph(dataset.getGraph(name)), graphName);
    }

    /** Reads the publication whose graph, named {@code graphName}, holds the statements of {@code model}. */
    public Publication read(Model model, String graphName) {
        Resource graph = model.createResource(graphName);
        String slug = iris.graphSlug(graphName)
                .orElseThrow(() -> new MappingException(graphName, null, "not a graph IRI under " + iris.base()));
        RdfIn in = new RdfIn(iris);
        Kind[] agents = {Kind.PERSON, Kind.ORGANISATION};
        Provenance provenance = RdfIn.construct(graph, () -> new Provenance(
                in.ref(graph, PROV.wasDerivedFrom, Kind.DOCUMENT), in.text(graph, DCTerms.title),
                in.iri(graph, DCTerms.license).filter(l -> !Provenance.NONE_KNOWN.equals(l)),
                in.refs(graph, PROV.wasAttributedTo, agents), in.optionalText(graph, RDFS.comment),
                in.iri(graph, DCTerms.source), in.date(graph, OGP.retrievedOn),
                in.refs(graph, OGP.transcribedBy, agents), in.refs(graph, OGP.translatedBy, agents)));
        Publication.Builder p = Publication.builder(slug, provenance);
        each(model, FOAF.Document, documents::read, p::document);
        each(model, ORG.Organization, organisations::read, p::organisation);
        each(model, PERSON.Person, persons::read, p::person);
        each(model, ORG.Post, posts::read, p::post);
        each(model, ORG.Membership, memberships::read, p::membership);
        each(model, SCHEMA.Place, places::read, p::place);
        each(model, CV.PublicEvent, events::read, p::event);
        each(model, OGP.NationalActionPlan, actionPlans::read, p::actionPlan);
        each(model, OGP.Commitment, commitments::read, p::commitment);
        each(model, OGP.MonitoringStudy, studies::read, p::study);
        model.listSubjectsWithProperty(OGP.dataQualityNote).forEachRemaining(s -> {
            if (!s.equals(graph)) {
                p.note(notes.read(s));
            }
        });
        return RdfIn.construct(graph, p::build);
    }

    private <T> void each(Model model, Resource type, Function<Resource, T> read, Consumer<T> add) {
        List<Resource> subjects = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(subjects::add);
        subjects.stream().filter(s -> s.isURIResource() && iris.id(s.getURI()).isPresent())
                .map(read).forEach(add);
    }
}
