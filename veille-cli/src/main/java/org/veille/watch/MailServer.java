// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

/**
 * The SMTP server alerts are e-mailed through, from a watch configuration's {@code "smtp"} object:
 * <pre>{@code
 * "smtp": {"host": "smtp.example.org", "port": 587, "from": "veille@example.org", "security": "starttls",
 *          "username": "veille", "password_env": "VEILLE_SMTP_PASSWORD"}
 * }</pre>
 * The password never sits in the file: it is read from the environment variable {@code password_env} names.
 * Immutable.
 *
 * @param host     the server's name or address
 * @param port     its port
 * @param from     the sender's address
 * @param security {@link Security#NONE} (loopback relays), {@link Security#STARTTLS} or {@link Security#TLS}
 * @param username who logs in, or null for a server that asks for no login
 * @param password the password, or null without a login
 */
public record MailServer(String host, int port, String from, Security security, String username, String password) {

    /** How the connection is protected. */
    public enum Security {
        /** In clear: only for a relay on the same machine or network. */
        NONE("none", 25),
        /** Plain connection upgraded with STARTTLS, which must succeed. */
        STARTTLS("starttls", 587),
        /** TLS from the first byte (SMTPS). */
        TLS("tls", 465);

        public final String configName;
        /** The port this kind of server listens on when the configuration names none. */
        public final int defaultPort;

        Security(String configName, int defaultPort) {
            this.configName = configName;
            this.defaultPort = defaultPort;
        }

        static Security of(String configName) {
            for (Security s : values()) if (s.configName.equals(configName)) return s;
            return null;
        }
    }

    public MailServer {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("\"host\" must not be empty");
        if (port < 1 || port > 65_535) throw new IllegalArgumentException("\"port\" must be from 1 to 65535");
        if ((username == null) != (password == null)) throw new IllegalArgumentException("a login needs both a user name and a password");
    }

    @Override
    public String toString() { // never the password, should the record reach a message
        return "smtp://" + host + ":" + port;
    }
}
