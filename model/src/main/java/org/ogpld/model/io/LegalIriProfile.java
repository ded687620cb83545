package org.ogpld.model.io;

import java.util.Optional;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.CDTAwareParserProfile;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.FactoryRDF;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's parser profile, except that every IRI the document names (resolved, as a subject, predicate, object,
 * graph, datatype, prefix or base) must pass {@link LegalIris}: otherwise the error handler gets an error at the
 * IRI's line and column. Jena itself only warns about illegal IRIs.
 */
final class LegalIriProfile extends CDTAwareParserProfile {

    /** IRIs already accepted in this document: predicates and classes repeat on every line. */
    private final Cache<String, Boolean> accepted = CacheFactory.createSimpleCache(4096);

    /**
     * Whether IRIs go through Jena's resolver. N-Triples and N-Quads have no base and only absolute IRIs: there the
     * resolver would only parse each IRI a second time (with Jena's older IRI library, a quarter of the parse time)
     * to hand back the same string, so the {@link LegalIris} check alone decides.
     */
    private final boolean resolving;

    LegalIriProfile(FactoryRDF factory, ErrorHandler errors, IRIxResolver resolver, Context context,
            boolean lineBased) {
        super(factory, errors, resolver, PrefixMapFactory.create(), context, !lineBased, false);
        this.resolving = !lineBased;
    }

    @Override
    public String resolveIRI(String iri, long line, long col) {
        String resolved = resolving ? super.resolveIRI(iri, line, col) : iri;
        require(resolved, line, col);
        return resolved;
    }

    @Override
    public Node createURI(IRIx iri, long line, long col) {
        require(iri.str(), line, col);
        return super.createURI(iri, line, col);
    }

    @Override
    public void setBaseIRI(String base) {
        LegalIris.problem(base).ifPresent(problem -> {
            throw new RiotException("Base: " + problem);
        });
        super.setBaseIRI(base);
    }

    private void require(String iri, long line, long col) {
        if (accepted.getIfPresent(iri) != null) {
            return;
        }
        Optional<String> problem = LegalIris.problem(iri);
        if (problem.isPresent()) {
            getErrorHandler().error(problem.get(), line, col);
            throw new RiotException(problem.get());
        }
        accepted.put(iri, Boolean.TRUE);
    }
}
