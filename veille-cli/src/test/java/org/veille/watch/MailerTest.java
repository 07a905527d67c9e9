// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An alert as an e-mail: one line of subject whatever the captured title holds, the evidence in the body, retries. */
class MailerTest {

    private static final Alert ALERT = new Alert("a1", Alert.Kind.STATEMENT, "barrage", Instant.parse("2026-12-06T07:00:00Z"),
            "Marie Dubreuil :\r\n« aucun danger »\u0007" + "x".repeat(300), "s1",
            List.of(new Alert.Evidence("0123456789abcdef0123456789abcdef", "https://echo.example/a", "L'Écho", "fr")));

    @Test
    void theSubjectIsOneLineOfBoundedLength() {
        String subject = Mailer.subject(ALERT);
        assertThat(subject).startsWith("[Veille] barrage: Marie Dubreuil : « aucun danger »").doesNotContain("\r", "\n", "\u0007")
                .hasSizeLessThanOrEqualTo(Mailer.MAX_SUBJECT);
    }

    @Test
    void theBodyListsTheEvidence() {
        assertThat(Mailer.body(ALERT)).contains("Kind: statement", "Story: s1", "- L'Écho (fr): https://echo.example/a",
                "article 0123456789abcdef0123456789abcdef");
    }

    @Test
    void anUnreachableServerIsTriedAgainThenReportedInPlainWords() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        HttpPolicy quick = new HttpPolicy(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO, 1, Duration.ofMillis(10), 0, 1024);
        Mailer mailer = new Mailer(new MailServer("127.0.0.1", port, "veille@example.org", MailServer.Security.NONE, null, null), quick);
        assertThat(mailer.send(Set.of("desk@example.org"), ALERT))
                .isEqualTo("SMTP server smtp://127.0.0.1:" + port + ": connection refused or unreachable after 2 tries");
    }
}
