package org.ogpld.endpoint.reconcile;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() {
        long t = System.nanoTime();
        DefaultData.dataset();
        System.out.println("dataset " + (System.nanoTime() - t) / 1e6 + " ms");
        t = System.nanoTime();
        List<Entity> entities = DefaultData.entities();
        System.out.println("entities " + entities.size() + " in " + (System.nanoTime() - t) / 1e6 + " ms");
        t = System.nanoTime();
        Reconciler r = new Reconciler(new TokenIndex(entities), ReconcileProperties.defaults());
        System.out.println("index " + (System.nanoTime() - t) / 1e6 + " ms");
        for (String[] q : new String[][] {{"Kamal Jafarov", "person"}, {"AL0002", ""}, {"Ministry of Justice", "organisation"},
                {"Ministry of Justice of the Republic of Azerbaijan", "organisation"}, {"ALB", ""}, {"EPF", ""},
                {"Transparency Azerbaijan", ""}, {"Seffafliq Azerbaycan", "organisation"}, {"Elimemmed Nuriyev", "person"},
                {"Anti-Corruption Council", "organisation"}, {"Albania Action Plan 2012-2014", "action-plan"}, {"e-Acts", "commitment"}, {"Elimemmed Nuriyev", "person"}, {"Seffafliq Azerbaycan", "organisation"},
                {"Zaur Ibrahimli", ""}, {"Rena Seferaliyeva", "person"}, {"Sabit Bagirov", "person"}, {"Eurasia Partnership Foundation", ""},
                {"Avrasiya Emekdasliq Fondu", ""}, {"Commission on Combating Corruption", ""}, {"OGP Platform", ""}, {"AHT Platformasi", ""},
                {"Open Government Partnership", ""}, {"Azerbaijan", "member"}, {"Azərbaycan", ""}, {"AP_ALB01", ""}, {"Ministry of Foreign Affairs of the Netherlands", ""}}) {
            Set<EntityType> types = q[1].isEmpty() ? Set.of() : Set.of(EntityType.of(q[1]).orElseThrow());
            System.out.println("== " + q[0] + " / " + q[1]);
            r.reconcile(new Query(q[0], types, 5, List.of())).forEach(c -> System.out.printf("  %.3f %s %s | %s | %s %s%n",
                    c.score(), c.match() ? "MATCH" : "", c.entity().id(), c.entity().name(), c.entity().description(), c.features()));
        }
        entities.stream().limit(3).forEach(System.out::println);
    }
}
