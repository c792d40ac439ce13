package newsbrief.feed;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.Date;

/**
 * Reads our feeds with ROME, as a feed reader would: {@link #read} gives what a reader shows,
 * {@link #atom} and {@link #rss} the format's own fields.
 */
final class Rome {

    private Rome() {
    }

    static SyndFeed read(String xml) {
        try {
            return new SyndFeedInput().build(new StringReader(xml));
        } catch (FeedException e) {
            throw new AssertionError("ROME cannot read the feed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static Feed atom(String xml) {
        return (Feed) wire(xml);
    }

    static Channel rss(String xml) {
        return (Channel) wire(xml);
    }

    private static Object wire(String xml) {
        try {
            return new WireFeedInput().build(new StringReader(xml));
        } catch (FeedException e) {
            throw new AssertionError("ROME cannot read the feed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The moment a fixture date such as {@code 2026-11-20T09:30:00+01:00} stands for, as ROME reports it. */
    static Date moment(String date) {
        return Date.from(TestSites.date(date).instant());
    }
}
