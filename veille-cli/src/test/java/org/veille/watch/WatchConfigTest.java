// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail part of a watch configuration: a usable server, real addresses, and no password in the file. */
class WatchConfigTest {

    private static final String SOURCES = "\"sources\": [{\"url\": \"https://example.org/feed.xml\"}]";

    @TempDir
    Path dir;

    private WatchConfig read(String json) throws IOException {
        return WatchConfig.read(Files.writeString(dir.resolve("watch.json"), "{" + SOURCES + ", " + json + "}"));
    }

    @Test
    void aTopicIsEmailedThroughTheServerNamedOnce() throws IOException {
        WatchConfig c = read("""
                "smtp": {"host": "smtp.example.org", "from": "veille@example.org"},
                "topics": [{"name": "barrage", "query": "Valbrune", "email": ["desk@example.org", " chef@example.org "]}]""");
        assertThat(c.smtp().security()).isEqualTo(MailServer.Security.STARTTLS);
        assertThat(c.smtp().port()).as("STARTTLS's submission port").isEqualTo(587);
        assertThat(c.topics().getFirst().email()).containsExactlyInAnyOrder("desk@example.org", "chef@example.org");
    }

    @Test
    void anEmailedTopicNeedsAServer() {
        assertThatThrownBy(() -> read("\"topics\": [{\"name\": \"t\", \"query\": \"q\", \"email\": [\"desk@example.org\"]}]"))
                .isInstanceOf(WatchConfig.Invalid.class).hasMessageContaining("topic t e-mails its alerts but there is no \"smtp\" server");
    }

    @Test
    void addressesAreCheckedWhenTheFileIsRead() {
        assertThatThrownBy(() -> read("""
                "smtp": {"host": "h", "from": "veille@example.org"},
                "topics": [{"name": "t", "query": "q", "email": ["desk@example.org\\r\\nBcc: x@evil.example"]}]"""))
                .isInstanceOf(WatchConfig.Invalid.class).hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> read("\"smtp\": {\"host\": \"h\", \"from\": \"not an address\"}"))
                .isInstanceOf(WatchConfig.Invalid.class).hasMessageContaining("\"from\": not an e-mail address");
    }

    @Test
    void thePasswordComesFromTheEnvironmentNeverFromTheFile() {
        assertThatThrownBy(() -> read("\"smtp\": {\"host\": \"h\", \"from\": \"v@example.org\", \"username\": \"v\"}"))
                .isInstanceOf(WatchConfig.Invalid.class).hasMessageContaining("needs \"password_env\"");
        assertThatThrownBy(() -> read("\"smtp\": {\"host\": \"h\", \"from\": \"v@example.org\", \"username\": \"v\", \"password\": \"secret\"}"))
                .isInstanceOf(WatchConfig.Invalid.class).hasMessageContaining("unknown key \"password\"");
        assertThatThrownBy(() -> read("""
                "smtp": {"host": "h", "from": "v@example.org", "username": "v", "password_env": "VEILLE_TEST_NO_SUCH_VARIABLE"}"""))
                .isInstanceOf(WatchConfig.Invalid.class).hasMessageContaining("VEILLE_TEST_NO_SUCH_VARIABLE (\"password_env\") is not set");
        assertThatThrownBy(() -> read("\"smtp\": {\"host\": \"h\", \"from\": \"v@example.org\", \"security\": \"ssl3\"}"))
                .isInstanceOf(WatchConfig.Invalid.class).hasMessageContaining("none, starttls or tls");
    }
}
