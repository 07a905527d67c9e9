// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.Date;
import java.util.Properties;

/**
 * Alerts e-mailed through an SMTP server ({@link MailServer}) with Jakarta Mail: one plain-text message per alert,
 * its subject the alert's line, its body what moved and the evidence's addresses. Plain text because captured words
 * are in it: a mail reader shows them and runs nothing. Tried again ({@link Retried}) when the server cannot be
 * reached or fails; a refused login or refused addresses are not retried.
 */
final class Mailer {

    /** Longest subject line: mail readers cut the rest anyway, and a title is captured text of any length. */
    static final int MAX_SUBJECT = 160;
    static final String SUBJECT_PREFIX = "[Veille] ";

    private final MailServer server;
    private final HttpPolicy policy;
    private final Session session;

    Mailer(MailServer server, HttpPolicy policy) {
        this.server = server;
        this.policy = policy;
        this.session = Session.getInstance(properties(server, policy));
    }

    private static Properties properties(MailServer server, HttpPolicy policy) {
        Properties p = new Properties();
        String protocol = server.security() == MailServer.Security.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "host", server.host());
        p.put(prefix + "port", String.valueOf(server.port()));
        p.put(prefix + "from", server.from());
        p.put(prefix + "connectiontimeout", String.valueOf(policy.connectTimeout().toMillis()));
        p.put(prefix + "timeout", String.valueOf(policy.readTimeout().toMillis()));
        p.put(prefix + "writetimeout", String.valueOf(policy.readTimeout().toMillis()));
        p.put(prefix + "auth", String.valueOf(server.username() != null));
        if (server.security() == MailServer.Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true"); // never fall back to sending the password in clear
        }
        if (server.security() != MailServer.Security.NONE) p.put(prefix + "ssl.checkserveridentity", "true");
        return p;
    }

    /** E-mails {@code alert} to {@code to}; null when the server took it, else why not, in plain words. */
    String send(Collection<String> to, Alert alert) throws InterruptedException {
        MimeMessage message;
        try {
            message = message(to, alert);
        } catch (MessagingException e) {
            return "cannot write the message: " + e.getMessage();
        }
        return Retried.deliver(policy, () -> {
            try {
                if (server.username() == null) Transport.send(message);
                else Transport.send(message, server.username(), server.password());
                return null;
            } catch (AuthenticationFailedException e) {
                return new Retried.Failure("the SMTP server " + server + " refused the login", false);
            } catch (SendFailedException e) {
                return new Retried.Failure("the SMTP server " + server + " refused the addresses: " + plain(e), false);
            } catch (MessagingException e) {
                return new Retried.Failure("SMTP server " + server + ": " + plain(e), true);
            }
        });
    }

    private MimeMessage message(Collection<String> to, Alert alert) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(server.from()));
        for (String address : to) m.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        m.setSubject(subject(alert), "UTF-8");
        m.setSentDate(Date.from(alert.at()));
        m.setText(body(alert), "UTF-8");
        m.setHeader("X-Veille-Alert", alert.id());
        return m;
    }

    /** The alert's line on one line (no control character can start a header of its own), cut to {@link #MAX_SUBJECT}. */
    static String subject(Alert alert) {
        String line = SUBJECT_PREFIX + alert.topic() + ": " + alert.title().replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1).strip() + "…";
    }

    /** What moved, in which story, and each article that shows it with its address. */
    static String body(Alert alert) {
        StringBuilder b = new StringBuilder(alert.title()).append("\n\n");
        b.append("Topic: ").append(alert.topic()).append('\n');
        b.append("Kind: ").append(alert.kind().jsonName).append('\n');
        if (alert.story() != null) b.append("Story: ").append(alert.story()).append('\n');
        b.append("Raised: ").append(alert.at()).append("\n\nEvidence:\n");
        for (Alert.Evidence e : alert.evidence()) {
            b.append("- ").append(e.outlet() == null ? "(outlet unknown)" : e.outlet());
            if (e.language() != null) b.append(" (").append(e.language()).append(')');
            b.append(": ").append(e.url() == null ? "(no address)" : e.url()).append("\n  article ").append(e.article()).append('\n');
        }
        return b.append("\nAlert ").append(alert.id()).append('\n').toString();
    }

    /** The innermost cause's message: Jakarta Mail wraps a refused connection in two layers. */
    private static String plain(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t instanceof java.net.ConnectException) return "connection refused or unreachable";
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
    }
}
