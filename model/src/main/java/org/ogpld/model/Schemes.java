package org.ogpld.model;

/** The names of the OGP-LD code lists that records refer to ({@code https://w3id.org/ogp-ld/code/{name}}). */
public final class Schemes {

    public static final String EVENT_TYPE = "event-type";
    public static final String PARTICIPANT_CATEGORY = "participant-category";
    public static final String TALK_TYPE = "talk-type";
    public static final String ROLE = "role";
    public static final String MEMBER_STATUS = "member-status";
    public static final String OGP_VALUE = "ogp-value";
    public static final String POLICY_AREA = "policy-area";
    public static final String POLICY_TAG = "policy-tag";
    public static final String SPECIFICITY = "specificity";
    public static final String POTENTIAL_IMPACT = "potential-impact";
    public static final String COMPLETION = "completion";
    public static final String DID_IT_OPEN_GOVERNMENT = "did-it-open-government";
    public static final String POTENTIAL_FOR_RESULTS = "potential-for-results";
    public static final String EARLY_RESULTS = "early-results";
    public static final String SERVICE_QUALITY_CRITERION = "service-quality-criterion";
    public static final String SERVICE_QUALITY_LEVEL = "service-quality-level";

    private Schemes() {
    }
}
