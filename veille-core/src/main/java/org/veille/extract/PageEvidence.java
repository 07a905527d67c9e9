// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's structure says of its kind, read for {@link PageTypeRules}: the schema.org types and og:type
 * it declares, its code blocks and price marks, whether it is dated, how much of its content is links and
 * prose, and the largest run of same-shaped sibling blocks in its content (the cards of a listing or a shop's
 * grid). {@link #declared} reads the whole page before pruning; {@link #withContent} adds what the pruned body holds.
 *
 * @param schemaTypes schema.org types of its JSON-LD objects (at any depth) and of its microdata
 * @param ogType      the og:type meta, lower case, or ""
 * @param codeBlocks  {@code pre} elements
 * @param priceMarks  elements named or marked as a price (a class or id word with "price", itemprop=price)
 * @param dated       whether the page states when it was published
 * @param bylined     whether the page names its writer
 * @param timeMarks   {@code time} elements (a post's or an article's date set in markup)
 * @param controls    buttons and links styled as buttons: a page's calls to act
 * @param bodyChars   text characters of the pruned body
 * @param words       words of the pruned body
 * @param headings    headings of the pruned body
 * @param linkChars   of which inside links
 * @param proseChars  characters in blocks of prose (long, few links)
 * @param cards       the run of same-shaped siblings holding the most text in the pruned body, or {@link Run#NONE}
 */
record PageEvidence(Set<String> schemaTypes, String ogType, int codeBlocks, int priceMarks, boolean dated, boolean bylined,
                    int timeMarks, int controls, int bodyChars, int words, int headings, int linkChars, int proseChars, Run cards) {

    /**
     * Siblings of one shape (same tag, same first class) under one parent.
     *
     * @param parent      the element they are children of, null for {@link #NONE}
     * @param members     how many siblings
     * @param chars       their text characters together
     * @param linkChars   of which inside links
     * @param withHeading members holding a heading
     * @param withPrice   members whose text shows a price
     */
    record Run(Element parent, int members, int chars, int linkChars, int withHeading, int withPrice) {
        static final Run NONE = new Run(null, 0, 0, 0, 0, 0);

        int meanChars() {
            return members == 0 ? 0 : chars / members;
        }

        double linkShare() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** The text sizes of an element that holds none. */
    private static final int[] NO_TEXT = new int[2];
    /** Fewer siblings of one shape than this are a layout (two columns, three features), not a list. */
    static final int MIN_RUN = 4;
    /** A block of prose: at least this long... */
    private static final int PROSE_CHARS = 80;
    /** ...with at most this share of link text. */
    private static final double PROSE_LINK_SHARE = 0.2;
    /** A currency sign or code next to an amount: "$49.99", "49,99 €", "EUR 12". */
    private static final Pattern PRICE = Pattern.compile("[$€£¥₹]\\s?\\d|\\d\\s?[$€£¥₹]|\\b(?:USD|EUR|GBP|CHF|CAD|AUD)\\s?\\d");

    /** The evidence of the whole page before pruning: what it declares, its code, price marks, dates in markup and buttons. */
    static PageEvidence declared(Document doc, PageMarkup markup, boolean dated, boolean bylined) {
        Set<String> types = new HashSet<>();
        markup.jsonLd().forEach(root -> collectTypes(root, types));
        String ogType = "";
        for (Element meta : markup.metas()) {
            if (meta.attr("property").equalsIgnoreCase("og:type")) ogType = meta.attr("content").strip().toLowerCase(Locale.ROOT);
        }
        int code = 0;
        int prices = 0;
        int times = 0;
        int controls = 0;
        for (Element e : doc.getAllElements()) {
            if (e.nameIs("pre")) code++;
            if (e.nameIs("time")) times++;
            if (e.nameIs("button") || e.nameIs("input") && e.attr("type").equalsIgnoreCase("submit")) controls++;
            if (e.attributesSize() == 0) continue;
            if (e.nameIs("a") && (e.className().contains("btn") || e.className().contains("button"))) controls++;
            String itemtype = e.attr("itemtype");
            if (!itemtype.isEmpty()) types.add(itemtype.substring(itemtype.lastIndexOf('/') + 1));
            if (e.attr("itemprop").equals("price") || PublicationDates.marks(e).contains("price")) prices++;
        }
        return new PageEvidence(Set.copyOf(types), ogType, code, prices, dated, bylined, times, controls, 0, 0, 0, 0, 0, Run.NONE);
    }

    /** This evidence with what the pruned body holds: its text, its prose, its largest run of same-shaped siblings. */
    PageEvidence withContent(Element body, List<TextBlocks.Block> blocks, Map<Element, int[]> sizes) {
        int[] total = sizes.getOrDefault(body, NO_TEXT);
        int prose = 0;
        int words = 0;
        int headings = 0;
        for (TextBlocks.Block b : blocks) {
            if (b.text().length() >= PROSE_CHARS && b.linkDensity() <= PROSE_LINK_SHARE) prose += b.text().length();
            words += wordCount(b.text());
            if (b.isHeading()) headings++;
        }
        return new PageEvidence(schemaTypes, ogType, codeBlocks, priceMarks, dated, bylined, timeMarks, controls, total[0], words, headings,
                total[1], prose, largestRun(body, sizes));
    }

    /** Whether the page declares one of these schema.org types. */
    boolean declares(String... types) {
        for (String t : types) if (schemaTypes.contains(t)) return true;
        return false;
    }

    /** Share of the pruned body's text inside links. */
    double linkShare() {
        return bodyChars == 0 ? 0 : (double) linkChars / bodyChars;
    }

    /** Words of the pruned body per heading: short sections of an offer, or the long stretches of an article. */
    double wordsPerHeading() {
        return (double) words / Math.max(1, headings);
    }

    /** A block's words: its runs of spaces plus one (blocks have their spaces collapsed). */
    private static int wordCount(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ' ') n++;
        return n;
    }

    /** Share of the pruned body's text in blocks of prose. */
    double proseShare() {
        return bodyChars == 0 ? 0 : (double) proseChars / bodyChars;
    }

    private static void collectTypes(JsonNode node, Set<String> types) {
        if (node.isArray()) {
            node.forEach(n -> collectTypes(n, types));
        } else if (node.isObject()) {
            JsonNode type = node.get("@type");
            if (type != null && type.isTextual()) types.add(type.asText());
            if (type != null && type.isArray()) type.forEach(t -> types.add(t.asText()));
            node.forEach(n -> collectTypes(n, types));
        }
    }

    /**
     * The run of same-shaped siblings holding the most text, over every parent of the pruned body. Siblings are
     * grouped by comparing each with the first of every group so far: a parent has few shapes, and no key is built.
     */
    private static Run largestRun(Element body, Map<Element, int[]> sizes) {
        List<Element> best = List.of();
        Element bestParent = null;
        int bestChars = 0;
        List<List<Element>> groups = new ArrayList<>();
        for (Element parent : body.getAllElements()) {
            if (parent.childrenSize() < MIN_RUN) continue;
            groups.clear();
            for (Element child : parent.children()) {
                List<Element> group = null;
                for (List<Element> g : groups) {
                    if (sameShape(g.getFirst(), child)) {
                        group = g;
                        break;
                    }
                }
                if (group == null) groups.add(group = new ArrayList<>());
                group.add(child);
            }
            for (List<Element> run : groups) {
                if (run.size() < MIN_RUN) continue;
                int chars = 0;
                for (Element e : run) chars += sizes.getOrDefault(e, NO_TEXT)[0];
                if (chars > bestChars) {
                    best = run;
                    bestParent = parent;
                    bestChars = chars;
                }
            }
        }
        int links = 0, withHeading = 0, withPrice = 0;
        for (Element e : best) {
            int[] size = sizes.getOrDefault(e, NO_TEXT);
            links += size[1];
            if (e.selectFirst("h1, h2, h3, h4, h5, h6") != null) withHeading++;
            if (size[0] > 0 && PRICE.matcher(e.text()).find()) withPrice++;
        }
        return new Run(bestParent, best.size(), bestChars, links, withHeading, withPrice);
    }

    /** Whether two siblings have one shape: the same tag and the same first class. */
    private static boolean sameShape(Element a, Element b) {
        if (!a.normalName().equals(b.normalName())) return false;
        String x = a.className();
        String y = b.className();
        int xEnd = x.indexOf(' ') < 0 ? x.length() : x.indexOf(' ');
        int yEnd = y.indexOf(' ') < 0 ? y.length() : y.indexOf(' ');
        return xEnd == yEnd && x.regionMatches(0, y, 0, xEnd);
    }
}
