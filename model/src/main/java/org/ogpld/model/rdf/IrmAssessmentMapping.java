package org.ogpld.model.rdf;

import org.apache.jena.rdf.model.Resource;
import org.ogpld.model.IrmAssessment;
import org.ogpld.vocab.OGP;

/** {@link IrmAssessment} ⇄ {@code ogp:IrmAssessment} ({@code {commitment}#irm-assessment}), part of a commitment. */
final class IrmAssessmentMapping {

    private IrmAssessmentMapping() {
    }

    static void write(IrmAssessment a, Resource commitment, RdfOut out) {
        Resource s = out.part(commitment, "irm-assessment");
        out.model().add(commitment, OGP.assessment, s);
        out.types(s, OGP.IrmAssessment);
        out.model().add(s, OGP.assessmentOf, commitment);
        out.code(s, OGP.specificity, a.specificity());
        out.answer(s, OGP.verifiable, a.verifiable());
        out.code(s, OGP.potentialImpact, a.potentialImpact());
        out.code(s, OGP.midTermCompletion, a.midTermCompletion());
        out.code(s, OGP.endOfTermCompletion, a.endOfTermCompletion());
        out.answer(s, OGP.starred, a.starred());
        out.answer(s, OGP.endOfTermStarred, a.endOfTermStarred());
        out.code(s, OGP.potentialForResults, a.potentialForResults());
        out.code(s, OGP.earlyResults, a.earlyResults());
        out.code(s, OGP.didItOpenGovernment, a.didItOpenGovernment());
        out.code(s, OGP.didItOpenGovernmentAccessToInformation, a.didItOpenGovernmentAccessToInformation());
        out.code(s, OGP.didItOpenGovernmentCivicParticipation, a.didItOpenGovernmentCivicParticipation());
        out.code(s, OGP.didItOpenGovernmentPublicAccountability, a.didItOpenGovernmentPublicAccountability());
        out.date(s, OGP.midTermReportYear, a.midTermReportYear());
        out.date(s, OGP.endOfTermReportYear, a.endOfTermReportYear());
    }

    static IrmAssessment read(Resource s, RdfIn in) {
        IrmAssessment.Builder a = IrmAssessment.builder()
                .specificity(in.code(s, OGP.specificity).orElse(null))
                .verifiable(in.answer(s, OGP.verifiable).orElse(null))
                .potentialImpact(in.code(s, OGP.potentialImpact).orElse(null))
                .midTermCompletion(in.code(s, OGP.midTermCompletion).orElse(null))
                .endOfTermCompletion(in.code(s, OGP.endOfTermCompletion).orElse(null))
                .starred(in.answer(s, OGP.starred).orElse(null))
                .endOfTermStarred(in.answer(s, OGP.endOfTermStarred).orElse(null))
                .potentialForResults(in.code(s, OGP.potentialForResults).orElse(null))
                .earlyResults(in.code(s, OGP.earlyResults).orElse(null))
                .didItOpenGovernment(in.code(s, OGP.didItOpenGovernment).orElse(null))
                .didItOpenGovernmentAccessToInformation(
                        in.code(s, OGP.didItOpenGovernmentAccessToInformation).orElse(null))
                .didItOpenGovernmentCivicParticipation(
                        in.code(s, OGP.didItOpenGovernmentCivicParticipation).orElse(null))
                .didItOpenGovernmentPublicAccountability(
                        in.code(s, OGP.didItOpenGovernmentPublicAccountability).orElse(null))
                .midTermReportYear(in.date(s, OGP.midTermReportYear).orElse(null))
                .endOfTermReportYear(in.date(s, OGP.endOfTermReportYear).orElse(null));
        return RdfIn.construct(s, a::build);
    }
}
