// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extraction from a web page's markup. The cascade:
 * <ol>
 *   <li>{@link #metadata}: JSON-LD, then meta tags, then visible markup, field by field; the date by
 *       {@link PublicationDates};</li>
 *   <li>{@link PageEvidence#declared}: what the whole page declares of its kind, before pruning;</li>
 *   <li>{@link #prune}: drop elements that are never article text: tags (scripts, menus, forms'
 *       controls), comment sections, and elements named as furniture by class or id when they are short
 *       or made of links;</li>
 *   <li>{@link TextBlocks#of}: the page as a reader sees it, one block per paragraph, whatever the markup; with
 *       the pruned body's links, prose and cards, the {@link PageType} by {@link PageTypeRules};</li>
 *   <li>{@link #mainContainers}: the element whose blocks hold the most prose, scored from each block up
 *       to three ancestors as readability does, widened over its lead and sister sections, replaced by the
 *       region holding most of the page's prose when the article is split in sections, plus siblings that
 *       score almost as well;</li>
 *   <li>{@link #paragraphs}: the article's blocks in order, grown over adjacent prose, without link lists,
 *       furniture lines, dates, bylines at its ends, headings over nothing and stray closing lines;</li>
 *   <li>a baseline rescue (every prose block of the page) when the steps above find too little;</li>
 *   <li>on a listing or a collection, {@link #wholeList}: every card, not the one holding the most prose.</li>
 * </ol>
 * Thread-safe: the shared JSON reader is immutable once built.
 */
final class HtmlExtractor {

    /** Tags that never hold article text. Not noscript: lazy-loading pages put their text there for readers without scripts. */
    private static final Set<String> UNWANTED_TAGS = Set.of("script", "style", "template", "svg", "iframe",
            "button", "input", "select", "textarea", "nav", "footer", "aside", "figcaption", "dialog",
            "rt", "rp"); // ruby readings (furigana) over the text are not the text
    private static final Set<String> UNWANTED_ROLES = Set.of("navigation", "contentinfo");
    /**
     * Words in class names and ids that mark page furniture. Checked word by word (class and id split on
     * non-letters), a word matching when it contains one of the longer stems or starts with a short one:
     * a regular expression over every element's class cost more than parsing the page.
     */
    private static final List<String> FURNITURE_STEMS = List.of(
            "cookie", "consent", "gdpr", "banner", "share", "sharing", "social", "related", "recommend", "newsletter", "promo",
            "advert", "sponsor", "footer", "sidebar", "breadcrumb", "subscribe", "paywall", "popup", "modal", "outbrain",
            "taboola", "teaser", "byline", "author", "caption", "credit", "toolbar", "widget", "login", "signup",
            "readmore", "alsoread", "lireaussi", "menu", "adslot", "adunit", "adsense", "adcontainer", "adwrapper", "tagcloud", "taglist");
    /** Names that mark furniture whatever its size: recommendations and promotions are prose too. */
    private static final List<String> ALWAYS_FURNITURE_STEMS = List.of("related", "recommend", "outbrain", "taboola", "newsletter");
    private static final List<String> FURNITURE_PREFIXES = List.of("nav", "skip", "print");
    /** Short marks that are furniture only as whole words: "tag" but not "tagStyle", "ad" but not "address". */
    private static final List<String> FURNITURE_WORDS = List.of("ad", "ads", "tag", "tags");
    private static final List<String> CONTENT_STEMS = List.of("article", "content", "story", "post", "entry", "body", "text", "main");
    /**
     * Comment sections are prose, but the readers', not the article's: their names are enough. Beside
     * these, any word starting with "comment" ({@link #namesComments}).
     */
    private static final List<String> COMMENT_WORDS = List.of("kommentar", "kommentare", "comentario", "comentarios", "disqus");
    private static final List<String> AUTHOR_BOX_WORDS = List.of("bio", "biography", "box", "about", "profile", "info", "description");
    /** A live ticker calls its entries comments too ("live-match-comment"), but they are the article. */
    private static final List<String> LIVE_WORDS = List.of("live", "liveblog", "liveticker", "ticker", "direct");
    /** Furniture named by its class is removed when shorter than this or made of links. */
    private static final int MAX_FURNITURE_CHARS = 400;
    /** Link-heavy furniture carries little text of its own; more than this and the element holds an article. */
    private static final int MAX_FURNITURE_PROSE_CHARS = 1500;
    /** Blocks whose parent is the container (a p's div); other blocks (text straight in a div) are containers themselves. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "dd", "dt", "th");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?»\"”:]$");
    /** Shorter blocks are kept only when they end like a sentence or are headings: "Share", "Menu", "12 comments" are not text. */
    private static final int MIN_BLOCK_CHARS = 20;
    /** Prose outside the chosen container joins the article when it is at least this long and next to it. */
    private static final int LEAD_CHARS = 60;
    /** Short lines (a date, a byline) that may sit between the lead and the body. */
    private static final int MAX_SKIPPED = 3;
    /** Below this much text the container step is deemed to have missed the article. */
    private static final int MIN_ARTICLE_CHARS = 600;
    /** Furniture set in the flow of a page (a prompt, a heading, a credit) is shorter than this; longer blocks are text. */
    private static final int MAX_FURNITURE_LINE_CHARS = 300;
    /** Share of a page's prose that makes an element the page's main region. */
    private static final double MAJORITY = 0.6;
    /** How many blocks from either end of the article a byline may sit. */
    private static final int BYLINE_REACH = 2;
    /** Labels and stray lines are shorter than this. */
    private static final int MAX_LABEL_CHARS = 80;
    /** How many levels a container may grow to take in its lead or sister sections. */
    private static final int MAX_WIDENING = 4;
    /** A site name after a pipe: "Headline | Outlet". Dashes are left alone: they also join a headline's own parts. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+\\|\\s+[^|]{2,60}$");
    /** What joins a headline and the site's name, section or date in a page title. */
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " : ");
    /** A heading shorter than this ("Actualités") is a section's, and a title starting with it says nothing. */
    private static final int MIN_HEADING_CHARS = 15;
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Pages whose text is a list of items: every item is kept ({@link #wholeList}). */
    private static final Set<PageType> LIST_TYPES = Set.of(PageType.LISTING, PageType.COLLECTION);

    private final DateFinder dates = new DateFinder();
    private final PublicationDates publicationDates = new PublicationDates();

    record Result(String title, String published, List<String> authors, String outlet, String language, String url, String text,
                  PageType pageType) {
    }

    Result extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMarkup markup = PageMarkup.of(doc);
        Map<String, String> meta = metadata(doc, markup);
        List<String> authors = authors(meta.get("authors"));
        PageEvidence declared = PageEvidence.declared(doc, markup, meta.get("published") != null, // before pruning takes forms and menus
                !authors.isEmpty());
        prune(doc, PageTypeRules.declaresDiscussion(declared));
        Element body = doc.body() != null ? doc.body() : doc;
        List<TextBlocks.Block> blocks = TextBlocks.of(body);
        PageEvidence evidence = declared.withContent(body, blocks, textSizes(body));
        PageType pageType = PageTypeRules.classify(evidence);
        List<String> paragraphs = new ArrayList<>(paragraphs(blocks, mainContainers(body, blocks)));
        if (length(paragraphs) < MIN_ARTICLE_CHARS) paragraphs = baseline(blocks, paragraphs);
        if (LIST_TYPES.contains(pageType) && evidence.cards().chars() > length(paragraphs)) { // else the article path found more: a story beside a list
            paragraphs = wholeList(blocks, paragraphs, evidence.cards().parent());
        }
        if (!paragraphs.isEmpty() && paragraphs.get(0).equals(meta.get("title"))) paragraphs.remove(0); // the headline is not body text
        String text = String.join("\n\n", paragraphs);
        return new Result(meta.get("title"), meta.get("published"), authors, meta.get("outlet"),
                meta.get("language"), meta.get("url"), text, pageType);
    }

    /** Step 1: field by field, the first source that has it wins (JSON-LD, meta tags, markup). */
    Map<String, String> metadata(Document doc, PageMarkup markup) {
        Map<String, String> m = new HashMap<>();
        jsonLd(markup, m);
        Map<String, String> meta = metaTags(markup);
        String site = meta.get("og:site_name");
        String heading = text(markup.firstHeading());
        putIfAbsent(m, "title", headline(first(meta, "og:title", "twitter:title"), heading, site));
        putIfAbsent(m, "title", heading);
        putIfAbsent(m, "title", headline(doc.title(), heading, site));
        publicationDates.find(doc, markup, doc.location().isEmpty() ? null : doc.location()).ifPresent(d -> m.put("published", d));
        putIfAbsent(m, "authors", first(meta, "author", "article:author", "byl"));
        putIfAbsent(m, "outlet", first(meta, "og:site_name", "application-name"));
        putIfAbsent(m, "url", meta.get("og:url"));
        for (Element link : markup.links()) {
            if (link.attr("rel").equalsIgnoreCase("canonical") && link.hasAttr("href")) putIfAbsent(m, "url", link.absUrl("href"));
        }
        Element html = doc.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        if (!lang.isBlank()) m.put("language", lang.split("[-_]")[0].toLowerCase(Locale.ROOT));
        return m;
    }

    /** Every meta tag's content by its lower-cased name, property or itemprop; the first tag of a name wins. */
    private static Map<String, String> metaTags(PageMarkup markup) {
        Map<String, String> meta = new HashMap<>();
        for (Element e : markup.metas()) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String key : List.of("name", "property", "itemprop")) {
                String name = e.attr(key);
                if (!name.isEmpty()) meta.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
            }
        }
        return meta;
    }

    private static String first(Map<String, String> meta, String... names) {
        for (String name : names) {
            String value = meta.get(name);
            if (value != null) return value;
        }
        return null;
    }

    private static void jsonLd(PageMarkup markup, Map<String, String> m) {
        for (JsonNode root : markup.jsonLd()) {
            for (JsonNode node : articleNodes(root)) {
                putIfAbsent(m, "title", textOf(node.get("headline")));
                putIfAbsent(m, "authors", names(node.get("author")));
                JsonNode publisher = node.get("publisher");
                if (publisher != null) putIfAbsent(m, "outlet", publisher.isTextual() ? publisher.asText() : textOf(publisher.get("name")));
                putIfAbsent(m, "url", textOf(node.get("url")));
            }
        }
    }

    /** Article-like objects in a JSON-LD tree: the root, array items and @graph members whose @type ends in "Article". */
    private static List<JsonNode> articleNodes(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        List<JsonNode> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            JsonNode n = queue.remove(queue.size() - 1);
            if (n.isArray()) n.forEach(queue::add);
            if (!n.isObject()) continue;
            if (n.has("@graph")) queue.add(n.get("@graph"));
            String type = n.path("@type").isArray() ? n.path("@type").toString() : n.path("@type").asText("");
            if (type.contains("Article") || type.contains("Posting") || type.contains("Report")) found.add(n);
        }
        return found;
    }

    private static String names(JsonNode author) {
        if (author == null) return null;
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(a -> names.add(a.isTextual() ? a.asText() : a.path("name").asText("")));
        } else {
            names.add(author.isTextual() ? author.asText() : author.path("name").asText(""));
        }
        names.removeIf(String::isBlank);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * Step 2: remove what is never article text: tags that hold none; comment sections; and elements
     * named as furniture ("share-bar", "related-posts") when they look like it, short or made of links.
     * A class name alone is weak evidence ("non-paywall", "sidebar-second" wrap whole articles), so
     * long prose is never removed on its name. On a {@code discussion}'s page the comment sections stay: there they
     * are the posts.
     */
    static void prune(Document doc, boolean discussion) {
        Element body = doc.body();
        if (body == null) return;
        List<Element> unwanted = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (UNWANTED_TAGS.contains(e.normalName()) || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
                    || UNWANTED_ROLES.contains(e.attr("role"))) {
                unwanted.add(e);
            }
        }
        unwanted.forEach(Element::remove);
        Map<Element, int[]> sizes = textSizes(body);
        Map<String, Marks> marksOf = new HashMap<>(); // a page repeats its class names: read each once
        List<Element> boilerplate = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.nameIs("article") || e.nameIs("main")) continue;
            String classAndId = PublicationDates.marks(e);
            if (classAndId.isEmpty()) continue;
            Marks marks = marksOf.computeIfAbsent(classAndId, m -> marks(m, discussion));
            if (marks == Marks.ALWAYS_FURNITURE) {
                boilerplate.add(e);
            } else if (marks == Marks.FURNITURE_WHEN_SHORT) {
                int[] size = sizes.getOrDefault(e, new int[2]);
                boolean linkList = size[1] * 3 > size[0] && size[0] - size[1] < MAX_FURNITURE_PROSE_CHARS;
                if (size[0] < MAX_FURNITURE_CHARS || linkList) boilerplate.add(e); // a wrapper named "sidebar-right" may hold the article
            }
        }
        boilerplate.forEach(Element::remove);
    }

    /** What an element's class and id say of it. */
    private enum Marks { NONE, ALWAYS_FURNITURE, FURNITURE_WHEN_SHORT }

    private static Marks marks(String classAndId, boolean discussion) {
        List<String> words = classWords(classAndId);
        if (words.isEmpty()) return Marks.NONE;
        if (!discussion && namesComments(words) && !anyOf(words, LIVE_WORDS)) return Marks.ALWAYS_FURNITURE;
        if (namesAuthorBox(words)) return Marks.ALWAYS_FURNITURE;
        if (named(words, ALWAYS_FURNITURE_STEMS, List.of()) && !named(words, List.of("article", "story"), List.of())) {
            return Marks.ALWAYS_FURNITURE;
        }
        boolean furniture = named(words, FURNITURE_STEMS, FURNITURE_PREFIXES) || anyOf(words, FURNITURE_WORDS);
        return furniture && !named(words, CONTENT_STEMS, List.of()) ? Marks.FURNITURE_WHEN_SHORT : Marks.NONE;
    }

    /**
     * "author-bio", "post-author-box", "autor-info": the box about the writer under an article is prose,
     * and its name also says "post" or "content", so only both words tell it.
     */
    private static boolean namesAuthorBox(List<String> words) {
        boolean author = false;
        for (String w : words) author |= w.contains("author") || w.startsWith("autor");
        return author && anyOf(words, AUTHOR_BOX_WORDS);
    }

    /** "comments", "commentaires", "commentlist", "kommentare", but not "commentary": an opinion piece is an article. */
    private static boolean namesComments(List<String> words) {
        for (String w : words) {
            if (COMMENT_WORDS.contains(w) || w.startsWith("comment") && !w.startsWith("commentar")) return true;
        }
        return false;
    }

    private static boolean anyOf(List<String> words, List<String> wanted) {
        for (String w : words) if (wanted.contains(w)) return true;
        return false;
    }

    /** The words of an element's class and id, lower case: "article-share_bar" → article, share, bar. */
    private static List<String> classWords(String marks) {
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= marks.length(); i++) {
            boolean letter = i < marks.length() && Character.isLetterOrDigit(marks.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                words.add(marks.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static boolean named(List<String> words, List<String> stems, List<String> prefixes) {
        for (String w : words) {
            for (String stem : stems) if (w.contains(stem)) return true;
            for (String prefix : prefixes) if (w.startsWith(prefix)) return true;
        }
        return false;
    }

    /**
     * Each element's text length and link-text length, in one pass over the tree: text counts toward its
     * parent, and each element hands its totals to its own parent when the walk leaves it.
     */
    static Map<Element, int[]> textSizes(Element root) {
        Map<Element, int[]> sizes = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("a")) linkDepth++;
                if (!(node instanceof TextNode t) || !(t.parent() instanceof Element parent)) return;
                int length = TextBlocks.collapsedLength(t.getWholeText());
                if (length == 0) return;
                int[] size = sizes.computeIfAbsent(parent, k -> new int[2]);
                size[0] += length;
                if (linkDepth > 0) size[1] += length;
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                if (e.nameIs("a")) linkDepth--;
                int[] size = sizes.get(e);
                if (size == null || e == root || !(e.parent() instanceof Element parent)) return;
                int[] up = sizes.computeIfAbsent(parent, k -> new int[2]);
                up[0] += size[0];
                up[1] += size[1];
            }
        }, root);
        return sizes;
    }

    /** Step 3: the element whose blocks hold most of the prose, scored from each block up to its ancestors, plus siblings that score almost as well. */
    static Set<Element> mainContainers(Element body, List<TextBlocks.Block> blocks) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (TextBlocks.Block b : blocks) {
            if (b.text().length() < MIN_PARAGRAPH_CHARS || b.linkDensity() > 0.5) continue;
            double s = (1 + commas(b.text()) + Math.min(3, b.text().length() / 100.0)) * (1 - b.linkDensity()) * weightOf(b);
            Element e = PARAGRAPH_TAGS.contains(b.element().normalName()) ? b.element().parent() : b.element();
            for (int level = 1; e != null && level <= 3; level++, e = e.parent()) score.merge(e, s / level, Double::sum);
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            boolean contentNamed = e.getKey().nameIs("article") || e.getKey().nameIs("main") || named(classWords(PublicationDates.marks(e.getKey())), CONTENT_STEMS, List.of());
            double s = e.getValue() * (contentNamed ? 1.25 : 1.0);
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        best = majorityRegion(widen(best, body, blocks), body, blocks);
        Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.add(best);
        Element parent = best.parent();
        if (parent != null && best != body) {
            double threshold = Math.max(10, bestScore * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling != best && score.getOrDefault(sibling, 0.0) >= threshold) chosen.add(sibling);
            }
        }
        return chosen;
    }

    /**
     * The best-scored element often holds the body but not its lead, or one section of several: climb to
     * the parent while what the parent adds is mostly prose (not link lists) and less than what we have.
     */
    private static Element widen(Element best, Element body, List<TextBlocks.Block> blocks) {
        Map<Element, int[]> chars = new IdentityHashMap<>(); // element → {prose chars, all chars} of the blocks inside it
        for (TextBlocks.Block b : blocks) {
            int all = b.text().length();
            int prose = b.linkDensity() <= 0.3 && all >= MIN_PARAGRAPH_CHARS ? all : 0;
            for (Element e = b.element(); e != null; e = e.parent()) {
                int[] c = chars.computeIfAbsent(e, k -> new int[2]);
                c[0] += prose;
                c[1] += all;
                if (e == body) break;
            }
        }
        Element current = best;
        for (int level = 0; level < MAX_WIDENING && current != body && current.parent() != null; level++) {
            int[] inner = chars.getOrDefault(current, new int[2]);
            int[] outer = chars.getOrDefault(current.parent(), new int[2]);
            int addedProse = outer[0] - inner[0];
            int addedAll = outer[1] - inner[1];
            if (addedAll == 0) {
                current = current.parent();
                continue;
            }
            if (addedProse * 2 < addedAll) break;
            current = current.parent();
        }
        return current;
    }

    /**
     * An article split into sections (accordions, page-builder rows) leaves the best-scored element with a
     * fraction of it: when the deepest element holding most of the page's prose contains it and a
     * quarter of that prose lies outside it, that element is the article.
     */
    private static Element majorityRegion(Element best, Element body, List<TextBlocks.Block> blocks) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        int total = 0;
        for (TextBlocks.Block b : blocks) {
            if (!isLeadProse(b)) continue;
            int n = b.text().length();
            total += n;
            for (Element e = b.element(); e != null; e = e.parent()) {
                prose.merge(e, n, Integer::sum);
                if (e == body) break;
            }
        }
        Element region = body;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : region.children()) {
                if (prose.getOrDefault(child, 0) >= MAJORITY * total) {
                    region = child;
                    descended = true;
                    break;
                }
            }
        }
        boolean contains = false;
        for (Element e = best; e != null; e = e.parent()) contains |= e == region;
        if (contains && region != body && prose.getOrDefault(best, 0) * 4 < prose.getOrDefault(region, 0) * 3) return region;
        return best;
    }

    /**
     * Step 4: the chosen containers' blocks in document order, without link lists, furniture, bare dates
     * and names (bylines), and without headings that introduce no text (the "related articles" heading
     * over a list of links).
     */
    List<String> paragraphs(List<TextBlocks.Block> blocks, Set<Element> containers) {
        List<TextBlocks.Block> kept = new ArrayList<>();
        boolean[] in = articleBlocks(blocks, containers);
        for (int i = 0; i < blocks.size(); i++) {
            if (!in[i]) continue;
            TextBlocks.Block b = blocks.get(i);
            String t = b.text();
            if (b.linkDensity() > 0.5 && !b.isHeading()) continue;
            if (t.length() < MIN_BLOCK_CHARS && !b.isHeading() && !isCell(b) && !SENTENCE_END.matcher(t).find() && b.linkChars() > 0) continue;
            if (t.length() <= MAX_FURNITURE_LINE_CHARS && (Furniture.kindOf(t) != null || isDateLine(t))) continue;
            kept.add(b);
        }
        dropBylines(kept);
        trimLooseEnds(kept);
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < kept.size(); i++) {
            TextBlocks.Block b = kept.get(i);
            if (isHeadingLike(b) && (i + 1 == kept.size() || isHeadingLike(kept.get(i + 1)))) continue;
            if (seen.add(b.text())) out.add(b.text());
        }
        return out;
    }

    /**
     * The blocks of the article: those inside the chosen containers, grown in reading order over the
     * prose right before them (a lead set in the header) and right after them (a last paragraph in its
     * own box), as far as the text goes on without links or furniture.
     */
    private static boolean[] articleBlocks(List<TextBlocks.Block> blocks, Set<Element> containers) {
        boolean[] in = new boolean[blocks.size()];
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            in[i] = inside(blocks.get(i).element(), containers);
            if (in[i] && first < 0) first = i;
            if (in[i]) last = i;
        }
        if (first < 0) return in;
        for (int i = first - 1, skipped = 0; i >= 0 && skipped <= MAX_SKIPPED; i--) {
            TextBlocks.Block b = blocks.get(i);
            if (isLeadProse(b)) {
                in[i] = true;
                skipped = 0;
            } else if (b.isHeading() || b.text().length() < MAX_LABEL_CHARS && b.linkDensity() == 0) {
                skipped++;
            } else {
                break;
            }
        }
        for (int i = last + 1; i < blocks.size() && isClosingProse(blocks.get(i)); i++) in[i] = true;
        return in;
    }

    private static boolean isLeadProse(TextBlocks.Block b) {
        return b.text().length() >= LEAD_CHARS && b.linkDensity() < 0.2 && SENTENCE_END.matcher(b.text()).find();
    }

    private static boolean isClosingProse(TextBlocks.Block b) {
        return b.text().length() >= 2 * LEAD_CHARS && b.linkDensity() < 0.1 && SENTENCE_END.matcher(b.text()).find();
    }

    /**
     * A listing's or a shop's grid's text is the whole list, not the one card that holds the most prose: every
     * block of the cards' parent (titles, which are links, dates, teasers, prices), with the prose found before.
     * The cards repeat their labels and values ("Seasons:", "3-season"): each card keeps its own; a repeated
     * link ("Learn more") is a call to act, kept once, and the prose found outside the list is kept once.
     */
    static List<String> wholeList(List<TextBlocks.Block> blocks, List<String> found, Element list) {
        Set<String> prose = new HashSet<>(found);
        Set<String> seen = new HashSet<>();
        List<String> text = new ArrayList<>();
        Set<Element> inList = Set.of(list);
        for (TextBlocks.Block b : blocks) {
            if (inside(b.element(), inList)) {
                boolean repeatedLink = !seen.add(b.text()) && b.linkDensity() > 0.5;
                if (!repeatedLink && Furniture.kindOf(b.text()) == null) text.add(b.text());
            } else if (prose.remove(b.text())) {
                text.add(b.text());
            }
        }
        return text;
    }

    /**
     * Rescue when the container step under-delivers (trafilatura's baseline): every prose block of the
     * page, if together they say more than what was found.
     */
    private static List<String> baseline(List<TextBlocks.Block> blocks, List<String> found) {
        List<String> prose = new ArrayList<>();
        for (TextBlocks.Block b : blocks) {
            if (isLeadProse(b) && Furniture.kindOf(b.text()) == null && !prose.contains(b.text())) prose.add(b.text());
        }
        return length(prose) > length(found) ? prose : found;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += p.length();
        return n;
    }

    /** A heading, or a short label introducing what follows ("Weitere Informationen:", "Telefon:"). */
    private static boolean isHeadingLike(TextBlocks.Block b) {
        String t = b.text();
        return b.isHeading();
    }

    /**
     * An article ends on text, not on a stray short line: short blocks after the last sentence
     * ("Credit:", "Kommentare geschlossen", a signature link) are the page's, so they go.
     */
    private static void trimLooseEnds(List<TextBlocks.Block> kept) {
        while (!kept.isEmpty()) {
            TextBlocks.Block last = kept.get(kept.size() - 1);
            String t = last.text();
            if (t.length() >= MAX_LABEL_CHARS || (SENTENCE_END.matcher(t).find() && !t.endsWith(":")) || isCell(last)) break;
            kept.remove(kept.size() - 1);
        }
    }

    /** "27.01.2022", "Erstellt am 6. Mai 2014": a date printed in the flow of the article. */
    private boolean isDateLine(String t) {
        if (t.length() > 60) return false;
        return dates.find(t).map(d -> TextCaptureExtractor.wordCount(t.substring(0, d.start()) + t.substring(d.end())) <= 3).orElse(false);
    }

    /**
     * A name standing alone at the top or the bottom of the article is its byline or signature; in the
     * middle, a line of capitalised words is a subheading ("Praktiziere Dankbarkeit" has a name's shape).
     */
    private static void dropBylines(List<TextBlocks.Block> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            boolean atAnEnd = i < BYLINE_REACH || i >= kept.size() - BYLINE_REACH;
            String t = kept.get(i).text();
            if (atAnEnd && t.length() <= 60 && Bylines.isPersonName(t) && t.split("\\s+").length <= 4) kept.remove(i);
        }
    }

    /** Table cells and list items inside the article are data: short is normal for them. */
    private static boolean isCell(TextBlocks.Block b) {
        String tag = b.element().normalName();
        return tag.equals("td") || tag.equals("th") || tag.equals("li");
    }

    private static boolean inside(Element e, Set<Element> containers) {
        for (Element x = e; x != null; x = x.parent()) {
            if (containers.contains(x)) return true;
        }
        return false;
    }

    /** List items and table cells are often teasers and data, not prose: they count less toward a container. */
    private static double weightOf(TextBlocks.Block b) {
        return switch (b.element().normalName()) {
            case "li", "dd", "dt" -> 0.3;
            case "td", "th" -> 0.5;
            default -> 1.0;
        };
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == ',') n++;
        return n;
    }

    private static List<String> authors(String raw) {
        if (raw == null) return List.of();
        Set<String> people = new LinkedHashSet<>();
        for (String candidate : raw.split("\\s*(?:,|;|\\bet\\b|\\band\\b|&)\\s*")) {
            if (Bylines.isPersonName(candidate)) people.add(candidate.strip());
        }
        return List.copyOf(people);
    }

    /**
     * The headline a page title carries: the page's heading when the title is that heading followed by
     * a separator and more ("Headline | Section | Outlet | 23.05.2011"), else the title without its site suffix.
     */
    static String headline(String title, String heading, String siteName) {
        if (title != null && heading != null && heading.length() >= MIN_HEADING_CHARS && title.startsWith(heading)) {
            String rest = title.substring(heading.length());
            for (String sep : TITLE_SEPARATORS) if (rest.startsWith(sep)) return heading;
        }
        return stripSiteSuffix(title, siteName);
    }

    static String stripSiteSuffix(String title, String siteName) {
        if (title == null || title.isBlank()) return null;
        // some sites escape their titles twice: "&quot;" survives the parser's own decoding
        String t = (title.indexOf('&') >= 0 ? Parser.unescapeEntities(title, false) : title).strip();
        if (siteName != null && !siteName.isBlank()) {
            for (String sep : TITLE_SEPARATORS) {
                if (t.endsWith(sep + siteName)) return t.substring(0, t.length() - sep.length() - siteName.length()).strip();
                if (t.startsWith(siteName + sep)) return t.substring(siteName.length() + sep.length()).strip();
            }
        }
        return TITLE_SUFFIX.matcher(t).replaceFirst("").strip();
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static String textOf(JsonNode n) {
        return n == null || n.isNull() ? null : n.isTextual() ? n.asText() : null;
    }

    private static void putIfAbsent(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) m.putIfAbsent(key, value.strip());
    }
}
