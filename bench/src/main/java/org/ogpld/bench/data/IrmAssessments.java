package org.ogpld.bench.data;

import java.time.Year;
import java.util.function.Consumer;
import org.ogpld.model.Answer;
import org.ogpld.model.Code;
import org.ogpld.model.DateValue;
import org.ogpld.model.IrmAssessment;
import org.ogpld.model.MissingValue;
import org.ogpld.model.Schemes;

/** Turns a profile's {@link CommitmentProfile.Assessment} tuple into the model's {@link IrmAssessment}. */
final class IrmAssessments {

    private IrmAssessments() {
    }

    static IrmAssessment of(CommitmentProfile.Assessment a) {
        IrmAssessment.Builder b = IrmAssessment.builder();
        code(a.specificity(), Schemes.SPECIFICITY, b::specificity);
        answer(a.verifiable(), b::verifiable);
        code(a.potentialImpact(), Schemes.POTENTIAL_IMPACT, b::potentialImpact);
        code(a.midTermCompletion(), Schemes.COMPLETION, b::midTermCompletion);
        code(a.endOfTermCompletion(), Schemes.COMPLETION, b::endOfTermCompletion);
        answer(a.starred(), b::starred);
        answer(a.endOfTermStarred(), b::endOfTermStarred);
        code(a.potentialForResults(), Schemes.POTENTIAL_FOR_RESULTS, b::potentialForResults);
        code(a.earlyResults(), Schemes.EARLY_RESULTS, b::earlyResults);
        code(a.didItOpenGovernment(), Schemes.DID_IT_OPEN_GOVERNMENT, b::didItOpenGovernment);
        code(a.accessToInformation(), Schemes.DID_IT_OPEN_GOVERNMENT, b::didItOpenGovernmentAccessToInformation);
        code(a.civicParticipation(), Schemes.DID_IT_OPEN_GOVERNMENT, b::didItOpenGovernmentCivicParticipation);
        code(a.publicAccountability(), Schemes.DID_IT_OPEN_GOVERNMENT, b::didItOpenGovernmentPublicAccountability);
        year(a.midTermReportYear(), b::midTermReportYear);
        year(a.endOfTermReportYear(), b::endOfTermReportYear);
        return b.build();
    }

    private static void code(String value, String scheme, Consumer<Code> set) {
        if (value != null) {
            set.accept(MissingValue.ofNotation(value).map(MissingValue::code).orElseGet(() -> Code.of(scheme, value)));
        }
    }

    private static void answer(String value, Consumer<Answer> set) {
        if (value != null) {
            set.accept(switch (value) {
                case "yes" -> Answer.of(true);
                case "no" -> Answer.of(false);
                default -> Answer.missing(MissingValue.ofNotation(value)
                        .orElseThrow(() -> new IllegalArgumentException("not an answer: " + value)));
            });
        }
    }

    private static void year(String value, Consumer<DateValue> set) {
        if (value != null) {
            set.accept(MissingValue.ofNotation(value).isPresent() ? DateValue.asWritten(value)
                    : DateValue.of(Year.parse(value)));
        }
    }
}
