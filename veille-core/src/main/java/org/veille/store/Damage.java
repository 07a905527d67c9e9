// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/** Lucene's failures on damaged files, said in plain words: which file, and what is wrong with it. */
final class Damage {
    /** Lucene's file names: segment files ({@code _3.fdt}, {@code _3_1.liv}) and commit points ({@code segments_5}). */
    private static final Pattern INDEX_FILE =
            Pattern.compile("(?<![\\w.])((?:pending_)?segments_[0-9a-z]+|_[0-9a-z]+(?:_[0-9A-Za-z]+)*\\.[a-z]+)\\b");

    private Damage() {
    }

    /** A short phrase saying what is wrong, naming the file when the failure does ("file _3.fdt is cut short"). */
    static String describe(Throwable failure) {
        String file = fileNamed(failure);
        String what = file == null ? "a file" : "file " + file;
        if (anyCause(failure, t -> t instanceof NoSuchFileException || t instanceof FileNotFoundException)) {
            return what + " is missing";
        }
        if (anyCause(failure, t -> t instanceof EOFException || String.valueOf(t.getMessage()).contains("truncated")
                || String.valueOf(t.getMessage()).contains("read past EOF"))) {
            return what + " is cut short";
        }
        if (anyCause(failure, t -> t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException)) {
            return what + " was written by an incompatible version";
        }
        // a checksum mismatch, or damaged bytes read as a bad length or offset: Lucene's words for the latter
        // ("arraycopy: source index -10550 out of bounds") tell the user nothing that check does not say better
        return what + " is corrupt";
    }

    /** The first index file a failure or its causes name, or null. */
    static String fileNamed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = t instanceof NoSuchFileException n && n.getFile() != null ? n.getFile() : t.getMessage();
            if (text == null) continue;
            Matcher m = INDEX_FILE.matcher(text);
            if (m.find()) return Path.of(m.group(1)).getFileName().toString();
        }
        return null;
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (test.test(t)) return true;
        }
        return false;
    }
}
