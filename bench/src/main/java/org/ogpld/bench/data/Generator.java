package org.ogpld.bench.data;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ogpld.model.Publication;

/**
 * A deterministic, seedable generator of OGP publications at a scale factor: SF 1 gives about 100,000 triples,
 * SF 10 about a million, SF 100 about ten million. One publication per OGP member (its action plans and
 * commitments, in the proportions of the real spreadsheet) and one per event (a press release with its people,
 * organisations, talks, participation and, for some, a monitoring study). Publication {@code i} depends only on
 * the seed, the scale and {@code i}.
 *
 * <pre>{@code
 * Generator generator = new Generator(42, 1.0);
 * generator.publications().forEach(p -> mapping.write(p, model));
 * }</pre>
 */
public final class Generator {

    /** Members per unit of scale: the spreadsheet's 75. */
    static final int MEMBERS = 75;
    /** Commitments per spreadsheet commitment. */
    static final double COMMITMENT_FACTOR = 1.2;
    static final int EVENTS = 140;
    static final int PERSONS = 400;
    static final int NGOS = 60;

    private final double scale;
    private final int members;
    private final int events;
    private final MemberPublications memberPublications;
    private final EventPublications eventPublications;

    /**
     * @param seed  any number; the same seed and scale give the same publications
     * @param scale the scale factor, more than 0
     */
    public Generator(long seed, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale factor must be more than 0, was " + scale);
        }
        this.scale = scale;
        this.members = Math.max(1, (int) Math.round(MEMBERS * scale));
        this.events = Math.max(1, (int) Math.round(EVENTS * scale));
        Organisations organisations = new Organisations(Math.max(5, (int) Math.round(NGOS * scale)));
        int persons = Math.max(10, (int) Math.round(PERSONS * scale));
        CommitmentProfile profile = CommitmentProfile.load();
        // Below SF 1 there are fewer members; each gets proportionally fewer commitments.
        this.memberPublications = new MemberPublications(seed, profile, organisations,
                COMMITMENT_FACTOR * scale * MEMBERS / members);
        this.eventPublications = new EventPublications(seed, organisations,
                new People(seed, organisations), persons);
    }

    /** The scale factor. */
    public double scale() {
        return scale;
    }

    /** How many publications there are. */
    public int size() {
        return members + events;
    }

    /** Publication {@code index}, from 0 to {@link #size()} - 1: the members first, then the events. */
    public Publication publication(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("publication " + index + " of " + size());
        }
        return index < members ? memberPublications.publication(index) : eventPublications.publication(index - members);
    }

    /** Every publication, in index order, made one at a time as the stream is consumed. */
    public Stream<Publication> publications() {
        return IntStream.range(0, size()).mapToObj(this::publication);
    }
}
