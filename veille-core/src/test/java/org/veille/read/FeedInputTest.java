// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.read.Collected.Note;

/** RSS and Atom feeds: one plain-text record per item, with its title, link and date. */
class FeedInputTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsRssItemsPreferringContentEncoded() throws IOException {
        Path file = write("feed.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>Le journal</title>
                    <link>https://news.example/</link>
                    <item>
                      <title>Grève &amp; manifestation</title>
                      <link>https://news.example/greve</link>
                      <pubDate>Wed, 06 Nov 2024 08:30:00 +0100</pubDate>
                      <dc:creator>Jeanne Martin</dc:creator>
                      <description>Résumé court.</description>
                      <content:encoded><![CDATA[<p>Premier   paragraphe, <b>gras</b>.</p><div>Deuxième<br/>ligne</div>
                        <ul><li>un</li><li>deux</li></ul>]]></content:encoded>
                    </item>
                    <item>
                      <title>Sans contenu encodé</title>
                      <guid>42</guid>
                      <dc:date>2024-11-07</dc:date>
                      <description>&lt;p&gt;Échappé&lt;/p&gt;&lt;p&gt;en HTML&lt;/p&gt;</description>
                    </item>
                    <item><title>Vide</title><description>  </description></item>
                  </channel>
                </rss>
                """);

        Collected read = Collected.read(file);

        assertThat(read.captures).containsExactly(
                new Capture(file + "#1", Capture.Format.RECORD,
                        "Premier paragraphe, gras.\n\nDeuxième\nligne\n\nun\n\ndeux",
                        "https://news.example/greve", "Grève & manifestation", "Wed, 06 Nov 2024 08:30:00 +0100", null),
                new Capture(file + "#2", Capture.Format.RECORD, "Échappé\n\nen HTML", null, "Sans contenu encodé",
                        "2024-11-07", null));
        assertThat(read.failures).containsExactly(new Note(file + "#3", "item 3: no content"));
    }

    @Test
    void readsAtomEntries() throws IOException {
        Path file = write("feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Le journal</title>
                  <link href="https://news.example/"/>
                  <entry>
                    <title type="html">L&apos;&lt;em&gt;accord&lt;/em&gt;</title>
                    <link rel="edit" href="https://news.example/edit/1"/>
                    <link rel="alternate" type="text/html" href="https://news.example/accord"/>
                    <published>2024-11-06T08:30:00Z</published>
                    <updated>2024-11-06T09:00:00Z</updated>
                    <author><name>Jeanne Martin</name></author>
                    <summary>Le résumé</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Texte complet.</p><p>Suite.</p></div></content>
                  </entry>
                  <entry>
                    <title>Seulement un résumé</title>
                    <link href="https://news.example/resume"/>
                    <updated>2024-11-05T10:00:00Z</updated>
                    <summary type="text">Un résumé
                simple.</summary>
                  </entry>
                </feed>
                """);

        Collected read = Collected.read(file);

        assertThat(read.failures).isEmpty();
        assertThat(read.captures).containsExactly(
                new Capture(file + "#1", Capture.Format.RECORD, "Texte complet.\n\nSuite.", "https://news.example/accord",
                        "L'accord", "2024-11-06T08:30:00Z", null),
                new Capture(file + "#2", Capture.Format.RECORD, "Un résumé\nsimple.", "https://news.example/resume",
                        "Seulement un résumé", "2024-11-05T10:00:00Z", null));
    }

    @Test
    void readsLatin1FeedsAndGzippedXml() throws IOException {
        byte[] xml = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><item><title>Noël</title><description>Fête</description></item></channel></rss>
                """.getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin.xml.gz"), CaptureReaderTest.gzip(xml));

        Collected read = Collected.read(file);

        assertThat(read.only()).extracting(Capture::title, Capture::content).containsExactly("Noël", "Fête");
        assertThat(read.warnings).isEmpty();
    }

    @Test
    void failsXmlThatIsNotAFeed() throws IOException {
        Path sitemap = write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x</loc></url></urlset>");
        Path html = write("page.xml", "<html><body><p>not a feed</p></body></html>");

        assertThat(Collected.read(sitemap, html).failures).containsExactly(
                new Note(sitemap.toString(), "not an RSS or Atom feed"),
                new Note(html.toString(), "not an RSS or Atom feed"));
    }

    @Test
    void warnsAboutAFeedWithoutItems() throws IOException {
        Path file = write("empty.rss", "<rss><channel><title>Rien</title></channel></rss>");

        Collected read = Collected.read(file);

        assertThat(read.captures).isEmpty();
        assertThat(read.failures).isEmpty();
        assertThat(read.warnings).containsExactly(new Note(file.toString(), "feed has no items"));
    }
    @Test
    void refusesFeedsDeclaringEntitiesSoNoFileNorExpansionLeaksIn() throws IOException {
        Path xxe = write("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel>
                  <item><title>Fuite &xxe;</title><description>Le contenu &xxe; est ici.</description></item>
                </channel></rss>
                """);
        String laughs = "<!ENTITY lol \"lol\">\n" + java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "<!ENTITY lol" + i + " \"" + ("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10) + "\">\n")
                .collect(java.util.stream.Collectors.joining());
        Path billion = write("laughs.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + laughs + "]>\n"
                + "<rss version=\"2.0\"><channel><item><title>Rires</title><description>&lol9;</description></item></channel></rss>\n");
        Path plain = write("plain.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><item><title>Ancien format</title><description>Un texte &amp; rien d'autre.</description></item></channel></rss>
                """);

        Collected read = Collected.read(xxe, billion, plain);

        String refused = "declares XML entities, which are not read (external files and entity expansion are refused)";
        assertThat(read.failures).containsExactly(new Note(xxe.toString(), refused), new Note(billion.toString(), refused));
        assertThat(read.captures).extracting(Capture::content).containsExactly("Un texte & rien d'autre.");
    }

    @Test
    void listsItemsWithTheDateEachLastChanged() throws ReadFailure {
        assertThat(FeedInput.items("""
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                  <item><link>https://news.example/a</link><pubDate>Wed, 06 Nov 2024 08:30:00 +0100</pubDate>
                    <atom:updated>2024-11-06T10:00:00+01:00</atom:updated></item>
                  <item><link>https://news.example/b</link><pubDate>Wed, 06 Nov 2024 09:00:00 +0100</pubDate></item>
                  <item><link>https://news.example/c</link></item>
                </channel></rss>""")).containsExactly(
                new FeedItem("https://news.example/a", "2024-11-06T10:00:00+01:00"),
                new FeedItem("https://news.example/b", "Wed, 06 Nov 2024 09:00:00 +0100"),
                new FeedItem("https://news.example/c", null));
        assertThat(FeedInput.items("""
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://news.example/d"/>
                  <published>2024-11-06T08:00:00Z</published><updated>2024-11-06T09:15:00Z</updated></entry></feed>"""))
                .containsExactly(new FeedItem("https://news.example/d", "2024-11-06T09:15:00Z"));
        assertThat(FeedInput.items("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc> https://news.example/e </loc><lastmod>2024-11-06</lastmod></url>
                  <url><loc>https://news.example/f</loc>
                    <news:news><news:publication_date>2024-11-05T07:00:00Z</news:publication_date></news:news></url>
                </urlset>""")).containsExactly(new FeedItem("https://news.example/e", "2024-11-06"),
                new FeedItem("https://news.example/f", "2024-11-05T07:00:00Z"));
    }
}
