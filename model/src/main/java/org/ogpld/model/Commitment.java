package org.ogpld.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One commitment of a national action plan, with its institutions, classifications, milestones and IRM assessment.
 *
 * @param id                     a {@link Kind#COMMITMENT} id
 * @param identifier             OGP's unique identifier, e.g. {@code AZ0038}
 * @param number                 its number within the plan as written, e.g. {@code 4.2}
 * @param actionPlan             the plan it belongs to
 * @param title                  its title
 * @param shortTitle             its short title
 * @param description            its full text
 * @param theme                  its theme as the source words it
 * @param start                  when it starts
 * @param end                    when it ends
 * @param leadInstitutions       the bodies responsible for it
 * @param supportingInstitutions the bodies that help
 * @param policyAreas            from {@value Schemes#POLICY_AREA} or {@value Schemes#POLICY_TAG}
 * @param relevantValues         from {@value Schemes#OGP_VALUE}
 * @param missingFlags           policy areas and OGP values the source marks as missing rather than 0 or 1
 * @param milestones             its milestones, in position order
 * @param assessment             the IRM's assessment
 * @param url                    where it is published
 */
public record Commitment(Id id, String identifier, Optional<String> number, Optional<Id> actionPlan, Text title,
                         Optional<Text> shortTitle, Optional<Text> description, Optional<Text> theme,
                         Optional<DateValue> start, Optional<DateValue> end, Set<Id> leadInstitutions,
                         Set<Id> supportingInstitutions, Set<Code> policyAreas, Set<Code> relevantValues,
                         Set<MissingFlag> missingFlags, List<Milestone> milestones,
                         Optional<IrmAssessment> assessment, Optional<String> url) {

    public Commitment {
        Checks.kind(id, Kind.COMMITMENT, "id");
        Checks.nonBlank(identifier, "identifier");
        number = Checks.nonBlank(number, "number");
        actionPlan = Checks.kind(actionPlan, Kind.ACTION_PLAN, "actionPlan");
        Checks.required(title, "title");
        shortTitle = Checks.optional(shortTitle);
        description = Checks.optional(description);
        theme = Checks.optional(theme);
        start = Checks.optional(start);
        end = Checks.optional(end);
        leadInstitutions = Checks.kinds(leadInstitutions, Kind.ORGANISATION, "leadInstitutions");
        supportingInstitutions = Checks.kinds(supportingInstitutions, Kind.ORGANISATION, "supportingInstitutions");
        policyAreas = Checks.sortedSet(policyAreas, "policyAreas");
        policyAreas.forEach(c -> {
            if (!c.scheme().equals(Schemes.POLICY_TAG)) {
                c.requireScheme(Schemes.POLICY_AREA, false, "policyAreas");
            }
        });
        relevantValues = Checks.sortedSet(relevantValues, "relevantValues");
        relevantValues.forEach(c -> c.requireScheme(Schemes.OGP_VALUE, false, "relevantValues"));
        missingFlags = Checks.sortedSet(missingFlags, "missingFlags");
        milestones = Checks.uniqueSorted(milestones, Milestone::position, "milestones");
        assessment = Checks.optional(assessment);
        url = Urls.optional(url, "url");
    }

    /** A builder for commitment {@code id} with OGP identifier {@code identifier} and {@code title}. */
    public static Builder builder(Id id, String identifier, Text title) {
        return new Builder(id, identifier, title);
    }

    /** Builds a {@link Commitment}. */
    public static final class Builder {
        private final Id id;
        private final String identifier;
        private final Text title;
        private String number;
        private Id actionPlan;
        private Text shortTitle;
        private Text description;
        private Text theme;
        private DateValue start;
        private DateValue end;
        private final List<Id> leadInstitutions = new ArrayList<>();
        private final List<Id> supportingInstitutions = new ArrayList<>();
        private final List<Code> policyAreas = new ArrayList<>();
        private final List<Code> relevantValues = new ArrayList<>();
        private final List<MissingFlag> missingFlags = new ArrayList<>();
        private final List<Milestone> milestones = new ArrayList<>();
        private IrmAssessment assessment;
        private String url;

        private Builder(Id id, String identifier, Text title) {
            this.id = id;
            this.identifier = identifier;
            this.title = title;
        }

        public Builder number(String value) {
            this.number = value;
            return this;
        }

        public Builder actionPlan(Id plan) {
            this.actionPlan = plan;
            return this;
        }

        public Builder shortTitle(Text value) {
            this.shortTitle = value;
            return this;
        }

        public Builder description(Text value) {
            this.description = value;
            return this;
        }

        public Builder theme(Text value) {
            this.theme = value;
            return this;
        }

        public Builder start(DateValue value) {
            this.start = value;
            return this;
        }

        public Builder end(DateValue value) {
            this.end = value;
            return this;
        }

        public Builder leadInstitutions(Collection<Id> ids) {
            leadInstitutions.addAll(ids);
            return this;
        }

        public Builder supportingInstitutions(Collection<Id> ids) {
            supportingInstitutions.addAll(ids);
            return this;
        }

        public Builder policyAreas(Collection<Code> codes) {
            policyAreas.addAll(codes);
            return this;
        }

        public Builder relevantValues(Collection<Code> codes) {
            relevantValues.addAll(codes);
            return this;
        }

        public Builder missingFlag(MissingFlag flag) {
            missingFlags.add(flag);
            return this;
        }

        public Builder milestone(Milestone milestone) {
            milestones.add(milestone);
            return this;
        }

        public Builder assessment(IrmAssessment value) {
            this.assessment = value;
            return this;
        }

        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public Commitment build() {
            return new Commitment(id, identifier, Optional.ofNullable(number), Optional.ofNullable(actionPlan),
                    title, Optional.ofNullable(shortTitle), Optional.ofNullable(description),
                    Optional.ofNullable(theme), Optional.ofNullable(start), Optional.ofNullable(end),
                    new HashSet<>(leadInstitutions), new HashSet<>(supportingInstitutions),
                    new HashSet<>(policyAreas), new HashSet<>(relevantValues), new HashSet<>(missingFlags),
                    milestones, Optional.ofNullable(assessment), Optional.ofNullable(url));
        }
    }
}
