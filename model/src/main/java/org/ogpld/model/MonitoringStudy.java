package org.ogpld.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A civil-society monitoring study: who conducted and funded it, what it covered, and its findings as
 * observations (unit × criterion → level).
 *
 * @param id           a {@link Kind#STUDY} id
 * @param title        its title
 * @param description  what it studied and how (e.g. "9 service centres of 9 state bodies")
 * @param conductedBy  the organisations that carried it out and publish it
 * @param funders      the organisations that paid for it
 * @param issued       when its results were published
 * @param observations its findings, in id order
 */
public record MonitoringStudy(Id id, Text title, Optional<Text> description, Set<Id> conductedBy, Set<Id> funders,
                              Optional<DateValue> issued, List<Observation> observations) {

    public MonitoringStudy {
        Checks.kind(id, Kind.STUDY, "id");
        Checks.required(title, "title");
        description = Checks.optional(description);
        conductedBy = Checks.kinds(conductedBy, Kind.ORGANISATION, "conductedBy");
        funders = Checks.kinds(funders, Kind.ORGANISATION, "funders");
        issued = Checks.optional(issued);
        observations = Checks.uniqueSorted(observations, Observation::id, "observations");
    }
}
