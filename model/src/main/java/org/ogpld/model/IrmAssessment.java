package org.ogpld.model;

import java.util.Optional;

/**
 * The Independent Reporting Mechanism's assessment of one commitment, at the progress (mid-term) and end-of-term
 * stages. Every indicator is optional; an indicator the source records as missing holds a missing-value code.
 *
 * @param specificity                        {@value Schemes#SPECIFICITY}
 * @param verifiable                         whether its activities are verifiable
 * @param potentialImpact                    {@value Schemes#POTENTIAL_IMPACT}
 * @param midTermCompletion                  {@value Schemes#COMPLETION} at the progress report
 * @param endOfTermCompletion                {@value Schemes#COMPLETION} at the end of term
 * @param starred                            starred in the progress report
 * @param endOfTermStarred                   starred at the end of term
 * @param potentialForResults                {@value Schemes#POTENTIAL_FOR_RESULTS}
 * @param earlyResults                       {@value Schemes#EARLY_RESULTS}
 * @param didItOpenGovernment                {@value Schemes#DID_IT_OPEN_GOVERNMENT}, overall
 * @param didItOpenGovernmentAccessToInformation  ... for access to information
 * @param didItOpenGovernmentCivicParticipation   ... for civic participation
 * @param didItOpenGovernmentPublicAccountability ... for public accountability
 * @param midTermReportYear                  year of the progress report (a {@link java.time.Year} or as written)
 * @param endOfTermReportYear                year of the end-of-term report
 */
public record IrmAssessment(Optional<Code> specificity, Optional<Answer> verifiable, Optional<Code> potentialImpact,
                            Optional<Code> midTermCompletion, Optional<Code> endOfTermCompletion,
                            Optional<Answer> starred, Optional<Answer> endOfTermStarred,
                            Optional<Code> potentialForResults, Optional<Code> earlyResults,
                            Optional<Code> didItOpenGovernment, Optional<Code> didItOpenGovernmentAccessToInformation,
                            Optional<Code> didItOpenGovernmentCivicParticipation,
                            Optional<Code> didItOpenGovernmentPublicAccountability,
                            Optional<DateValue> midTermReportYear, Optional<DateValue> endOfTermReportYear) {

    public IrmAssessment {
        specificity = code(specificity, Schemes.SPECIFICITY, "specificity");
        verifiable = Checks.optional(verifiable);
        potentialImpact = code(potentialImpact, Schemes.POTENTIAL_IMPACT, "potentialImpact");
        midTermCompletion = code(midTermCompletion, Schemes.COMPLETION, "midTermCompletion");
        endOfTermCompletion = code(endOfTermCompletion, Schemes.COMPLETION, "endOfTermCompletion");
        starred = Checks.optional(starred);
        endOfTermStarred = Checks.optional(endOfTermStarred);
        potentialForResults = code(potentialForResults, Schemes.POTENTIAL_FOR_RESULTS, "potentialForResults");
        earlyResults = code(earlyResults, Schemes.EARLY_RESULTS, "earlyResults");
        didItOpenGovernment = code(didItOpenGovernment, Schemes.DID_IT_OPEN_GOVERNMENT, "didItOpenGovernment");
        didItOpenGovernmentAccessToInformation = code(didItOpenGovernmentAccessToInformation,
                Schemes.DID_IT_OPEN_GOVERNMENT, "didItOpenGovernmentAccessToInformation");
        didItOpenGovernmentCivicParticipation = code(didItOpenGovernmentCivicParticipation,
                Schemes.DID_IT_OPEN_GOVERNMENT, "didItOpenGovernmentCivicParticipation");
        didItOpenGovernmentPublicAccountability = code(didItOpenGovernmentPublicAccountability,
                Schemes.DID_IT_OPEN_GOVERNMENT, "didItOpenGovernmentPublicAccountability");
        midTermReportYear = Checks.optional(midTermReportYear);
        endOfTermReportYear = Checks.optional(endOfTermReportYear);
    }

    private static Optional<Code> code(Optional<Code> value, String scheme, String field) {
        Optional<Code> present = Checks.optional(value);
        present.ifPresent(c -> c.requireScheme(scheme, true, field));
        return present;
    }

    /** A builder with every indicator unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IrmAssessment}. */
    public static final class Builder {
        private Code specificity;
        private Answer verifiable;
        private Code potentialImpact;
        private Code midTermCompletion;
        private Code endOfTermCompletion;
        private Answer starred;
        private Answer endOfTermStarred;
        private Code potentialForResults;
        private Code earlyResults;
        private Code didItOpenGovernment;
        private Code accessToInformation;
        private Code civicParticipation;
        private Code publicAccountability;
        private DateValue midTermReportYear;
        private DateValue endOfTermReportYear;

        private Builder() {
        }

        public Builder specificity(Code value) {
            this.specificity = value;
            return this;
        }

        public Builder verifiable(Answer value) {
            this.verifiable = value;
            return this;
        }

        public Builder potentialImpact(Code value) {
            this.potentialImpact = value;
            return this;
        }

        public Builder midTermCompletion(Code value) {
            this.midTermCompletion = value;
            return this;
        }

        public Builder endOfTermCompletion(Code value) {
            this.endOfTermCompletion = value;
            return this;
        }

        public Builder starred(Answer value) {
            this.starred = value;
            return this;
        }

        public Builder endOfTermStarred(Answer value) {
            this.endOfTermStarred = value;
            return this;
        }

        public Builder potentialForResults(Code value) {
            this.potentialForResults = value;
            return this;
        }

        public Builder earlyResults(Code value) {
            this.earlyResults = value;
            return this;
        }

        public Builder didItOpenGovernment(Code value) {
            this.didItOpenGovernment = value;
            return this;
        }

        public Builder didItOpenGovernmentAccessToInformation(Code value) {
            this.accessToInformation = value;
            return this;
        }

        public Builder didItOpenGovernmentCivicParticipation(Code value) {
            this.civicParticipation = value;
            return this;
        }

        public Builder didItOpenGovernmentPublicAccountability(Code value) {
            this.publicAccountability = value;
            return this;
        }

        public Builder midTermReportYear(DateValue value) {
            this.midTermReportYear = value;
            return this;
        }

        public Builder endOfTermReportYear(DateValue value) {
            this.endOfTermReportYear = value;
            return this;
        }

        public IrmAssessment build() {
            return new IrmAssessment(Optional.ofNullable(specificity), Optional.ofNullable(verifiable),
                    Optional.ofNullable(potentialImpact), Optional.ofNullable(midTermCompletion),
                    Optional.ofNullable(endOfTermCompletion), Optional.ofNullable(starred),
                    Optional.ofNullable(endOfTermStarred), Optional.ofNullable(potentialForResults),
                    Optional.ofNullable(earlyResults), Optional.ofNullable(didItOpenGovernment),
                    Optional.ofNullable(accessToInformation), Optional.ofNullable(civicParticipation),
                    Optional.ofNullable(publicAccountability), Optional.ofNullable(midTermReportYear),
                    Optional.ofNullable(endOfTermReportYear));
        }
    }
}
