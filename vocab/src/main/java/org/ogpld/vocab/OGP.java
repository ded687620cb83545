package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the OGP-LD vocabulary, {@code https://w3id.org/ogp-ld/ns#} (prefix {@code ogp}), as defined in
 * {@code org/ogpld/vocab/ogp.ttl}. The Javadoc of each term is its English {@code rdfs:comment}.
 *
 * <pre>{@code
 * model.add(commitment, RDF.type, OGP.Commitment);
 * model.add(commitment, OGP.leadInstitution, ministry);
 * }</pre>
 */
public final class OGP {

    /** The namespace of the vocabulary, ending in {@code #}. */
    public static final String NS = "https://w3id.org/ogp-ld/ns#";

    /** The IRI of the ontology document itself (the namespace without its {@code #}). */
    public static final String ONTOLOGY = "https://w3id.org/ogp-ld/ns";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /**
     * One commitment of a national action plan: what a government promises to do, by when and with whom; a step of
     * the plan.
     */
    public static final Resource Commitment = resource("Commitment");

    /**
     * The Independent Reporting Mechanism's assessment of one commitment: its design (specificity, relevance,
     * potential impact), implementation (completion) and results (did it open government), as published in the IRM's
     * progress and end-of-term reports.
     */
    public static final Resource IrmAssessment = resource("IrmAssessment");

    /**
     * A verifiable activity or deliverable within a commitment, usually with an end date.
     */
    public static final Resource Milestone = resource("Milestone");

    /**
     * A civil-society study that observes public services criterion by criterion, such as the quality of service at
     * ASAN service centres; a Data Cube dataset whose observations give a level for each unit and criterion. It is
     * the study's result, a PROV entity; the fieldwork, when described, is the prov:Activity that generated it.
     */
    public static final Resource MonitoringStudy = resource("MonitoringStudy");

    /**
     * A plan of commitments that an OGP member co-creates with civil society and submits to the Open Government
     * Partnership for a period of two to four years.
     */
    public static final Resource NationalActionPlan = resource("NationalActionPlan");

    /**
     * A national or local government that participates in the Open Government Partnership.
     */
    public static final Resource OgpMember = resource("OgpMember");

    /**
     * A named graph that holds the facts taken from one source document, such as a press release or a spreadsheet,
     * and describes where they came from.
     */
    public static final Resource SourceGraph = resource("SourceGraph");

    /**
     * The Data Cube structure that monitoring studies share: service centre and criterion as dimensions, level as
     * the measure.
     */
    public static final Resource monitoringStudyStructure = resource("monitoringStudyStructure");

    /**
     * The national action plan that contains this commitment.
     */
    public static final Property actionPlan = property("actionPlan");

    /**
     * The Independent Reporting Mechanism's assessment of this commitment.
     */
    public static final Property assessment = property("assessment");

    /**
     * The commitment this IRM assessment is about.
     */
    public static final Property assessmentOf = property("assessmentOf");

    /**
     * Whether the commitment was carried forward into the member's next action plan, according to the IRM.
     */
    public static final Property carriedForward = property("carriedForward");

    /**
     * The label or number of the cluster under which the IRM assessed the commitment, as the IRM wrote it (e.g.
     * "1.2" or "B").
     */
    public static final Property cluster = property("cluster");

    /**
     * Whether the IRM's action plan review assessed the commitment as part of a cluster.
     */
    public static final Property clusteredInReview = property("clusteredInReview");

    /**
     * Another commitment that the IRM assessed together with this one as a cluster.
     */
    public static final Property clusteredWith = property("clusteredWith");

    /**
     * A commitment of this national action plan.
     */
    public static final Property commitment = property("commitment");

    /**
     * Whether the IRM treated the commitment as compound: one entry that bundles several commitments of the plan.
     */
    public static final Property compound = property("compound");

    /**
     * The service-quality criterion that an observation measures, from the ASAN service-quality criteria code list;
     * a Data Cube dimension.
     */
    public static final Property criterion = property("criterion");

    /**
     * A note on a known problem in the data about this resource, such as two sources that disagree; the conflicting
     * statements are all kept, each attributed to its source, and the note explains them.
     */
    public static final Property dataQualityNote = property("dataQualityNote");

    /**
     * The IRM's overall judgement of how far the commitment changed government practice towards openness: worsens,
     * did not change, marginal, major or outstanding, or a missing-value code.
     */
    public static final Property didItOpenGovernment = property("didItOpenGovernment");

    /**
     * The IRM's judgement of the change the commitment brought to access to information, from the did-it-open-
     * government code list, or a missing-value code such as not applicable.
     */
    public static final Property didItOpenGovernmentAccessToInformation = property("didItOpenGovernmentAccessToInformation");

    /**
     * The IRM's judgement of the change the commitment brought to civic participation, from the did-it-open-
     * government code list, or a missing-value code such as not applicable.
     */
    public static final Property didItOpenGovernmentCivicParticipation = property("didItOpenGovernmentCivicParticipation");

    /**
     * The IRM's judgement of the change the commitment brought to public accountability, from the did-it-open-
     * government code list, or a missing-value code such as not applicable.
     */
    public static final Property didItOpenGovernmentPublicAccountability = property("didItOpenGovernmentPublicAccountability");

    /**
     * The early results the IRM found in its results report: no notable results, moderate or significant, or a
     * missing-value code.
     */
    public static final Property earlyResults = property("earlyResults");

    /**
     * How far the commitment was implemented at the end of the action plan, according to the IRM end-of-term report,
     * from the completion code list, or a missing-value code.
     */
    public static final Property endOfTermCompletion = property("endOfTermCompletion");

    /**
     * The year in which the IRM published its end-of-term report on the commitment.
     */
    public static final Property endOfTermReportYear = property("endOfTermReportYear");

    /**
     * Whether the IRM end-of-term report starred the commitment under the current formula.
     */
    public static final Property endOfTermStarred = property("endOfTermStarred");

    /**
     * The public body responsible for implementing the commitment.
     */
    public static final Property leadInstitution = property("leadInstitution");

    /**
     * The level observed for a unit and criterion (high, medium or low) from the service-quality level code list;
     * the Data Cube measure of a monitoring study.
     */
    public static final Property level = property("level");

    /**
     * Whether the member is a national government, a local government of OGP's legacy local programme, or another
     * kind of member, from the member-level code list.
     */
    public static final Property memberLevel = property("memberLevel");

    /**
     * The member's standing in the Open Government Partnership: active, inactive or suspended, from the member-
     * status code list.
     */
    public static final Property memberStatus = property("memberStatus");

    /**
     * How far the commitment was implemented when the IRM wrote its progress (mid-term) report, from the completion
     * code list, or a missing-value code.
     */
    public static final Property midTermCompletion = property("midTermCompletion");

    /**
     * The year in which the IRM published its progress (mid-term) report on the commitment.
     */
    public static final Property midTermReportYear = property("midTermReportYear");

    /**
     * A milestone of this commitment.
     */
    public static final Property milestone = property("milestone");

    /**
     * The commitment this milestone belongs to.
     */
    public static final Property milestoneOf = property("milestoneOf");

    /**
     * The number of people who took part: on a participation, those of its participant category; on an event, the
     * total.
     */
    public static final Property participantCount = property("participantCount");

    /**
     * The post that the speaker of a talk held when giving it, such as a national coordinator or the head of an
     * organisation; a speaker may speak in more than one capacity.
     */
    public static final Property speakerPost = property("speakerPost");

    /**
     * An acronym or short form of an organisation's name, such as EPF or AHT Platforması; also given as
     * skos:altLabel for generic clients.
     */
    public static final Property acronym = property("acronym");

    /**
     * A policy area the commitment addresses, from the OGP policy-area code list, or a thematic tag from the OGP
     * policy-tag code list.
     */
    public static final Property policyArea = property("policyArea");

    /**
     * The IRM's estimate, in its action-plan review, of the commitment's potential for results: unclear, modest or
     * substantial, or a missing-value code.
     */
    public static final Property potentialForResults = property("potentialForResults");

    /**
     * The IRM's estimate of how much the commitment, if fully implemented, would change government practice: none,
     * minor, moderate or transformative, or a missing-value code.
     */
    public static final Property potentialImpact = property("potentialImpact");

    /**
     * The OGP region the member belongs to, from the ogp-region code list (Africa and the Middle East, Americas, Asia
     * and the Pacific, Europe).
     */
    public static final Property region = property("region");

    /**
     * Whether the IRM found the commitment relevant to at least one OGP value; the IRM sometimes states this without
     * saying which value (ogp:relevantValue).
     */
    public static final Property relevant = property("relevant");

    /**
     * An OGP value the commitment is relevant to (access to information, civic participation, public accountability,
     * technology and innovation), from the OGP-value code list.
     */
    public static final Property relevantValue = property("relevantValue");

    /**
     * The numeric coding of a code-list value, as OGP's commitment data uses it in its derived columns; higher is
     * better.
     */
    public static final Property score = property("score");

    /**
     * The service centre or other organisational unit that an observation of a monitoring study is about; a Data
     * Cube dimension.
     */
    public static final Property serviceCentre = property("serviceCentre");

    /**
     * How precisely the commitment's text states verifiable activities and outputs: none, low, medium or high, from
     * the specificity code list, or a missing-value code.
     */
    public static final Property specificity = property("specificity");

    /**
     * Whether the IRM progress report starred the commitment under the current formula: verifiable, relevant to an
     * OGP value, of transformative potential impact and substantially or fully complete.
     */
    public static final Property starred = property("starred");

    /**
     * Whether the commitment was starred in the progress report under the starring criteria the IRM used in 2015.
     */
    public static final Property starredUnder2015Criteria = property("starredUnder2015Criteria");

    /**
     * The OGP member that submitted this national action plan.
     */
    public static final Property submittedBy = property("submittedBy");

    /**
     * A public body, civil-society organisation or other partner that helps implement the commitment.
     */
    public static final Property supportingInstitution = property("supportingInstitution");

    /**
     * Whether the commitment's activities are specific enough to be verified, in the IRM's judgement.
     */
    public static final Property verifiable = property("verifiable");

    /**
     * What one source, at one place in it, states about one property of a resource, kept but not asserted because
     * sources disagree; when the resource also has an asserted value for that property, every claim agrees with it.
     */
    public static final Resource Claim = resource("Claim");

    /**
     * One aim of a monitoring study as its source states it.
     */
    public static final Resource Objective = resource("Objective");

    /**
     * One recommendation that a monitoring study draws from its findings, with the criteria it concerns
     * ({@code dct:subject}) and whether the study calls it the main one ({@code ogp:principal}).
     */
    public static final Resource Recommendation = resource("Recommendation");

    /**
     * The organisation that carries out a programme or project, as distinct from the one that funds it
     * ({@code schema:funder}).
     */
    public static final Property implementedBy = property("implementedBy");

    /**
     * The numbered part of an event (the second part of a round table) in which the source places an agenda item.
     */
    public static final Property agendaPart = property("agendaPart");

    /**
     * How many service centres a monitoring study observed: the size of its sample.
     */
    public static final Property serviceCentresObserved = property("serviceCentresObserved");

    /**
     * How many state bodies the service centres observed by a monitoring study belong to.
     */
    public static final Property stateBodiesCovered = property("stateBodiesCovered");

    /**
     * An aim of a monitoring study, in the order its source gives them.
     */
    public static final Property objective = property("objective");

    /**
     * A recommendation a monitoring study makes, in the order its source gives them.
     */
    public static final Property recommendation = property("recommendation");

    /**
     * True when the source calls this recommendation the main one ("above all").
     */
    public static final Property principal = property("principal");

    /**
     * When the source document of a source graph was retrieved, exported or typed up.
     */
    public static final Property retrievedOn = property("retrievedOn");

    /**
     * Who typed up the source document of a source graph by hand.
     */
    public static final Property transcribedBy = property("transcribedBy");

    /**
     * Who translated the texts of a source graph that its source does not give in that language.
     */
    public static final Property translatedBy = property("translatedBy");

    /**
     * The software and its version that made a source graph from its source.
     */
    public static final Property generatedWith = property("generatedWith");

    /**
     * The number of the commitment's row in OGP's database export (the spreadsheet's id column), which
     * researchers use to join exports.
     */
    public static final Property ogpRowId = property("ogpRowId");

    /**
     * Whether OGP's website shows an update of the commitment (the spreadsheet's Updated? (Website) column: 0 is
     * false, a date is true).
     */
    public static final Property updatedOnWebsite = property("updatedOnWebsite");

    /**
     * When OGP's website updated the commitment: the only change date the spreadsheet gives.
     */
    public static final Property websiteUpdateDate = property("websiteUpdateDate");

    /**
     * OGP's summary score of the IRM's assessment of a commitment, from -1 to 4, as its spreadsheet gives it.
     */
    public static final Property irmBasedScore = property("irmBasedScore");

    /**
     * Which IRM indicator holds the commitment back, as OGP's spreadsheet writes it: PotImp (potential impact),
     * Cmpl (completion), Spec (specificity), STAR, or FALSE for none.
     */
    public static final Property bindingConstraint = property("bindingConstraint");

    /**
     * OGP's flag for a commitment of moderate or transformative potential impact (the spreadsheet's High
     * Ambition column).
     */
    public static final Property highAmbition = property("highAmbition");

    /**
     * OGP's flag for a substantially or completely implemented commitment (the spreadsheet's High Completion column).
     */
    public static final Property highCompletion = property("highCompletion");

    /**
     * OGP's flag for a commitment that opened government majorly or outstandingly (the spreadsheet's High DIOG column).
     */
    public static final Property highDidItOpenGovernment = property("highDidItOpenGovernment");

    /**
     * OGP's flag for the commitment's most recent IRM assessment (the spreadsheet's Most Recently Assessed column).
     */
    public static final Property mostRecentlyAssessed = property("mostRecentlyAssessed");

    /**
     * Whether the commitment is starred in its most recent IRM assessment (the spreadsheet's Star - Most
     * Recently Assessed column).
     */
    public static final Property starredMostRecentlyAssessed = property("starredMostRecentlyAssessed");

    /**
     * Whether any IRM assessment starred the commitment (the spreadsheet's Max star column).
     */
    public static final Property maxStar = property("maxStar");

    /**
     * What the source's lead-institution cell says that is a statement rather than an institution's name, kept
     * as written, e.g. "upon the proposal by the Government Office for Cooperation with NGOs".
     */
    public static final Property leadInstitutionStatement = property("leadInstitutionStatement");

    /**
     * What the source's supporting-institutions cell says that is a statement rather than an institution's name,
     * kept as written, e.g. "Civil society entities interested in the initiative."
     */
    public static final Property supportingInstitutionStatement = property("supportingInstitutionStatement");

    private OGP() {
    }

    /** Returns the namespace, {@link #NS}. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
