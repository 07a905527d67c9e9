// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds when a web page was first published. A cascade of named steps, each tried only when the ones
 * before found nothing, and each preferring publication over modification:
 * <ol>
 *   <li>{@link #fromJsonLd}: {@code datePublished}, {@code dateCreated}, {@code uploadDate} of the
 *       JSON-LD objects, an Article-like object first;</li>
 *   <li>{@link #fromMeta}: meta tags naming a publication date ({@link #PUBLISHED_META}, in order);</li>
 *   <li>{@link #fromMarkup}: {@code time[datetime]} and elements marked {@code itemprop=datePublished},
 *       inside the article first, skipping the ones that say "updated";</li>
 *   <li>{@link #fromUrl}: a full date in the address ({@code /2016/11/21/}, {@code 20161121}, …);</li>
 *   <li>{@link #fromText}: a date printed in elements whose class says date or publication, or after a
 *       word such as "publié le", "published", "veröffentlicht", then the first date after the headline;</li>
 *   <li>last resort: a modification date from JSON-LD or meta tags.</li>
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

    /** Elements that carry a machine-readable publication date in markup. */
    private static final String MARKUP_DATES = "time[datetime], [itemprop=datePublished], [itemprop=dateCreated], "
            + "[property$=datePublished], [property$=dateCreated], abbr.published[title], [pubdate]";
    /** Where the article itself is, as opposed to lists of other articles and comments around it. */
    private static final String ARTICLE_SCOPE = "article, main, [role=main], [itemtype*=Article], header";
    /** Regions whose dates belong to other content: comments, related links, footers, menus. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "comment|related|footer|sidebar|widget|teaser|recommend|more-|popular|trending|\\bnav|menu|breadcrumb|agenda|archive",
            Pattern.CASE_INSENSITIVE);
    private static final String ELSEWHERE_TAGS = "footer|nav|aside";
    /** Class, id or text saying that a date is a modification date. */
    private static final Pattern MODIFIED_WORD = Pattern.compile(
            "updat|modif|mis à jour|mise à jour|actualis|aktualisiert|geändert|actualizado|revis|changed|last-?edit",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Class or id saying that a date is the publication date. */
    private static final Pattern PUBLISHED_MARK = Pattern.compile(
            "publi|pubdate|posted|entry-date|created|erschienen|veroeffentlicht|date-?pub", Pattern.CASE_INSENSITIVE);

    /** Class or id of an element holding a printed date. */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "date|time|publi|posted|byline|dateline|datum|fecha|meta|info|article-?header|submitted|zeit|stand|author|autor",
            Pattern.CASE_INSENSITIVE);
    /** Words announcing a publication date in text, in fr, en, de, es. */
    private static final Pattern PUBLISHED_WORD = Pattern.compile(
            "publié|mis en ligne|published|posted|veröffentlicht|erschienen|publicado|publicada|publiziert|date de publication|"
            + "erstellt|created on|publicación",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_DATE_TEXT = 300;
    private static final int MAX_TEXT_NODE = 400;
    /** How much text after the headline may hold its date. */
    private static final int HEADER_WINDOW = 1500;
    /** How much text between a date and the headline below it. */
    private static final int BEFORE_HEADLINE_WINDOW = 300;
    /** Elements whose text is never a printed date. */
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "select", "option", "textarea");

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
    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
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
        LocalDate latest = latest(url);
        return fromJsonLd(doc, JSON_LD_PUBLISHED, latest)
                .or(() -> fromMeta(doc, PUBLISHED_RANK, latest))
                .or(() -> fromMarkup(doc, latest))
                .or(() -> fromUrl(url, latest))
                .or(() -> fromText(doc, latest))
                .or(() -> fromJsonLd(doc, JSON_LD_MODIFIED, latest))
                .or(() -> fromMeta(doc, MODIFIED_RANK, latest));
    }

    // ---- step 1: JSON-LD

    /** The first date under one of {@code keys}, from an Article-like object, else a web page, else any object. */
    Optional<String> fromJsonLd(Document doc, List<String> keys, LocalDate latest) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(script.data());
            } catch (Exception e) {
                // a broken block (unescaped quotes, stray commas) still states its dates: read them by pattern
                if (best == null) best = jsonLdByPattern(script.data(), keys, latest);
                continue;
            }
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
                    Optional<String> d = v != null && v.isTextual() ? machineDate(v.asText(), latest) : Optional.empty();
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
    private String jsonLdByPattern(String data, List<String> keys, LocalDate latest) {
        for (String key : keys) {
            int at = data.indexOf('"' + key + '"');
            if (at < 0) continue;
            Matcher m = JSON_LD_VALUE.matcher(data).region(at + key.length() + 2, data.length());
            if (m.lookingAt()) {
                Optional<String> d = machineDate(m.group(1), latest);
                if (d.isPresent()) return d.get();
            }
        }
        return null;
    }

    // ---- step 2: meta tags

    /** The best-ranked meta tag whose name is in {@code ranks} and whose content is a credible date. */
    Optional<String> fromMeta(Document doc, Map<String, Integer> ranks, LocalDate latest) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element meta : doc.getElementsByTag("meta")) {
            for (String attr : META_KEYS) {
                String key = meta.attr(attr);
                if (key.isEmpty()) continue;
                Integer rank = ranks.get(key.strip().toLowerCase(Locale.ROOT));
                if (rank == null || rank >= bestRank) continue;
                Optional<String> d = machineDate(meta.attr("content"), latest);
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
    Optional<String> fromMarkup(Document doc, LocalDate latest) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element e : doc.select(MARKUP_DATES)) {
            String marks = marks(e);
            boolean published = e.hasAttr("pubdate") || e.attr("itemprop").equalsIgnoreCase("datePublished")
                    || e.attr("property").endsWith("datePublished")
                    || PUBLISHED_MARK.matcher(marks).find();
            if (!published && MODIFIED_WORD.matcher(marks + " " + e.text()).find()) continue;
            int rank = (elsewhere(e) ? 4 : 0) + (published ? 0 : 2) + (inArticle(e) ? 0 : 1);
            if (rank >= bestRank) continue;
            Optional<String> d = markupValue(e, latest);
            if (d.isPresent()) {
                best = d.get();
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<String> markupValue(Element e, LocalDate latest) {
        for (String attr : List.of("datetime", "content", "title")) {
            if (e.hasAttr(attr)) {
                Optional<String> d = machineDate(e.attr(attr), latest);
                if (d.isPresent()) return d;
            }
        }
        String text = e.text();
        return text.length() <= MAX_DATE_TEXT ? textDate(text, latest) : Optional.empty();
    }

    // ---- step 4: the address

    /** A full date in the address; a year and month alone are not enough. */
    Optional<String> fromUrl(String url, LocalDate latest) {
        if (url == null || url.isEmpty()) return Optional.empty();
        String path = ARCHIVE_CAPTURE.matcher(url).replaceFirst("/");
        for (Pattern p : List.of(URL_YMD, URL_COMPACT)) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<String> d = day(m.group(1), m.group(2), m.group(3), latest);
                if (d.isPresent()) return d;
            }
        }
        Matcher m = URL_DMY.matcher(path);
        while (m.find()) {
            Optional<String> d = day(m.group(3), m.group(2), m.group(1), latest);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    // ---- step 5: printed dates

    /**
     * A printed date: in a short element whose class says date or publication, then after a word that
     * announces publication, then the first date after the headline.
     */
    Optional<String> fromText(Document doc, LocalDate latest) {
        Element body = doc.body();
        if (body == null) return Optional.empty();
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element e : body.getAllElements()) {
            String marks = marks(e);
            boolean dateClass = !marks.isBlank() && DATE_CLASS.matcher(marks).find();
            String own = e.ownText();
            boolean label = !dateClass && own.length() < MAX_DATE_TEXT && PUBLISHED_WORD.matcher(own).find();
            if (!dateClass && !label) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_DATE_TEXT) continue;
            Optional<String> d = textDate(text, latest);
            if (d.isEmpty() && label && e.nextElementSibling() != null) {
                String next = e.nextElementSibling().text();
                if (next.length() <= MAX_DATE_TEXT) d = textDate(next, latest);
            }
            if (d.isEmpty()) continue;
            boolean modified = MODIFIED_WORD.matcher(marks).find()
                    || MODIFIED_WORD.matcher(text).find() && !PUBLISHED_WORD.matcher(text).find();
            int rank = (elsewhere(e) ? 2 : 0) + (modified ? 4 : 0) + (label || PUBLISHED_WORD.matcher(text).find() ? 0 : 1);
            if (rank < bestRank) {
                best = d.get();
                bestRank = rank;
                if (rank == 0) break;
            }
        }
        if (best != null) return Optional.of(best);
        return nearHeadline(body, latest);
    }

    /**
     * The printed date nearest the headline: the first one in the text after the first {@code h1},
     * else the last one shortly before it, else the first one outside comments, menus and footers,
     * else the first one at all. Only text with digits is read.
     */
    Optional<String> nearHeadline(Element body, LocalDate latest) {
        Element h1 = body.selectFirst("h1");
        String beforeH1 = null;
        String firstClean = null;
        String first = null;
        int charsAfterH1 = -1;
        int charsBeforeH1 = 0;
        for (Element e : body.getAllElements()) {
            if (e == h1) {
                charsAfterH1 = 0;
                continue;
            }
            if (SKIPPED_TAGS.contains(e.normalName())) continue;
            for (TextNode t : e.textNodes()) {
                String text = t.getWholeText();
                int length = text.length();
                if (charsAfterH1 >= 0) charsAfterH1 += length;
                else charsBeforeH1 += length;
                if (length < 6 || length > MAX_TEXT_NODE || !hasDigit(text)) continue;
                Optional<String> d = textDate(text, latest);
                if (d.isEmpty()) continue;
                if (first == null) first = d.get();
                if (elsewhere(e)) continue;
                if (charsAfterH1 >= 0 && charsAfterH1 <= HEADER_WINDOW) return d;
                if (charsAfterH1 < 0) {
                    beforeH1 = d.get();
                    charsBeforeH1 = 0;
                }
                if (firstClean == null) firstClean = d.get();
            }
            if (charsAfterH1 > HEADER_WINDOW && firstClean != null) break;
        }
        if (beforeH1 != null && charsBeforeH1 <= BEFORE_HEADLINE_WINDOW) return Optional.of(beforeH1);
        return Optional.ofNullable(firstClean != null ? firstClean : first);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** The next element in document order that is not inside {@code e}. */
    private static Element next(Element e) {
        Element n = e.firstElementChild();
        if (n != null) return n;
        for (Element c = e; c != null; c = c.parent()) {
            Element s = c.nextElementSibling();
            if (s != null) return s;
        }
        return null;
    }

    // ---- shared checks

    private static String marks(Element e) {
        return e.className() + " " + e.id();
    }

    private static boolean inArticle(Element e) {
        return e.closest(ARTICLE_SCOPE) != null;
    }

    /** Whether the element sits in comments, a footer, a menu or a list of other articles. */
    private static boolean elsewhere(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.nameIs("footer") || a.nameIs("nav") || a.nameIs("aside")) return true;
            String marks = a.className() + " " + a.id();
            if (!marks.isBlank() && ELSEWHERE.matcher(marks).find()) return true;
        }
        return false;
    }

    private Optional<String> machineDate(String value, LocalDate latest) {
        if (value == null || value.isBlank()) return Optional.empty();
        Optional<DateFinder.Found> f = dates.parseIso(value);
        if (f.isEmpty()) f = dates.find(value);
        return f.filter(x -> credible(x.date(), latest)).map(DateFinder.Found::iso);
    }

    private Optional<String> textDate(String text, LocalDate latest) {
        Optional<LocalDate> d = dates.find(text).map(DateFinder.Found::date);
        if (d.isEmpty()) d = forms.find(text, today);
        return d.filter(x -> credible(x, latest)).map(LocalDate::toString);
    }

    private static Optional<String> day(String y, String m, String d, LocalDate latest) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return credible(date, latest) ? Optional.of(date.toString()) : Optional.empty();
        } catch (java.time.DateTimeException e) {
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
                Optional<String> d = day(m.group(1), m.group(2), m.group(3), today);
                if (d.isPresent()) return LocalDate.parse(d.get());
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
