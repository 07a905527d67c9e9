// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed into one {@link Capture.Format#RECORD} capture per item or
 * entry: its title, link, date (pubDate, published, dc:date, updated) and content (content:encoded, else
 * description, else Atom content or summary) made plain text. Authors are not kept: {@link Capture} has
 * no field for them. No DTD is loaded and no declared entity expanded; a feed that declares entities is
 * refused. Stateless.
 */
final class FeedInput {

    private static final String NOT_A_FEED = "not an RSS or Atom feed";
    private static final String DECLARES_ENTITIES =
            "declares XML entities, which are not read (external files and entity expansion are refused)";
    /**
     * An entity declared in a DOCTYPE's internal subset: jsoup neither loads DTDs nor expands declared
     * entities, and feeds have no use for them, so such a feed is refused whole rather than read with its
     * references left raw (they are how XXE and billion-laughs attacks are written).
     */
    private static final Pattern ENTITY_DECLARATION =
            Pattern.compile("<!DOCTYPE[^\\[>]*\\[[^\\]]*<!ENTITY", Pattern.CASE_INSENSITIVE);

    private static final String NOT_A_LISTING = "not an RSS or Atom feed, nor a sitemap";
    private static final String SITEMAP_INDEX =
            "a sitemap index, whose sitemaps are not followed (name each sitemap as a source)";

    private FeedInput() {
    }

    /**
     * The items a feed lists (its items' or entries' links) or a sitemap's (news sitemaps included) pages, in document
     * order, blank addresses left out, each with the date the document says it last changed; the same parser setup as
     * {@link #read}: no DTD loaded, no entity expanded.
     *
     * @throws ReadFailure when the document declares entities, or is neither a feed nor a sitemap
     */
    static List<FeedItem> items(String xml) throws ReadFailure {
        if (ENTITY_DECLARATION.matcher(xml).find()) {
            throw new ReadFailure(DECLARES_ENTITIES);
        }
        Element root = Jsoup.parse(xml, "", Parser.xmlParser()).firstElementChild();
        String rootName = root == null ? "" : root.tagName().toLowerCase(Locale.ROOT);
        List<FeedItem> items = new ArrayList<>();
        switch (rootName) {
            case "rss", "rdf:rdf", "feed" -> {
                String itemName = rootName.equals("feed") ? "entry" : "item";
                for (Element item : root.getElementsByTag(itemName)) {
                    String link = link(item);
                    if (link != null) items.add(new FeedItem(link, blankToNull(text(item, ITEM_CHANGED))));
                }
            }
            case "urlset" -> {
                for (Element url : root.getElementsByTag("url")) {
                    String loc = text(url, "loc");
                    if (!loc.isBlank()) items.add(new FeedItem(loc.strip(), blankToNull(text(url, PAGE_CHANGED))));
                }
            }
            case "sitemapindex" -> throw new ReadFailure(SITEMAP_INDEX);
            default -> throw new ReadFailure(NOT_A_LISTING);
        }
        return items;
    }

    /** Where a feed item says when it last changed, the most telling first: an update, else its publication. */
    private static final String[] ITEM_CHANGED = {"updated", "atom:updated", "dc:modified", "published", "pubDate", "dc:date"};
    /** Where a sitemap's page says it: its last modification, else a news sitemap's publication date. */
    private static final String[] PAGE_CHANGED = {"lastmod", "news:publication_date"};

    /** The text of the first element below {@code parent} named one of {@code names} (in that order) that holds any. */
    private static String text(Element parent, String... names) {
        for (String name : names) {
            for (Element e : parent.getElementsByTag(name)) {
                if (!e.text().isBlank()) return e.text();
            }
        }
        return "";
    }

    /**
     * Reads the decoded feed {@code xml} from {@code source}; each item's capture or failure goes to the
     * listener with source {@code source#<1-based item index>}.
     *
     * @throws ReadFailure when the document is not a feed
     */
    static void read(String source, String xml, ReadListener listener) throws ReadFailure {
        if (ENTITY_DECLARATION.matcher(xml).find()) {
            throw new ReadFailure(DECLARES_ENTITIES);
        }
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = doc.firstElementChild();
        String itemName = root == null ? "" : switch (root.tagName().toLowerCase(Locale.ROOT)) {
            case "rss", "rdf:rdf" -> "item";
            case "feed" -> "entry";
            default -> "";
        };
        if (itemName.isEmpty()) {
            throw new ReadFailure(NOT_A_FEED);
        }
        List<Element> items = new ArrayList<>();
        // Items inside an item (unclosed tags) are its content: reading them again would cost the square of the feed.
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && e.tagName().equalsIgnoreCase(itemName)) {
                items.add(e);
                return NodeFilter.FilterResult.SKIP_CHILDREN;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        if (items.isEmpty()) {
            listener.warned(source, "feed has no items");
        }
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            String itemSource = source + "#" + (i + 1);
            String markup = markup(item, "content:encoded", "description", "content", "summary");
            String titleMarkup = markup(item, "title");
            try {
                TagNames.check(markup); // escaped HTML was not checked with the feed's own markup
                TagNames.check(titleMarkup);
            } catch (ReadFailure f) {
                listener.failed(itemSource, itemName + " " + (i + 1) + ": " + f.getMessage());
                continue;
            }
            String content = HtmlText.paragraphs(markup);
            if (content.isEmpty()) {
                listener.failed(itemSource, itemName + " " + (i + 1) + ": no content");
            } else {
                String title = Jsoup.parseBodyFragment(titleMarkup).text();
                listener.captured(new Capture(itemSource, Capture.Format.RECORD, content, link(item),
                        title.isEmpty() ? null : title,
                        blankToNull(markup(item, "pubDate", "published", "dc:date", "updated")), null));
            }
        }
    }

    /**
     * The markup held by the first direct child named one of {@code names} (in that order of preference)
     * that holds any: escaped or CDATA HTML as text, or inline XHTML as elements; empty if none does.
     */
    private static String markup(Element item, String... names) {
        for (String name : names) {
            for (Element child : item.children()) {
                if (!child.tagName().equalsIgnoreCase(name)) {
                    continue;
                }
                String markup = child.childrenSize() > 0 ? child.html() : child.wholeText();
                if (!markup.isBlank()) {
                    return markup;
                }
            }
        }
        return "";
    }

    /** RSS {@code <link>url</link>}, or the Atom {@code <link href>} without rel or with rel=alternate. */
    private static String link(Element item) {
        for (Element child : item.children()) {
            if (!child.tagName().equalsIgnoreCase("link")) {
                continue;
            }
            String rel = child.attr("rel");
            String url = child.hasAttr("href") ? child.attr("href") : child.text();
            if ((rel.isEmpty() || rel.equalsIgnoreCase("alternate")) && !url.isBlank()) {
                return url.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
