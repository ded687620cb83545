package org.ogpld.endpoint.changes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.sparql.Negotiation;
import org.ogpld.endpoint.sparql.OutputFormat;
import org.ogpld.endpoint.sparql.RdfOutput;
import org.ogpld.model.Kind;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The change stream as a Linked Data Event Stream: {@code /feed} (every change) and {@code /feed/{kind}} describe
 * the stream and name its view's root, {@code ?page=0}; {@code ?page=k} are its pages ({@link FeedPages}). Full
 * pages never change and are cached for a year ({@code immutable}); the newest is revalidated by {@code ETag}.
 */
@Controller
class FeedController {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Dataset dataset;
    private final PublicUrl publicUrl;
    private final FeedProperties properties;
    private final String base;

    FeedController(Dataset dataset, PublicUrl publicUrl, FeedProperties properties, OgpldProperties ogpld) {
        this.dataset = dataset;
        this.publicUrl = publicUrl;
        this.properties = properties;
        this.base = ogpld.base();
    }

    @GetMapping("/feed")
    void all(@RequestParam(required = false) String page, @RequestParam(required = false) String from,
            @RequestParam(required = false) String format, HttpServletRequest request,
            HttpServletResponse response) {
        answer(null, page, from, format, request, response);
    }

    @GetMapping("/feed/{kind}")
    void ofKind(@PathVariable String kind, @RequestParam(required = false) String page,
            @RequestParam(required = false) String from, @RequestParam(required = false) String format,
            HttpServletRequest request, HttpServletResponse response) {
        if (Kind.ofSegment(kind).isEmpty()) {
            throw EndpointException.notFound("No feed " + kind + "; feeds: /feed and /feed/{kind} for kind in "
                    + Arrays.stream(Kind.values()).map(Kind::segment).toList());
        }
        answer(kind, page, from, format, request, response);
    }

    private void answer(String kind, String page, String from, String format, HttpServletRequest request,
            HttpServletResponse response) {
        RequestFacts.operation(request, "feed");
        OutputFormat output = Negotiation.GRAPH.choose(request.getHeader(HttpHeaders.ACCEPT), format);
        String url = publicUrl.of(kind == null ? "/feed" : "/feed/" + kind);
        long number = number("page", page);
        long start = from == null ? number * properties.pageSize() : number("from", from);
        Answer answer = Txn.calculateRead(dataset, () -> {
            FeedPages pages = new FeedPages(dataset.asDatasetGraph(), kind, url, properties.pageSize());
            String tag = "W/\"" + number + "-" + start + "-" + pages.total() + "-"
                    + ChangeLog.head(dataset.asDatasetGraph()).time().toEpochMilli() + "-" + output.names().get(0)
                    + "\"";
            if (number < 0) {
                return new Answer(pages.description(), false, tag);
            }
            if (pages.gone(number)) {
                throw gone(url, number, pages);
            }
            FeedPages.Page found = pages.page(number, start).orElseThrow(() -> EndpointException.notFound(
                    "No page " + number + (from == null ? "" : " from member " + start) + " of " + url + " (yet)"));
            return new Answer(found.content(), found.full(), tag);
        });
        response.setHeader(HttpHeaders.CACHE_CONTROL, answer.full() ? IMMUTABLE : "no-cache");
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (new ServletWebRequest(request, response).checkNotModified(answer.tag())) {
            return;
        }
        write(answer.content(), output, response);
    }

    /** 410: compaction dropped the page's members; the snapshot holds what they changed. */
    private EndpointException gone(String url, long number, FeedPages pages) {
        long first = pages.firstServed() / properties.pageSize();
        return new EndpointException(HttpStatus.GONE, "Page " + number + " of " + url + " was compacted away "
                + "(ogpld.log.retain-entries, ogpld.log.retain-age); start from the snapshot " + publicUrl.of(
                "/dump/ogp.nq.gz") + ", whose " + FeedSnapshot.PAGE + " header names the page to go on from; the "
                + "first page still served is " + pages.pageUrl(first), new HttpHeaders(), null);
    }

    /** The number in parameter {@code name}; {@code -1} when absent (no {@code page}: the stream's description). */
    private static long number(String name, String value) {
        if (value == null) {
            return -1;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException ex) {
            // answered below
        }
        throw EndpointException.badRequest(name + " must be a number (0, 1, ...), not '" + value + "'");
    }

    private void write(DatasetGraph content, OutputFormat format, HttpServletResponse response) {
        RdfOutput.startResponse(response, format);
        try {
            OutputStream out = response.getOutputStream();
            if (format.lang().equals(Lang.TRIG)) {
                trig(out, content);
            } else if (format.quads()) {
                RdfOutput.quads(out, format, content.find(), content.prefixes());
            } else {
                Graph triples = FeedPages.triples(content);
                RdfOutput.triples(out, format, triples.find(), content.prefixes(), publicUrl.context());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * TriG relative to the data's base: a member names its version, resource and graph six times, and the data's
     * IRIs then lose their common start (a tenth of a page).
     */
    private void trig(OutputStream out, DatasetGraph content) throws IOException {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        stream.start();
        stream.base(base);
        content.prefixes().forEach(stream::prefix);
        content.find().forEachRemaining(stream::quad);
        stream.finish();
        out.flush();
    }

    private record Answer(DatasetGraph content, boolean full, String tag) {
    }
}
