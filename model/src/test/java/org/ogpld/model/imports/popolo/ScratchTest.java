package org.ogpld.model.imports.popolo;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.Imported;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        Path json = Path.of(System.getProperty("ogpld.shared"), "data", "everypolitician-azerbaijan", "ep-popolo-v1.0.json");
        Imported imported = PopoloImporter.builder().lenient(true).build().read(json);
        imported.rejected().forEach(System.out::println);
        var p = imported.publication();
        System.out.println(p.persons().size() + " persons " + p.organisations().size() + " orgs " + p.memberships().size() + " memberships " + p.events().size() + " events " + p.places().size() + " places");
        var m = imported.toModel(new Iris("https://data.example.org/"));
        var sub = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.listStatements().forEach(st -> { if (st.getSubject().getURI() != null && (st.getSubject().getURI().contains("vasif-talibov") || st.getSubject().getURI().contains("membership/muslum") || st.getSubject().getURI().contains("organisation/ana-") || st.getSubject().getURI().contains("event/iv"))) sub.add(st); });
        sub.setNsPrefixes(org.ogpld.vocab.Vocab.prefixes());
        RDFDataMgr.write(System.out, sub, Lang.TURTLE);
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(org.ogpld.vocab.Vocab.shapes(), m.getGraph());
        report.getEntries().stream().limit(10).forEach(System.out::println);
        System.out.println("entries " + report.getEntries().size());
    }
}
