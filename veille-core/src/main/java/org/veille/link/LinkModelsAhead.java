// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

/**
 * Reads the link stage's shared models on a thread of their own: the FreeDict lexicon's table for the corpus's main
 * language, the background word frequencies and the topic vectors, all otherwise read by the first article that needs them, on the
 * thread that stores or links it, after the analysis. Started when a command begins, they are read while the
 * command opens its store and analyzes its input (a cold {@code ingest} of one article read them in its critical
 * path). A load that fails here fails again, and is reported, where the model is used.
 */
public final class LinkModelsAhead {

    private final Thread reading;

    private LinkModelsAhead(Thread reading) {
        this.reading = reading;
    }

    /** Starts reading the models; returns at once. */
    public static LinkModelsAhead start() {
        return new LinkModelsAhead(Thread.ofPlatform().name("veille-link-models").daemon().start(() -> {
            try {
                new ContentStems().projection().projects(ContentStems.MAIN_LANGUAGE);
                BackgroundFrequencies.shared();
                TopicSpace.shared();
            } catch (RuntimeException | Error ignored) {
                // told by the command's own first use of the model, where it has a place to go
            }
        }));
    }

    /** Whether the models have been read (or failed to be). */
    public boolean loaded() {
        return !reading.isAlive();
    }
}
