package org.ogpld.model.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.Post;

/** {@link Post} ⇄ {@code org:Post} with {@code org:postIn}, {@code org:role} and {@code org:heldBy}. */
public final class PostMapping {

    private final Iris iris;

    public PostMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(Post p, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(p.id());
        out.types(s, ORG.Post);
        out.text(s, SKOS.prefLabel, p.label());
        out.ref(s, ORG.postIn, p.organisation());
        out.code(s, ORG.role, p.role());
        out.refs(s, ORG.heldBy, p.holders());
    }

    public Post read(Resource s) {
        RdfIn in = new RdfIn(iris);
        return RdfIn.construct(s, () -> new Post(in.id(s, Kind.POST), in.text(s, SKOS.prefLabel),
                in.ref(s, ORG.postIn, Kind.ORGANISATION), in.code(s, ORG.role),
                in.refs(s, ORG.heldBy, Kind.PERSON)));
    }
}
