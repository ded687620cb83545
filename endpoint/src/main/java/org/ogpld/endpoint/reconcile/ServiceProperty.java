package org.ogpld.endpoint.reconcile;

import static org.ogpld.endpoint.reconcile.EntityType.ACTION_PLAN;
import static org.ogpld.endpoint.reconcile.EntityType.COMMITMENT;
import static org.ogpld.endpoint.reconcile.EntityType.EVENT;
import static org.ogpld.endpoint.reconcile.EntityType.MEMBER;
import static org.ogpld.endpoint.reconcile.EntityType.ORGANISATION;
import static org.ogpld.endpoint.reconcile.EntityType.PERSON;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The properties the service knows: those a query may constrain ({@link #constraint}) and those data extension
 * fetches, each with the SPARQL property path that reaches its values from an entity.
 */
enum ServiceProperty {
    IDENTIFIER("identifier", "Identifier", true, Value.TEXT, "dct:identifier|adms:identifier/skos:notation",
            EnumSet.allOf(EntityType.class)),
    MEMBER_OF("member", "OGP member", true, Value.ENTITY,
            "ogp:submittedBy|ogp:actionPlan/ogp:submittedBy"
                    + "|^(ogp:leadInstitution|ogp:supportingInstitution)/ogp:actionPlan/ogp:submittedBy",
            EnumSet.of(ORGANISATION, COMMITMENT, ACTION_PLAN)),
    ACTION_PLAN_OF("actionPlan", "Action plan", true, Value.ENTITY, "ogp:actionPlan", EnumSet.of(COMMITMENT)),
    ORGANISATION_OF("organisation", "Organisation (of the person's posts)", true, Value.ENTITY,
            "^org:heldBy/org:postIn", EnumSet.of(PERSON)),
    NAME("name", "Name", false, Value.TEXT, "skos:prefLabel|foaf:name|dct:title|schema:name",
            EnumSet.allOf(EntityType.class)),
    POLICY_AREA("policyArea", "Policy areas", false, Value.LABEL, "ogp:policyArea", EnumSet.of(COMMITMENT)),
    COMPLETION("completion", "Completion (end of term)", false, Value.LABEL,
            "ogp:assessment/ogp:endOfTermCompletion", EnumSet.of(COMMITMENT)),
    MID_TERM_COMPLETION("midTermCompletion", "Completion (mid-term)", false, Value.LABEL,
            "ogp:assessment/ogp:midTermCompletion", EnumSet.of(COMMITMENT)),
    STARRED("starred", "Starred", false, Value.TEXT, "ogp:assessment/ogp:starred", EnumSet.of(COMMITMENT)),
    LEAD_INSTITUTION("leadInstitution", "Lead institution", false, Value.ENTITY, "ogp:leadInstitution",
            EnumSet.of(COMMITMENT)),
    SUPPORTING_INSTITUTION("supportingInstitution", "Supporting institutions", false, Value.ENTITY,
            "ogp:supportingInstitution", EnumSet.of(COMMITMENT)),
    COMMITMENTS("commitments", "Commitments", false, Value.ENTITY, "^ogp:actionPlan", EnumSet.of(ACTION_PLAN)),
    SUBMITTED("submitted", "Year submitted", false, Value.TEXT, "dct:dateSubmitted", EnumSet.of(ACTION_PLAN)),
    POST("post", "Posts", false, Value.LABEL, "^org:heldBy", EnumSet.of(PERSON)),
    START_DATE("startDate", "Start date", false, Value.TEXT, "schema:startDate", EnumSet.of(EVENT)),
    REGION("region", "OGP region", false, Value.LABEL, "ogp:region", EnumSet.of(MEMBER)),
    HOMEPAGE("homepage", "Home page", false, Value.TEXT, "foaf:homepage", EnumSet.of(ORGANISATION, MEMBER));

    /** How a value is answered: a reconciled entity, a concept's or resource's label, or the text as written. */
    enum Value { ENTITY, LABEL, TEXT }

    private final String id;
    private final String label;
    private final boolean constraint;
    private final Value value;
    private final String path;
    private final Set<EntityType> types;

    ServiceProperty(String id, String label, boolean constraint, Value value, String path, Set<EntityType> types) {
        this.id = id;
        this.label = label;
        this.constraint = constraint;
        this.value = value;
        this.path = path;
        this.types = types;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    /** Whether a query may constrain it (the entity index keeps its values). */
    boolean constraint() {
        return constraint;
    }

    Value value() {
        return value;
    }

    /** The SPARQL property path from an entity to the values (prefixes as in {@link EntityReader}). */
    String path() {
        return path;
    }

    /** Whether entities of {@code type} have it; with no type, every property applies. */
    boolean appliesTo(Optional<EntityType> type) {
        return type.map(types::contains).orElse(true);
    }

    static Optional<ServiceProperty> of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
