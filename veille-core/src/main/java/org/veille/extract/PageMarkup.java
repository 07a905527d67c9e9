// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements of a page its metadata are read from, gathered in one walk, with its JSON-LD parsed once.
 * Title, authors, outlet and each step of the date cascade used to look their tags up on their own, and
 * each lookup walked the whole page: a sixth of the extraction's time.
 *
 * @param metas        the {@code meta} elements
 * @param links        the {@code link} elements
 * @param firstHeading the first {@code h1}, or null
 * @param dateMarkup   elements whose markup states a date: {@code time[datetime]}, microdata or RDFa
 *                     {@code datePublished}/{@code dateCreated}, {@code abbr.published[title]}, {@code [pubdate]}
 * @param jsonLd       the JSON-LD blocks that parse
 * @param brokenJsonLd the JSON-LD blocks that do not, as text (their dates can still be read by pattern)
 */
record PageMarkup(List<Element> metas, List<Element> links, Element firstHeading, List<Element> dateMarkup,
                  List<JsonNode> jsonLd, List<String> brokenJsonLd) {

    /** Pages write JSON-LD by hand: unescaped line breaks, trailing commas, comments and single quotes are common. */
    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    static PageMarkup of(Document doc) {
        List<Element> metas = new ArrayList<>();
        List<Element> links = new ArrayList<>();
        List<Element> dateMarkup = new ArrayList<>();
        List<JsonNode> jsonLd = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Element firstHeading = null;
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "meta" -> metas.add(e);
                case "link" -> links.add(e);
                case "h1" -> firstHeading = firstHeading == null ? e : firstHeading;
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) parse(e.data(), jsonLd, broken);
                }
                default -> {
                }
            }
            if (e.attributesSize() > 0 && statesDate(e)) dateMarkup.add(e);
        }
        return new PageMarkup(metas, links, firstHeading, dateMarkup, jsonLd, broken);
    }

    private static void parse(String data, List<JsonNode> parsed, List<String> broken) {
        if (data.isBlank()) return;
        try {
            parsed.add(LENIENT_JSON.readTree(data));
        } catch (Exception e) {
            broken.add(data); // JSON-LD is optional: a broken block must not lose the page
        }
    }

    /** The selector {@code time[datetime], [itemprop=datePublished], …} written out: one test per element, no query. */
    private static boolean statesDate(Element e) {
        if (e.hasAttr("pubdate")) return true;
        if (e.nameIs("time") && e.hasAttr("datetime")) return true;
        if (e.nameIs("abbr") && e.hasClass("published") && e.hasAttr("title")) return true;
        String itemprop = e.attr("itemprop").trim();
        if (itemprop.equalsIgnoreCase("datePublished") || itemprop.equalsIgnoreCase("dateCreated")) return true;
        String property = e.attr("property").toLowerCase(Locale.ROOT);
        return property.endsWith("datepublished") || property.endsWith("datecreated");
    }
}
