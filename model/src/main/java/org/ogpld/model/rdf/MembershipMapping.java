package org.ogpld.model.rdf;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.DateValue;
import org.ogpld.model.Interval;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.Membership;
import org.ogpld.vocab.TIME;

/**
 * {@link Membership} ⇄ {@code org:Membership}; its period is an OWL-Time interval ({@code {membership}#during})
 * whose beginning and end are instants ({@code #during-start}, {@code #during-end}) dated with
 * {@code time:inXSDDate}, {@code time:inXSDgYearMonth}, {@code time:inXSDgYear} or {@code time:inXSDDateTimeStamp}
 * by precision.
 */
public final class MembershipMapping {

    private static final Property[] DATE_PROPERTIES =
            {TIME.inXSDDate, Terms.inXSDgYearMonth, Terms.inXSDgYear, Terms.inXSDDateTimeStamp};

    private final Iris iris;

    public MembershipMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(Membership m, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(m.id());
        out.types(s, ORG.Membership);
        out.ref(s, ORG.member, m.member());
        out.ref(s, ORG.organization, m.organisation());
        out.code(s, ORG.role, m.role());
        out.text(s, SKOS.prefLabel, m.label());
        m.during().ifPresent(d -> writeInterval(d, s, out));
    }

    private static void writeInterval(Interval interval, Resource owner, RdfOut out) {
        Resource during = out.part(owner, "during");
        out.model().add(owner, ORG.memberDuring, during);
        out.types(during, TIME.Interval);
        interval.start().ifPresent(d -> writeInstant(d, during, TIME.hasBeginning, "start", out));
        interval.end().ifPresent(d -> writeInstant(d, during, TIME.hasEnd, "end", out));
    }

    private static void writeInstant(DateValue date, Resource interval, Property link, String name, RdfOut out) {
        Resource instant = out.part(interval, name);
        out.model().add(interval, link, instant);
        out.types(instant, TIME.Instant);
        out.date(instant, dateProperty(date), date);
    }

    private static Property dateProperty(DateValue date) {
        Temporal value = date.value().orElse(null);
        if (value instanceof YearMonth) {
            return Terms.inXSDgYearMonth;
        }
        if (value instanceof Year) {
            return Terms.inXSDgYear;
        }
        return value instanceof OffsetDateTime ? Terms.inXSDDateTimeStamp : TIME.inXSDDate;
    }

    public Membership read(Resource s) {
        RdfIn in = new RdfIn(iris);
        Optional<Interval> during = in.single(s, ORG.memberDuring)
                .map(n -> readInterval(in.iriNode(s, ORG.memberDuring, n), in));
        return RdfIn.construct(s, () -> new Membership(in.id(s, Kind.MEMBERSHIP),
                in.ref(s, ORG.member, Kind.PERSON, Kind.ORGANISATION), in.ref(s, ORG.organization, Kind.ORGANISATION),
                in.code(s, ORG.role), in.optionalText(s, SKOS.prefLabel), during));
    }

    private static Interval readInterval(Resource interval, RdfIn in) {
        Optional<DateValue> start = in.single(interval, TIME.hasBeginning)
                .map(n -> readInstant(in.iriNode(interval, TIME.hasBeginning, n), in));
        Optional<DateValue> end = in.single(interval, TIME.hasEnd)
                .map(n -> readInstant(in.iriNode(interval, TIME.hasEnd, n), in));
        return RdfIn.construct(interval, () -> new Interval(start, end));
    }

    private static DateValue readInstant(Resource instant, RdfIn in) {
        for (Property p : DATE_PROPERTIES) {
            Optional<DateValue> date = in.date(instant, p);
            if (date.isPresent()) {
                return date.get();
            }
        }
        throw RdfIn.fail(instant, TIME.inXSDDate, "an instant needs a date");
    }
}
