package org.ogpld.model.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.model.Claim;
import org.ogpld.model.ClaimValue;
import org.ogpld.model.Count;
import org.ogpld.model.DataQualityNote;
import org.ogpld.model.DateValue;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.LangString;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.PROV;

/**
 * {@link DataQualityNote} ⇄ {@code ogp:dataQualityNote} on its subject, with one {@code ogp:Claim}
 * ({@code rdf:Statement}, {@code prov:Entity}) per claim ({@code {subject}#claim-{n}}): {@code rdf:subject}/
 * {@code rdf:predicate}/{@code rdf:object}, the words as written ({@code prov:value}), the source document
 * ({@code prov:wasDerivedFrom}) and where in it ({@code dct:description}). Claims are reified, never asserted: the
 * subject's own field holds what the evidence supports (for two days of one month, that month), or nothing.
 */
public final class NoteMapping {

    private final Iris iris;

    public NoteMapping(Iris iris) {
        this.iris = iris;
    }

    /** Writes the note and its claims. */
    public void write(DataQualityNote note, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(note.subject());
        out.text(s, OGP.dataQualityNote, note.note());
        int n = 0;
        for (Claim claim : note.claims()) {
            writeClaim(claim, s, out.part(s, "claim-" + ++n), out);
        }
    }

    private static void writeClaim(Claim claim, Resource subject, Resource statement, RdfOut out) {
        Property p = out.model().createProperty(claim.property());
        Optional<RDFNode> object = object(claim.value(), out.model());
        out.statement(statement, subject, p, object);
        out.types(statement, OGP.Claim, PROV.Entity);
        if (claim.value() instanceof DateValue date) {
            out.plain(statement, Terms.provValue, date.asWritten());
        }
        out.ref(statement, PROV.wasDerivedFrom, claim.source());
        out.text(statement, DCTerms.description, claim.statedIn());
    }

    private static Optional<RDFNode> object(ClaimValue value, Model model) {
        if (value instanceof DateValue date) {
            return date.value().map(Literals::of);
        }
        if (value instanceof Count count) {
            return Optional.of(model.createTypedLiteral(Long.toString(count.value()),
                    XSDDatatype.XSDnonNegativeInteger));
        }
        LangString text = (LangString) value;
        return Optional.of(model.createLiteral(text.value(), text.language()));
    }

    /** The note on {@code s}; its claims are the {@code ogp:Claim} statements about {@code s}. */
    public DataQualityNote read(Resource s) {
        RdfIn in = new RdfIn(iris);
        List<Claim> claims = new ArrayList<>();
        s.getModel().listSubjectsWithProperty(RDF.subject, s).forEachRemaining(statement -> {
            if (statement.hasProperty(RDF.type, OGP.Claim)) {
                claims.add(readClaim(statement, in));
            }
        });
        return RdfIn.construct(s, () -> new DataQualityNote(in.id(s, Kind.values()),
                in.text(s, OGP.dataQualityNote), claims));
    }

    private static Claim readClaim(Resource statement, RdfIn in) {
        String property = in.iriNode(statement, RDF.predicate,
                statement.getRequiredProperty(RDF.predicate).getObject()).getURI();
        Optional<RDFNode> object = in.single(statement, RDF.object);
        Optional<String> written = in.string(statement, Terms.provValue);
        ClaimValue value = RdfIn.construct(statement, () -> value(object, written));
        return RdfIn.construct(statement, () -> new Claim(property, value,
                in.optionalRef(statement, PROV.wasDerivedFrom, Kind.DOCUMENT),
                in.optionalText(statement, DCTerms.description)));
    }

    private static ClaimValue value(Optional<RDFNode> object, Optional<String> written) {
        if (object.isEmpty()) {
            return new DateValue(Optional.empty(), written);
        }
        if (!object.get().isLiteral()) {
            throw new IllegalArgumentException("a claimed value must be a literal, not " + object.get());
        }
        Literal literal = object.get().asLiteral();
        if (Literals.isTemporal(literal)) {
            return new DateValue(Optional.of(Literals.temporal(literal)), written);
        }
        if (!literal.getLanguage().isEmpty()) {
            return LangString.of(literal.getLexicalForm(), literal.getLanguage());
        }
        return new Count(Long.parseLong(literal.getLexicalForm()));
    }
}
