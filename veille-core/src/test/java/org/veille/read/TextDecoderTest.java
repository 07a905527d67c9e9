// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.veille.read.Collected.Note;

/** Charset detection: byte-order marks, declarations, validation, and the warnings when guessing. */
class TextDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private String decode(byte[] bytes, String transport, boolean markup) throws ReadFailure {
        return TextDecoder.decode(bytes, transport, markup, warnings::add);
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void aReceivedBodyHoldsTextWhenTheReadersWouldDecodeIt() {
        String page = "<html><body><p>Le Conseil a voté, écrit-il.</p></body></html>";
        assertThat(CaptureReader.holdsText(page.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(CaptureReader.holdsText(page.getBytes(StandardCharsets.UTF_16LE))).as("UTF-16 without a mark").isTrue();
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);
        assertThat(CaptureReader.holdsText(noise)).as("random bytes, as a garbled transfer gives").isFalse();
    }

    @Test
    void stripsUtf8ByteOrderMarkFromAFile() throws IOException {
        Path file = Files.write(dir.resolve("bom.txt"),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Écrit en UTF-8".getBytes(StandardCharsets.UTF_8)));

        Collected read = Collected.read(file);

        assertThat(read.only().content()).isEqualTo("Écrit en UTF-8");
        assertThat(read.warnings).isEmpty();
    }

    @Test
    void decodesUtf16WithByteOrderMarksDespiteTheirNulBytes() throws IOException {
        String text = "Élysée: « bonjour » €\r\nfin";
        Path le = Files.write(dir.resolve("le.txt"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = Files.write(dir.resolve("be.html"),
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));

        Collected read = Collected.read(le, be);

        assertThat(read.failures).isEmpty();
        assertThat(read.captures).extracting(Capture::content)
                .containsExactly("Élysée: « bonjour » €\nfin", "Élysée: « bonjour » €\nfin");
        assertThat(read.warnings).isEmpty();
    }

    /** From the shared example of L'Écho de la Sarnelle: accents, ligature, typographic quotes, euro sign. */
    private static final String FRENCH = """
            Une fissure de plusieurs mètres a été découverte lundi matin sur le parement aval du barrage             de la Sarnelle, à Valbrune. « Nous ne prenons aucun risque », a déclaré la préfète ;             l’œuvre, qui a coûté 12 millions d’euros, sera inspectée dès mercredi.
            Les habitants du hameau des Aubiers ont été évacués vers la salle des fêtes.""";

    @Test
    void decodesUtf16AndUtf32WithOrWithoutByteOrderMarks() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            byte[] bytes = FRENCH.getBytes(Charset.forName(name));
            byte[] bom = "\uFEFF".getBytes(Charset.forName(name));
            files.add(Files.write(dir.resolve(name + "-bom.txt"), concat(bom, bytes)));
            files.add(Files.write(dir.resolve(name + ".txt"), bytes));
            files.add(Files.write(dir.resolve(name + ".html"), ("<p>" + FRENCH + "</p>").getBytes(Charset.forName(name))));
        }
        String latin1Only = "Le pont de Valbrune rouvre enfin.\n\nAprès dix-huit mois de travaux, « c'est un soulagement ».";
        Path latin1 = Files.write(dir.resolve("latin1-only.txt"), latin1Only.getBytes(StandardCharsets.UTF_16LE));
        files.add(latin1); // every high byte NUL: half of all bytes, which is not UTF-32's three in four

        Collected read = Collected.read(files.toArray(Path[]::new));

        assertThat(read.failures).isEmpty();
        assertThat(read.captures.subList(0, 12)).allSatisfy(c -> assertThat(c.content()).contains(FRENCH));
        assertThat(read.captures.get(12).content()).isEqualTo(latin1Only);
        assertThat(read.warnings).extracting(Note::source).containsExactly(
                files.get(1).toString(), files.get(2).toString(), files.get(4).toString(), files.get(5).toString(),
                files.get(7).toString(), files.get(8).toString(), files.get(10).toString(), files.get(11).toString(),
                latin1.toString());
        assertThat(read.warnings.getFirst().message())
                .isEqualTo("no byte-order mark; decoded as UTF-16LE from where its NUL bytes fall");
    }

    @Test
    void stillRefusesBinaryWhoseNulBytesFallLikeUtf16() {
        byte[] counters = new byte[4096];
        for (int i = 0; i < counters.length; i += 2) {
            counters[i] = (byte) (i % 31); // 16-bit little-endian integers: control characters once decoded
        }
        assertThatThrownBy(() -> decode(counters, null, false)).isInstanceOf(ReadFailure.class)
                .hasMessage("binary content, not text");
    }

    @Test
    void honoursMetaCharsetIso88591AsWindows1252() throws IOException {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head><body>Prix : 5 €</body></html>";
        Path file = Files.write(dir.resolve("latin.html"), html.getBytes(WINDOWS_1252));

        Collected read = Collected.read(file);

        assertThat(read.only().content()).isEqualTo(html);
        assertThat(read.warnings).isEmpty();
    }

    @Test
    void honoursMetaHttpEquivContentType() throws ReadFailure {
        String html = "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-15'><p>Œuvre €</p>";

        assertThat(decode(html.getBytes(Charset.forName("ISO-8859-15")), null, true)).isEqualTo(html);
        assertThat(warnings).isEmpty();
    }

    @Test
    void prefersUtf8OverADeclaredLegacyCharsetAndWarns() throws IOException {
        String html = "<meta charset=iso-8859-1><p>Déclaré latin, écrit en UTF-8</p>";
        Path file = Files.write(dir.resolve("wrong.html"), html.getBytes(StandardCharsets.UTF_8));

        Collected read = Collected.read(file);

        assertThat(read.only().content()).isEqualTo(html);
        assertThat(read.warnings).containsExactly(
                new Note(file.toString(), "declared iso-8859-1 but valid UTF-8; decoded as UTF-8"));
    }

    @Test
    void fallsBackWhenDeclaredUtf8IsNotValid() throws ReadFailure {
        String html = "<meta charset=utf-8><p>Café</p>";

        assertThat(decode(html.getBytes(WINDOWS_1252), null, true)).isEqualTo(html);
        assertThat(warnings).containsExactly("not valid UTF-8; decoded as windows-1252");
    }

    @Test
    void ignoresAnUnknownDeclaredCharsetWithAWarning() throws ReadFailure {
        String html = "<meta charset=\"x-no-such-charset\"><p>Café</p>";

        assertThat(decode(html.getBytes(StandardCharsets.UTF_8), null, true)).isEqualTo(html);
        assertThat(warnings).containsExactly("unknown charset x-no-such-charset; decoded as UTF-8");
    }

    @Test
    void readsAMetaUtf16DeclarationAsUtf8() throws ReadFailure {
        String html = "<meta charset=utf-16><p>Café</p>";

        assertThat(decode(html.getBytes(StandardCharsets.UTF_8), null, true)).isEqualTo(html);
        assertThat(warnings).isEmpty();
    }

    @Test
    void looksForDeclarationsOnlyInMarkupAndOnlyInTheFirst2048Bytes() throws ReadFailure {
        String late = " ".repeat(2048) + "<meta charset=windows-1252><p>Café</p>";
        String text = "<meta charset=windows-1252> Café";

        assertThat(decode(late.getBytes(StandardCharsets.UTF_8), null, true)).isEqualTo(late);
        assertThat(decode(text.getBytes(StandardCharsets.UTF_8), null, false)).isEqualTo(text);
        assertThat(warnings).isEmpty();
    }

    @Test
    void prefersTheTransportCharsetOverTheDocumentsDeclaration() throws ReadFailure {
        String html = "<meta charset=utf-8><p>Привет</p>";

        assertThat(decode(html.getBytes(Charset.forName("KOI8-R")), "koi8-r", true)).isEqualTo(html);
        assertThat(warnings).isEmpty();
    }

    @Test
    void readsXmlEncodingDeclarations() throws ReadFailure {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Noël</title></rss>";

        assertThat(decode(xml.getBytes(StandardCharsets.ISO_8859_1), null, true)).isEqualTo(xml);
        assertThat(warnings).isEmpty();
    }

    @Test
    void decodesWindows1252TextFileWithAWarning() throws IOException {
        Path file = Files.write(dir.resolve("cp1252.txt"), "Le café coûte 3 € — « net »".getBytes(WINDOWS_1252));

        Collected read = Collected.read(file);

        assertThat(read.only().content()).isEqualTo("Le café coûte 3 € — « net »");
        assertThat(read.warnings).containsExactly(
                new Note(file.toString(), "not valid UTF-8; decoded as windows-1252"));
    }

    @Test
    void decodesInvalidUtf8WithAWarningInsteadOfFailing() throws IOException {
        byte[] broken = concat("début ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '(', ' ', (byte) 0xFF});
        Path file = Files.write(dir.resolve("broken.html"), broken);

        Collected read = Collected.read(file);

        assertThat(read.only().content()).startsWith("dÃ©but Ã(");
        assertThat(read.warnings).extracting(Note::message).containsExactly("not valid UTF-8; decoded as windows-1252");
    }

    @Test
    void keepsUtf8WithAFewStrayBytesAsUtf8WithReplacements() throws ReadFailure {
        byte[] page = concat("<meta charset=utf-8><p>Déjà vu, « naïf », ".getBytes(StandardCharsets.UTF_8),
                new byte[] {'p', 'a', 'p', 'i', 'e', 'r', 'o', 's', (byte) 0xC3, '<', '/', 'p', '>'});

        assertThat(decode(page, null, true)).isEqualTo("<meta charset=utf-8><p>Déjà vu, « naïf », papieros\uFFFD</p>");
        assertThat(warnings).containsExactly("not valid UTF-8: 1 bad sequence replaced");
    }

    @Test
    void readsPlainAsciiAndValidUtf8Silently() throws ReadFailure {
        assertThat(decode("plain".getBytes(StandardCharsets.US_ASCII), null, false)).isEqualTo("plain");
        assertThat(decode("naïve".getBytes(StandardCharsets.UTF_8), null, true)).isEqualTo("naïve");
        assertThat(warnings).isEmpty();
    }

    @Test
    void normalisesLineEndings() throws ReadFailure {
        assertThat(decode("a\r\nb\rc\n".getBytes(StandardCharsets.US_ASCII), null, false)).isEqualTo("a\nb\nc\n");
    }

    @Test
    void refusesBinaryBytes() {
        assertThatThrownBy(() -> decode(new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1}, null, false))
                .isInstanceOf(ReadFailure.class).hasMessage("binary content, not text");
        assertThat(warnings).isEmpty();
    }
}
