package org.ogpld.endpoint.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Sends an update's writes to the default graph into one named graph instead.
 *
 * <p>The store's default graph is the union of its named graphs, which cannot be written to as such. So triples
 * inserted or deleted without a {@code GRAPH} (and {@code CLEAR/DROP DEFAULT}, {@code LOAD} without
 * {@code INTO}, and {@code DEFAULT} in {@code ADD/COPY/MOVE}) address the named graph
 * {@code {base}graph/default}, which is itself part of the union. Patterns ({@code WHERE}) still match the
 * whole union.
 */
final class DefaultGraphRedirect implements UpdateVisitor {

    private final Node target;
    private final List<Update> result = new ArrayList<>();

    private DefaultGraphRedirect(Node target) {
        this.target = target;
    }

    /** Returns a copy of {@code request} whose default-graph writes go to {@code target}. */
    static UpdateRequest apply(UpdateRequest request, Node target) {
        DefaultGraphRedirect redirect = new DefaultGraphRedirect(target);
        request.getOperations().forEach(operation -> operation.visit(redirect));
        UpdateRequest copy = new UpdateRequest();
        copy.setBase(request.getBase());
        copy.setPrefixMapping(request.getPrefixMapping());
        redirect.result.forEach(copy::add);
        return copy;
    }

    private List<Quad> redirect(List<Quad> quads) {
        return quads.stream().map(q -> q.isDefaultGraph() ? Quad.create(target, q.asTriple()) : q).toList();
    }

    private Target redirect(Target t) {
        return t.isDefault() ? Target.create(target) : t;
    }

    @Override
    public void visit(UpdateDrop update) {
        result.add(new UpdateDrop(redirect(update.getTarget()), update.isSilent()));
    }

    @Override
    public void visit(UpdateClear update) {
        result.add(new UpdateClear(redirect(update.getTarget()), update.isSilent()));
    }

    @Override
    public void visit(UpdateCreate update) {
        result.add(update);
    }

    @Override
    public void visit(UpdateLoad update) {
        boolean quads = RDFLanguages.isQuads(RDFLanguages.filenameToLang(update.getSource()));
        if (update.getDest() != null || quads) {
            result.add(update);
        } else {
            result.add(new UpdateLoad(update.getSource(), target, update.isSilent()));
        }
    }

    @Override
    public void visit(UpdateAdd update) {
        result.add(new UpdateAdd(redirect(update.getSrc()), redirect(update.getDest()), update.isSilent()));
    }

    @Override
    public void visit(UpdateCopy update) {
        result.add(new UpdateCopy(redirect(update.getSrc()), redirect(update.getDest()), update.isSilent()));
    }

    @Override
    public void visit(UpdateMove update) {
        result.add(new UpdateMove(redirect(update.getSrc()), redirect(update.getDest()), update.isSilent()));
    }

    @Override
    public void visit(UpdateDataInsert update) {
        result.add(new UpdateDataInsert(new QuadDataAcc(redirect(update.getQuads()))));
    }

    @Override
    public void visit(UpdateDataDelete update) {
        result.add(new UpdateDataDelete(new QuadDataAcc(redirect(update.getQuads()))));
    }

    @Override
    public void visit(UpdateDeleteWhere update) {
        // DELETE WHERE { P } is DELETE { P } WHERE { P }: match over the union, delete from the target.
        UpdateModify modify = new UpdateModify();
        redirect(update.getQuads()).forEach(modify.getDeleteAcc()::addQuad);
        modify.setHasDeleteClause(true);
        modify.setElement(pattern(update.getQuads()));
        result.add(modify);
    }

    @Override
    public void visit(UpdateModify update) {
        if (update.getWithIRI() != null) {
            result.add(update);
            return;
        }
        UpdateModify copy = new UpdateModify();
        update.getUsing().forEach(copy::addUsing);
        update.getUsingNamed().forEach(copy::addUsingNamed);
        redirect(update.getDeleteQuads()).forEach(copy.getDeleteAcc()::addQuad);
        redirect(update.getInsertQuads()).forEach(copy.getInsertAcc()::addQuad);
        copy.setHasDeleteClause(update.hasDeleteClause());
        copy.setHasInsertClause(update.hasInsertClause());
        copy.setElement(update.getWherePattern());
        result.add(copy);
    }

    private static ElementGroup pattern(List<Quad> quads) {
        ElementGroup group = new ElementGroup();
        BasicPattern defaultGraph = new BasicPattern();
        for (Quad quad : quads) {
            if (quad.isDefaultGraph()) {
                defaultGraph.add(quad.asTriple());
            } else {
                BasicPattern named = new BasicPattern();
                named.add(quad.asTriple());
                group.addElement(new ElementNamedGraph(quad.getGraph(), new ElementTriplesBlock(named)));
            }
        }
        if (!defaultGraph.isEmpty()) {
            group.addElement(new ElementTriplesBlock(defaultGraph));
        }
        return group;
    }
}
