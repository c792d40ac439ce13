/**
 * Feeds: turns the published site into the documents that feed readers and crawlers fetch.
 * Each writer takes the {@link newsbrief.model.Site} (briefs newest first) and the site's
 * {@link newsbrief.render.Links}, and returns one whole document as a String:
 * <pre>
 * AtomFeed   feed.xml, tags/TAG/feed.xml   Atom 1.0 (RFC 4287)
 * RssFeed    rss.xml                       RSS 2.0 with content:encoded and dc:creator
 * JsonFeed   feed.json                     JSON Feed 1.1
 * Sitemap    sitemap.xml (sitemap-N.xml)   sitemaps.org, for the pages the caller lists; an index over 50,000
 * RobotsTxt  robots.txt                    points crawlers at the sitemap
 * </pre>
 * Nothing here reads the clock: every date comes from the briefs, so two builds of the same
 * content give byte-identical files. XML is written with the JDK's StAX, which escapes text, so
 * any headline stays well-formed; what readers take as HTML is made by {@code FeedContent}.
 * Nothing here writes files; {@code site} does that.
 */
package newsbrief.feed;
