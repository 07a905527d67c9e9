// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds when a web page was first published. Named steps each give at most one date, publication
 * before modification everywhere:
 * <ol>
 *   <li>{@link #fromJsonLd}: {@code datePublished}, {@code dateCreated}, {@code uploadDate} of the
 *       JSON-LD objects (in {@code @graph} and arrays), an Article-like object first;</li>
 *   <li>{@link #fromMeta}: meta tags naming a publication date ({@link #PUBLISHED_META}, in order);</li>
 *   <li>{@link #fromMarkup}: {@code time[datetime]} and elements marked {@code datePublished},
 *       inside the article first, skipping the ones that say "updated";</li>
 *   <li>{@link #fromUrl}: a full date in the address ({@code /2016/11/21/}, {@code 20161121}, …);</li>
 *   <li>{@link #fromText}: a date printed for readers ({@link PublicationDateText}), read only when
 *       the metadata leave the day open;</li>
 *   <li>modification dates from JSON-LD and meta tags;</li>
 *   <li>{@link #decide}: the sources vote on the day, the earlier step breaking ties.</li>
 * </ol>
 * Every date must fall between {@link #EARLIEST} and the latest credible date (today, or the capture
 * time of an archived address); a bare year, such as a copyright line, is never a date.
 * Thread-safe, stateless after construction.
 */
public final class PublicationDates {

    /** No online news before this day. */
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** JSON-LD keys of a publication date, best first. */
    static final List<String> JSON_LD_PUBLISHED = List.of("datePublished", "dateCreated", "uploadDate");
    static final List<String> JSON_LD_MODIFIED = List.of("dateModified");
    /** JSON-LD types of the page's own article, as opposed to the site, its organisation or a breadcrumb. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "Article|Posting|Report|Review|Recipe|CreativeWork|VideoObject|Blog|Episode|Clip|LiveBlog",
            Pattern.CASE_INSENSITIVE);
    /** A machine-readable date: ISO-8601 day, optional time and offset ("2016-11-21T09:20:00+01:00"). */
    private static final Pattern MACHINE = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2})?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    /** The value after a key in JSON text: {@code : "2016-11-21T09:20:00Z"}. */
    private static final Pattern JSON_LD_VALUE = Pattern.compile("\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Pattern PAGE_TYPE = Pattern.compile("WebPage|ItemPage", Pattern.CASE_INSENSITIVE);

    /** Meta names, properties and itemprops of a publication date (lower case), best first. */
    static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "article:published",
            "datepublished", "published_time", "article.published", "article_date_original", "publication_date",
            "publishdate", "publish-date", "publish_date", "published-date", "date_published", "pubdate",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "datecreated",
            "citation_publication_date", "citation_date", "citation_online_date", "prism.publicationdate",
            "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "originalpublicationdate",
            "og:pubdate", "article:post_date", "ptime", "created", "creation_date", "dc.date", "dcterms.date",
            "date", "bt:pubdate", "displaydate", "release_date", "live_date");
    /** Meta names of a modification date (lower case), used only when nothing else is found. */
    static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
            "last-modified", "lastmod", "revised", "modified_time", "utime");
    static final Map<String, Integer> PUBLISHED_RANK = rank(PUBLISHED_META);
    static final Map<String, Integer> MODIFIED_RANK = rank(MODIFIED_META);
    private static final List<String> META_KEYS = List.of("property", "name", "itemprop", "http-equiv");

    /** Where the article itself is, as opposed to lists of other articles and comments around it. */
    private static final Evaluator ARTICLE_SCOPE = QueryParser.parse("article, main, [role=main], [itemtype*=Article], header");
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    /** Regions whose dates belong to other content: comments, related links, footers, menus (lower case). */
    static final List<String> ELSEWHERE = List.of("comment", "related", "footer", "sidebar", "widget", "teaser", "recommend",
            "more-", "popular", "trending", "nav", "menu", "breadcrumb", "agenda", "archive");
    /** Class, id or text saying that a date is a modification date (lower case). */
    static final List<String> MODIFIED_WORDS = List.of("updat", "modif", "mis à jour", "mise à jour", "actualis", "aktualisiert",
            "geändert", "actualizado", "revis", "changed", "last-edit", "lastedit");
    /** Class or id saying that a date is the publication date (lower case). */
    private static final List<String> PUBLISHED_MARKS = List.of("publi", "pubdate", "posted", "entry-date", "created",
            "erschienen", "veroeffentlicht", "datepub", "date-pub");

    /** Printed dates of this rank or better count {@link #SURE_PRINTED_WEIGHT} half votes. */
    private static final int SURE_PRINTED_RANK = 2;
    private static final int SURE_PRINTED_WEIGHT = 3;

    /** Longest text of a date element whose date is not in an attribute. */
    private static final int MAX_MARKUP_TEXT = 300;

    /** Dates in addresses: /2016/11/21/, /2016-11-21, 20161121 between separators. */
    private static final Pattern URL_YMD = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final Pattern URL_COMPACT = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final Pattern URL_DMY = Pattern.compile(
            "(?<![0-9])(0[1-9]|[12]\\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\\d{2})(?![0-9])");
    /** An archived address: /web/20160218174457/http://… holds the capture time, not the publication date. */
    private static final Pattern ARCHIVE_CAPTURE = Pattern.compile("/web/((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d{0,8}[a-z_]*/");

    private final DateFinder dates = new DateFinder();
    private final PublicationDateForms forms = new PublicationDateForms();
    private final LocalDate today;

    public PublicationDates() {
        this(LocalDate.now());
    }

    /** @param today the latest credible publication day */
    PublicationDates(LocalDate today) {
        this.today = today;
    }

    /**
     * The publication date of a page.
     *
     * @param doc the page parsed by jsoup, not yet pruned; it is not modified
     * @param url the page's address, or null
     * @return an ISO date "2016-11-21", or a date-time "2016-11-21T09:20" when machine-readable markup
     *         states the time; empty when nothing credible is found
     */
    public Optional<String> find(Document doc, String url) {
        return find(doc, PageMarkup.of(doc), url);
    }

    /** {@link #find(Document, String)} over the page's markup already gathered. */
    Optional<String> find(Document doc, PageMarkup markup, String url) {
        LocalDate latest = latest(url);
        Optional<PublicationDateStamp> address = fromUrl(url, latest);
        List<PublicationDateStamp> machine = present(
                fromJsonLd(markup, JSON_LD_PUBLISHED, latest),
                fromMeta(markup.metas(), PUBLISHED_RANK, latest),
                fromMarkup(markup.dateMarkup(), latest));
        List<PublicationDateStamp> modified = present(
                fromJsonLd(markup, JSON_LD_MODIFIED, latest),
                fromMeta(markup.metas(), MODIFIED_RANK, latest));
        List<PublicationDateStamp> all = new ArrayList<>(machine);
        address.ifPresent(all::add);
        if (!settled(machine, modified)) fromText(doc, latest).ifPresent(all::add);
        all.addAll(modified);
        return decide(all, address.orElse(null)).map(PublicationDateStamp::iso);
    }

    /**
     * Whether the metadata already settle the day, so that the printed dates (the costliest step)
     * could not change it: two or more sources of publication agree and no modification date differs.
     */
    private static boolean settled(List<PublicationDateStamp> machine, List<PublicationDateStamp> modified) {
        if (machine.size() < 2) return false;
        LocalDate day = machine.get(0).day();
        for (PublicationDateStamp s : machine) if (!s.day().equals(day)) return false;
        for (PublicationDateStamp s : modified) if (!s.day().equals(day)) return false;
        return true;
    }

    @SafeVarargs
    private static List<PublicationDateStamp> present(Optional<PublicationDateStamp>... found) {
        List<PublicationDateStamp> list = new ArrayList<>(found.length);
        for (Optional<PublicationDateStamp> f : found) f.ifPresent(list::add);
        return list;
    }

    /**
     * Step 6, the sources' agreement. The stamps come in the cascade's order, publication before
     * modification. Times stated in UTC are first moved to the page's own zone, as another stamp
     * states it; then the day most sources give wins, the earlier source breaking ties, because a
     * date printed for readers and one in the metadata seldom agree by chance. A day in the address
     * wins over a day one off stated in UTC or near midnight, a zone difference. The answer keeps the time of the first
     * source that states one on that day.
     */
    static Optional<PublicationDateStamp> decide(List<PublicationDateStamp> stamps, PublicationDateStamp address) {
        if (stamps.isEmpty()) return Optional.empty();
        ZoneOffset zone = null;
        for (PublicationDateStamp s : stamps) {
            if (s.hasTime() && s.offset() != null && !s.inUtc()) {
                zone = s.offset();
                break;
            }
        }
        List<PublicationDateStamp> local = new ArrayList<>(stamps.size());
        for (PublicationDateStamp s : stamps) local.add(zone == null ? s : s.at(zone));
        Map<LocalDate, Integer> votes = new HashMap<>();
        for (PublicationDateStamp s : local) votes.merge(s.day(), s.weight(), Integer::sum);
        int most = votes.values().stream().max(Integer::compare).orElse(0);
        LocalDate day = null;
        for (PublicationDateStamp s : local) {
            if (votes.get(s.day()) == most) {
                day = s.day();
                break;
            }
        }
        PublicationDateStamp timed = null;
        for (PublicationDateStamp s : local) {
            if (s.day().equals(day) && s.time() != null) {
                timed = s;
                break;
            }
        }
        if (address != null && Math.abs(address.day().toEpochDay() - day.toEpochDay()) == 1
                && timed != null && timed.nearMidnight()) return Optional.of(address);
        if (timed != null) return Optional.of(timed);
        return Optional.of(PublicationDateStamp.ofDay(day));
    }

    // ---- step 1: JSON-LD

    /** The first date under one of {@code keys}, from an Article-like object, else a web page, else any object. */
    Optional<PublicationDateStamp> fromJsonLd(PageMarkup markup, List<String> keys, LocalDate latest) {
        PublicationDateStamp best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String data : markup.brokenJsonLd()) {
            if (best == null) best = jsonLdByPattern(data, keys, latest);
        }
        if (best != null) bestRank = 2;
        for (JsonNode root : markup.jsonLd()) {
            Deque<JsonNode> queue = new ArrayDeque<>();
            queue.add(root);
            while (!queue.isEmpty()) {
                JsonNode n = queue.poll();
                if (n == null) continue;
                if (n.isArray()) {
                    n.forEach(queue::add);
                    continue;
                }
                if (!n.isObject()) continue;
                if (n.has("@graph")) queue.add(n.get("@graph"));
                if (n.has("mainEntity")) queue.add(n.get("mainEntity"));
                String type = n.path("@type").isArray() ? n.path("@type").toString() : n.path("@type").asText("");
                int rank = ARTICLE_TYPE.matcher(type).find() ? 0 : PAGE_TYPE.matcher(type).find() ? 1 : 2;
                if (rank >= bestRank) continue;
                for (String key : keys) {
                    JsonNode v = n.get(key);
                    if (v != null && v.isArray() && !v.isEmpty()) v = v.get(0);
                    Optional<PublicationDateStamp> d = v != null && v.isTextual() ? machineDate(v.asText(), latest) : Optional.empty();
                    if (d.isPresent()) {
                        best = d.get();
                        bestRank = rank;
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first date under one of {@code keys} in a JSON-LD block that does not parse. */
    private PublicationDateStamp jsonLdByPattern(String data, List<String> keys, LocalDate latest) {
        for (String key : keys) {
            int at = data.indexOf('"' + key + '"');
            if (at < 0) continue;
            Matcher m = JSON_LD_VALUE.matcher(data).region(at + key.length() + 2, data.length());
            if (m.lookingAt()) {
                Optional<PublicationDateStamp> d = machineDate(m.group(1), latest);
                if (d.isPresent()) return d.get();
            }
        }
        return null;
    }

    // ---- step 2: meta tags

    /** The best-ranked meta tag whose name is in {@code ranks} and whose content is a credible date. */
    Optional<PublicationDateStamp> fromMeta(List<Element> metas, Map<String, Integer> ranks, LocalDate latest) {
        PublicationDateStamp best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element meta : metas) {
            for (String attr : META_KEYS) {
                String key = meta.attr(attr);
                if (key.isEmpty()) continue;
                Integer rank = ranks.get(key.strip().toLowerCase(Locale.ROOT));
                if (rank == null || rank >= bestRank) continue;
                Optional<PublicationDateStamp> d = machineDate(meta.attr("content"), latest);
                if (d.isPresent()) {
                    best = d.get();
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- step 3: time elements and microdata

    /**
     * A date from {@code time[datetime]} or {@code itemprop=datePublished}: one marked as the publication
     * date first, then one inside the article, then any; never one that says "updated" nor one in
     * comments, footers or lists of other articles.
     */
    Optional<PublicationDateStamp> fromMarkup(List<Element> dateMarkup, LocalDate latest) {
        PublicationDateStamp best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element e : dateMarkup) {
            String marks = marks(e);
            boolean published = e.hasAttr("pubdate") || e.attr("itemprop").equalsIgnoreCase("datePublished")
                    || e.attr("property").endsWith("datePublished")
                    || mentions(marks, PUBLISHED_MARKS);
            if (!published && (mentions(marks, MODIFIED_WORDS) || mentions(lower(e.text()), MODIFIED_WORDS))) continue;
            int rank = (elsewhere(e) ? 4 : 0) + (published ? 0 : 2) + (inArticle(e) ? 0 : 1);
            if (rank >= bestRank) continue;
            Optional<PublicationDateStamp> d = markupValue(e, latest);
            if (d.isPresent()) {
                best = d.get();
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<PublicationDateStamp> markupValue(Element e, LocalDate latest) {
        for (String attr : List.of("datetime", "content", "title")) {
            if (e.hasAttr(attr)) {
                Optional<PublicationDateStamp> d = machineDate(e.attr(attr), latest);
                if (d.isPresent()) return d;
            }
        }
        String text = e.text();
        return text.length() <= MAX_MARKUP_TEXT ? textDate(text, latest) : Optional.empty();
    }

    // ---- step 4: the address

    /** A full date in the address; a year and month alone are not enough. */
    Optional<PublicationDateStamp> fromUrl(String url, LocalDate latest) {
        if (url == null || url.isEmpty()) return Optional.empty();
        String path = ARCHIVE_CAPTURE.matcher(url).replaceFirst("/");
        for (Pattern p : List.of(URL_YMD, URL_COMPACT)) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<PublicationDateStamp> d = day(m.group(1), m.group(2), m.group(3), latest);
                if (d.isPresent()) return d;
            }
        }
        Matcher m = URL_DMY.matcher(path);
        while (m.find()) {
            Optional<PublicationDateStamp> d = day(m.group(3), m.group(2), m.group(1), latest);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    // ---- step 5: printed dates

    /** A date printed for readers: see {@link PublicationDateText}. */
    Optional<PublicationDateStamp> fromText(Document doc, LocalDate latest) {
        Element body = doc.body();
        if (body == null) return Optional.empty();
        return printed(doc, latest).map(p -> PublicationDateStamp.ofDay(p.day()).withWeight(weight(p.rank())));
    }

    /**
     * A date printed in an element marked as a date, outside comments and footers and not saying
     * "updated", counts one vote and a half: readers see it, and it beats a single metadata field
     * (often the time of a later edition) while two agreeing fields still beat it.
     */
    private static int weight(int rank) {
        return rank <= SURE_PRINTED_RANK ? SURE_PRINTED_WEIGHT : PublicationDateStamp.VOTE;
    }

    Optional<PublicationDateText.Printed> printed(Document doc, LocalDate latest) {
        if (doc.body() == null) return Optional.empty();
        Element og = doc.head().selectFirst(OG_TITLE);
        String title = og != null ? og.attr("content") : doc.title();
        return new PublicationDateText(text -> textDate(text, latest).map(PublicationDateStamp::day)).find(doc.body(), title);
    }

    // ---- shared checks

    /** The class and id of an element, in lower case. */
    static String marks(Element e) {
        if (e.attributesSize() == 0) return "";
        String cls = e.className();
        String id = e.id();
        return lower(id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id);
    }

    /** Lower case, without copying a text that has no capital. */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) return s.toLowerCase(Locale.ROOT);
        }
        return s;
    }

    /** Whether a lower-case text contains one of the words: cheaper than a regex alternation. */
    static boolean mentions(String lower, List<String> words) {
        for (String w : words) {
            if (lower.contains(w)) return true;
        }
        return false;
    }

    /** Whether this element itself is a footer, a menu, comments or a list of other articles. */
    static boolean marksElsewhere(Element e, String marks) {
        String tag = e.normalName();
        if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside")) return true;
        return marks.length() > 1 && mentions(marks, ELSEWHERE);
    }

    private static boolean inArticle(Element e) {
        return e.closest(ARTICLE_SCOPE) != null;
    }

    /** Whether the element sits in comments, a footer, a menu or a list of other articles. */
    private static boolean elsewhere(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (marksElsewhere(a, marks(a))) return true;
        }
        return false;
    }

    /** A date in metadata: ISO-8601 with or without time and offset, else any printed form. */
    private Optional<PublicationDateStamp> machineDate(String value, LocalDate latest) {
        if (value == null || value.isBlank()) return Optional.empty();
        Matcher m = MACHINE.matcher(value);
        if (m.find()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                LocalTime time = m.group(4) == null ? null : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                ZoneOffset offset = time == null || m.group(6) == null ? null : offset(m.group(6));
                PublicationDateStamp s = new PublicationDateStamp(day, time, offset);
                return credible(day, latest) ? Optional.of(s) : Optional.empty();
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all: try the printed forms
            }
        }
        return textDate(value, latest);
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) return ZoneOffset.UTC;
        String t = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
        return ZoneOffset.of(t);
    }

    private Optional<PublicationDateStamp> textDate(String text, LocalDate latest) {
        Optional<LocalDate> d = dates.find(text).map(DateFinder.Found::date);
        if (d.isEmpty()) d = forms.find(text, today);
        return d.filter(x -> credible(x, latest)).map(PublicationDateStamp::ofDay);
    }

    private static Optional<PublicationDateStamp> day(String y, String m, String d, LocalDate latest) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return credible(date, latest) ? Optional.of(PublicationDateStamp.ofDay(date)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean credible(LocalDate date, LocalDate latest) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest);
    }

    /** Today, or the capture day of an archived address. */
    private LocalDate latest(String url) {
        if (url != null) {
            Matcher m = ARCHIVE_CAPTURE.matcher(url);
            if (m.find()) {
                Optional<PublicationDateStamp> d = day(m.group(1), m.group(2), m.group(3), today);
                if (d.isPresent()) return d.get().day();
            }
        }
        return today;
    }

    private static Map<String, Integer> rank(List<String> names) {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) m.putIfAbsent(names.get(i), i);
        return Map.copyOf(m);
    }
}
