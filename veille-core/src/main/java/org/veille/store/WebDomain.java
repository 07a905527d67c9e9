// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.net.URI;
import java.util.Locale;

/** The web domain of an article's URL: what outlet labels are keyed by and the {@link Facet#DOMAIN} facet holds. */
public final class WebDomain {

    private WebDomain() {}

    /** The URL's host, lower case, without {@code www.}; null for no URL or one that names no host. */
    public static String of(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
