// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * Finds names of people, organisations, places and other things in a text. Implementations are
 * statistical models (see module veille-nlp) or {@link #NONE}; they must be thread-safe and free of
 * I/O once built, so one instance serves every thread and runs inside stream-processing jobs.
 */
public interface EntityRecognizer {

    /** Names in {@code text}, sentence by sentence; offsets are into {@code text}. */
    List<Mention> recognize(String text, List<Span> sentences, String language);

    /** A recognizer that finds nothing: entities then come from the gazetteer alone. */
    EntityRecognizer NONE = (text, sentences, language) -> List.of();
}
