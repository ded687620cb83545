package org.ogpld.endpoint.sparql;

import java.util.List;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/** A row set that counts the rows taken from it, for the request log. */
final class CountingRowSet implements RowSet {

    private final RowSet rows;
    private long count;

    CountingRowSet(RowSet rows) {
        this.rows = rows;
    }

    long count() {
        return count;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Binding next() {
        Binding binding = rows.next();
        count++;
        return binding;
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return rows.getRowNumber();
    }

    @Override
    public void close() {
        rows.close();
    }
}
