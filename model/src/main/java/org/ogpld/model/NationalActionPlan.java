package org.ogpld.model;

import java.util.Optional;

/**
 * A national (or local) action plan that an OGP member submitted.
 *
 * @param id          an {@link Kind#ACTION_PLAN} id
 * @param title       its title in each language
 * @param identifier  OGP's identifier for it, e.g. {@code AP_GRC05}
 * @param number      its number in the member's series of plans
 * @param submittedBy the OGP member that submitted it (an organisation)
 * @param submitted   when it was submitted (often only a year)
 * @param start       when it starts
 * @param end         when it ends
 * @param description what it is about
 * @param url         where it can be read
 */
public record NationalActionPlan(Id id, Text title, Optional<String> identifier, Optional<Integer> number,
                                 Optional<Id> submittedBy, Optional<DateValue> submitted, Optional<DateValue> start,
                                 Optional<DateValue> end, Optional<Text> description, Optional<String> url) {

    public NationalActionPlan {
        Checks.kind(id, Kind.ACTION_PLAN, "id");
        Checks.required(title, "title");
        identifier = Checks.nonBlank(identifier, "identifier");
        number = Checks.nonNegative(number, "number");
        submittedBy = Checks.kind(submittedBy, Kind.ORGANISATION, "submittedBy");
        submitted = Checks.optional(submitted);
        start = Checks.optional(start);
        end = Checks.optional(end);
        description = Checks.optional(description);
        url = Urls.optional(url, "url");
    }

    /** A builder for the plan {@code id} titled {@code title}. */
    public static Builder builder(Id id, Text title) {
        return new Builder(id, title);
    }

    /** Builds a {@link NationalActionPlan}. */
    public static final class Builder {
        private final Id id;
        private final Text title;
        private String identifier;
        private Integer number;
        private Id submittedBy;
        private DateValue submitted;
        private DateValue start;
        private DateValue end;
        private Text description;
        private String url;

        private Builder(Id id, Text title) {
            this.id = id;
            this.title = title;
        }

        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        public Builder number(Integer value) {
            this.number = value;
            return this;
        }

        public Builder submittedBy(Id member) {
            this.submittedBy = member;
            return this;
        }

        public Builder submitted(DateValue value) {
            this.submitted = value;
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

        public Builder description(Text value) {
            this.description = value;
            return this;
        }

        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public NationalActionPlan build() {
            return new NationalActionPlan(id, title, Optional.ofNullable(identifier), Optional.ofNullable(number),
                    Optional.ofNullable(submittedBy), Optional.ofNullable(submitted), Optional.ofNullable(start),
                    Optional.ofNullable(end), Optional.ofNullable(description), Optional.ofNullable(url));
        }
    }
}
