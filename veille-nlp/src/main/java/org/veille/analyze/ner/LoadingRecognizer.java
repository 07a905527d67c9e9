// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze.ner;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.veille.analyze.EntityRecognizer;
import org.veille.analyze.Mention;
import org.veille.analyze.Span;

/**
 * A recognizer whose model loads on a thread of its own from its creation: a command opens its store, reads its
 * dictionaries and its input meanwhile, and the first {@code recognize} waits for the model. A server asks
 * {@link #loaded()} to tell its clients whether an ingest would wait. Thread-safe.
 */
public final class LoadingRecognizer implements EntityRecognizer {

    private final CompletableFuture<EntityRecognizer> loading = new CompletableFuture<>();

    /** Starts loading the model {@code load} gives. */
    public LoadingRecognizer(Supplier<? extends EntityRecognizer> load) {
        Thread.ofPlatform().name("veille-ner-model").daemon().start(() -> {
            try {
                loading.complete(load.get());
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        });
    }

    /** Whether the model's load has ended (a failed load too: then {@code recognize} throws its failure). */
    public boolean loaded() {
        return loading.isDone();
    }

    @Override
    public List<Mention> recognize(String text, List<Span> sentences, String language) {
        try {
            return loading.join().recognize(text, sentences, language);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
