// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link ReadListener} for tests that keeps everything it is told, in order. Not thread-safe. */
final class Collected implements ReadListener {

    /** A failure or warning: where and why. */
    record Note(String source, String message) {
    }

    final List<Capture> captures = new ArrayList<>();
    final List<Note> failures = new ArrayList<>();
    final List<Note> warnings = new ArrayList<>();

    /** Reads {@code inputs} with {@code reader} and returns what it was told. */
    static Collected read(CaptureReader reader, Path... inputs) {
        Collected collected = new Collected();
        reader.read(List.of(inputs), collected);
        return collected;
    }

    /** Reads {@code inputs} with a default reader and returns what it was told. */
    static Collected read(Path... inputs) {
        return read(new CaptureReader(), inputs);
    }

    /** The one capture read; fails the test unless there is exactly one and nothing failed. */
    Capture only() {
        if (captures.size() != 1 || !failures.isEmpty()) {
            throw new AssertionError("expected one capture and no failure, got " + captures + " " + failures);
        }
        return captures.getFirst();
    }

    @Override
    public void captured(Capture capture) {
        captures.add(capture);
    }

    @Override
    public void failed(String source, String reason) {
        failures.add(new Note(source, reason));
    }

    @Override
    public void warned(String source, String message) {
        warnings.add(new Note(source, message));
    }
}
