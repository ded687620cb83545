package org.ogpld.endpoint.changes;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.ogpld.endpoint.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * Tells a client of the dump where the event stream goes on from it: the dump is the stream's snapshot, holding
 * every change up to the time in {@value #TIME} (the log entry in {@value #ENTRY}), and the page in {@value #PAGE}
 * holds the first member after it.
 */
@Component
public class FeedSnapshot {

    /** Header: the time of the last change the snapshot holds. */
    public static final String TIME = "Ogpld-Feed-Time";
    /** Header: the last change log entry the snapshot holds. */
    public static final String ENTRY = "Ogpld-Log-Entry";
    /** Header: the feed page to continue from. */
    public static final String PAGE = "Ogpld-Feed-Page";

    private final Dataset dataset;
    private final PublicUrl publicUrl;
    private final FeedProperties properties;

    FeedSnapshot(Dataset dataset, PublicUrl publicUrl, FeedProperties properties) {
        this.dataset = dataset;
        this.publicUrl = publicUrl;
        this.properties = properties;
    }

    /** Sets the headers, from inside the read transaction the dump is written in (before its body). */
    public void describe(HttpServletResponse response) {
        ChangeLog.Head head = ChangeLog.head(dataset.asDatasetGraph());
        response.setHeader(TIME, head.time().toString());
        // The page's members from the first after the snapshot: a follower reads none of the page's older ones.
        response.setHeader(PAGE, FeedPages.pageUrl(publicUrl.of("/feed"), properties.pageSize(),
                head.members() / properties.pageSize(), head.members()));
        response.setHeader(ENTRY, Long.toString(head.last()));
    }
}
