package org.ogpld.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A civil-society monitoring study: who conducted and funded it, what it covered, what it aimed at, its findings as
 * observations (unit × criterion → level) and the recommendations it drew from them.
 *
 * @param id                an {@link Kind#STUDY} id
 * @param title             its title
 * @param description       what it studied and how, in the source's words
 * @param conductedBy       the organisations that carried it out (its attribution, not its publisher)
 * @param funders           the organisations that paid for it
 * @param issued            when its results were published
 * @param observations      its findings, in id order
 * @param centresObserved   how many service centres it observed
 * @param bodiesCovered     how many state bodies those centres belong to
 * @param objectives        its aims, in the source's order
 * @param recommendations   its recommendations, in the source's order
 */
public record MonitoringStudy(Id id, Text title, Optional<Text> description, Set<Id> conductedBy, Set<Id> funders,
                              Optional<DateValue> issued, List<Observation> observations,
                              Optional<Integer> centresObserved, Optional<Integer> bodiesCovered,
                              List<Text> objectives, List<Recommendation> recommendations) {

    public MonitoringStudy {
        Checks.kind(id, Kind.STUDY, "id");
        Checks.required(title, "title");
        description = Checks.optional(description);
        conductedBy = Checks.kinds(conductedBy, Kind.ORGANISATION, "conductedBy");
        funders = Checks.kinds(funders, Kind.ORGANISATION, "funders");
        issued = Checks.optional(issued);
        observations = Checks.uniqueSorted(observations, Observation::id, "observations");
        centresObserved = Checks.nonNegative(centresObserved, "centresObserved");
        bodiesCovered = Checks.nonNegative(bodiesCovered, "bodiesCovered");
        objectives = Checks.list(objectives, "objectives");
        recommendations = Checks.list(recommendations, "recommendations");
    }

    /** A study without sample sizes, objectives or recommendations. */
    public MonitoringStudy(Id id, Text title, Optional<Text> description, Set<Id> conductedBy, Set<Id> funders,
                           Optional<DateValue> issued, List<Observation> observations) {
        this(id, title, description, conductedBy, funders, issued, observations, Optional.empty(), Optional.empty(),
                List.of(), List.of());
    }
}
