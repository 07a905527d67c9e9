// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The articles a section page links to (a site's "Politique" or "World" front, a tag page): the links of the page to
 * its own site whose address reads as an article's, in document order. A site's menus, header and footer link to
 * sections, not articles, and are left out; an article's address is told by its shape, not by a site's rules: a slug
 * of several words ("la-reforme-des-retraites-adoptee") or a long number (an id, a date), where a section's is one or
 * two words ("/politique", "/tag/retraites", "/mentions-legales"). Items carry no date: each address is fetched once.
 */
final class SectionPage {

    /** Words a slug needs to read as a headline rather than a section's name. */
    static final int MIN_SLUG_WORDS = 3;
    /** Digits in a row that read as an article's id or a date in its address. */
    static final int MIN_ID_DIGITS = 4;
    /** Links taken from one page at most: a front lists dozens; thousands are a site map, not a section. */
    static final int MAX_LINKS = 500;
    /** Why a page listed as a source gives nothing: said once per poll, as a feed that cannot be read is. */
    static final String NO_ARTICLE_LINKS = "an HTML page that links to no article of its site (not a feed, sitemap or section page)";
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.[a-z0-9]{2,5}$");
    private static final Pattern SLUG_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{" + MIN_ID_DIGITS + ",}");
    /** Files that are no article page, whatever their name. */
    private static final Pattern NOT_A_PAGE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|svg|pdf|css|js|xml|rss|zip|mp[34]|json)$");
    /** Where a site puts its own furniture: links there are sections, accounts, legal pages. */
    private static final String FURNITURE = "nav, header, footer, [role=navigation], [role=banner], [role=contentinfo], aside";

    private SectionPage() {}

    /** Whether a body is an HTML page rather than a feed or sitemap: its markup's first tag. */
    static boolean isHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && head.contains("<html"));
    }

    /** The article addresses {@code html}, found at {@code pageUrl}, links to; none when the page's address is unusable. */
    static List<FeedItem> items(String html, String pageUrl) {
        URI page = uri(pageUrl);
        if (page == null || page.getHost() == null) return List.of();
        Document doc = Jsoup.parse(html, pageUrl);
        doc.select(FURNITURE).remove();
        Set<String> seen = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            if (seen.size() >= MAX_LINKS) break;
            URI link = uri(a.absUrl("href"));
            if (link == null || !sameSite(page, link) || !readsAsArticle(link.getRawPath())) continue;
            String address = withoutFragment(link);
            if (!address.equals(withoutFragment(page))) seen.add(address);
        }
        List<FeedItem> items = new ArrayList<>();
        for (String address : seen) items.add(new FeedItem(address, null));
        return items;
    }

    /** Whether a path is an article's: a slug of {@link #MIN_SLUG_WORDS} words or a long number in it, not a file. */
    static boolean readsAsArticle(String path) {
        if (path == null || path.isEmpty() || path.equals("/") || NOT_A_PAGE.matcher(path).matches()) return false;
        if (LONG_NUMBER.matcher(path).find()) return true;
        for (String segment : path.split("/")) {
            String name = FILE_EXTENSION.matcher(segment).replaceFirst(""); // "la-reforme-adoptee.html"
            if (SLUG_WORD.matcher(name).results().count() >= MIN_SLUG_WORDS && (name.contains("-") || name.contains("_"))) return true;
        }
        return false;
    }

    private static boolean sameSite(URI page, URI link) {
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && link.getHost() != null && host(link).equals(host(page));
    }

    private static String host(URI u) {
        String h = u.getHost().toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static String withoutFragment(URI u) {
        String s = u.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static URI uri(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return new URI(s.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
