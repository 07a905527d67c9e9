// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Why a store cannot be used, in plain words: its message names the folder and the reason, and fits on one line.
 * Thrown by {@link ArticleStore}'s openers, writes and reads alike.
 */
public final class StoreException extends RuntimeException {

    /** What is wrong with the store. */
    public enum Problem {
        /** The folder does not exist (reading commands never create one). */
        MISSING("does not exist"),
        /** The folder exists but holds no store. */
        EMPTY("holds no Veille store"),
        /** The path is a file, not a folder. */
        NOT_A_FOLDER("is not a folder"),
        /** The folder or its files cannot be written. */
        NOT_WRITABLE("is not writable"),
        /** Another process writes the store; the message names it when the system tells which. */
        LOCKED("is locked by another Veille process"),
        /** Files of the store are missing, cut short or corrupt. */
        DAMAGED("is damaged");

        private final String words;

        Problem(String words) {
            this.words = words;
        }
    }

    private final transient Path dir;
    private final Problem problem;

    StoreException(Path dir, Problem problem, String detail, Throwable cause) {
        super("store " + dir + " " + words(dir, problem) + (detail == null ? "" : " (" + detail + ")"), cause);
        this.dir = Objects.requireNonNull(dir);
        this.problem = Objects.requireNonNull(problem);
    }

    /** The problem in words; a lock names the process that holds it when the system tells ("locked by Veille process 812"). */
    private static String words(Path dir, Problem problem) {
        OptionalLong holder = problem == Problem.LOCKED ? LockHolder.of(dir) : OptionalLong.empty();
        return holder.isPresent() ? "is locked by Veille process " + holder.getAsLong() : problem.words;
    }

    /**
     * A failed file operation as a store error: a refusal of the file system means the folder cannot be written,
     * said in the system's words ("Read-only file system", "permission denied"); any other failure means a file
     * the store needs is missing, cut short or corrupt.
     */
    static StoreException of(Path dir, IOException e) {
        if (e instanceof FileSystemException fs && !(e instanceof NoSuchFileException)) {
            String reason = e instanceof AccessDeniedException ? "permission denied" : fs.getReason();
            return new StoreException(dir, Problem.NOT_WRITABLE, reason != null ? reason : e.getClass().getSimpleName(), e);
        }
        return new StoreException(dir, Problem.DAMAGED, Damage.describe(e), e);
    }

    /** The store's folder. */
    public Path dir() {
        return dir;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }
}
