// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.ArticleAnalyzer;
import org.veille.analyze.Gazetteer;
import org.veille.analyze.ner.CoreNlpRecognizer;
import org.veille.analyze.ner.LoadingRecognizer;
import org.veille.extract.Article;
import org.veille.extract.ArticleExtractor;
import org.veille.extract.CaptureBatch;
import org.veille.extract.Extraction;
import org.veille.link.LinkModelsAhead;
import org.veille.read.Capture;
import org.veille.read.CaptureReader;
import org.veille.read.ReadListener;

/**
 * read → extract → analyze as a stream: captures are read one by one (reading is sequential, it streams files),
 * extracted and analyzed on all cores in a bounded window, and handed to a {@link Sink} in input order. When the
 * window is full the reader waits for its oldest capture, so memory holds at most {@link #WINDOW_PER_THREAD} captures
 * per thread plus the first {@link #LEARN_CAPTURES}, whatever the size of the input. Reports each bad input as one
 * line through {@link Report}, and goes on.
 */
final class Pipeline {

    /** Captures in flight per worker thread: enough that a long article does not leave the other threads idle. */
    static final int WINDOW_PER_THREAD = 4;
    /**
     * The batch's furniture ({@link CaptureBatch#recurringLines}) is learnt from its first captures, held until then:
     * a site's menu and footer recur on most of its pages, so a thousand show them, and memory stays bounded.
     */
    static final int LEARN_CAPTURES = 1_000;

    /** Where the pipeline tells what went wrong or what it guessed, one line per input. */
    interface Report {
        void failed(String source, String reason);

        void warned(String source, String message);

        /** {@code done} captures of the {@code read} so far went through the pipeline. */
        void progress(int done, int read);
    }

    /** Takes each analyzed article, in input order, on one thread. */
    interface Sink {
        void accept(AnalyzedArticle article) throws IOException;
    }

    /** What a run produced: how many articles reached the sink, and how many inputs failed. */
    record Result(int articles, int failed) {
    }

    private final CaptureReader reader = new CaptureReader();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final LoadingRecognizer recognizer = CoreNlpRecognizer.frenchLoadingAhead();
    /** Every command that analyzes links what it analyzed: the link stage's models load from now on too. */
    private final LinkModelsAhead linkModels = LinkModelsAhead.start();
    private final ArticleAnalyzer analyzer;
    private final int threads;

    /** A pipeline of that many threads; its models start loading now, each on a thread of its own. */
    Pipeline(int threads) {
        this.analyzer = new ArticleAnalyzer(recognizer, Gazetteer.standard());
        this.threads = threads;
    }

    /** Whether the models an article waits for (the recognizer's, the link stage's) are loaded. */
    boolean modelsLoaded() {
        return recognizer.loaded() && linkModels.loaded();
    }

    /**
     * Analyzes these articles and drops the result: a server that will analyze for days runs its analysis code once
     * on articles like those it will get before its first request, so that request does not run it cold.
     */
    void warmUp(List<Article> articles) {
        articles.forEach(analyzer::analyze);
    }

    /**
     * Runs the inputs through, each article to {@code sink}.
     *
     * @throws IOException the sink's first failure; the captures after it are read but not analyzed
     */
    Result run(List<Path> inputs, Report report, Sink sink) throws IOException {
        return run(listener -> reader.read(inputs, listener), report, sink);
    }

    /**
     * Runs one file through as if it were named {@code source} (a capture received by the server, kept in a
     * temporary file), each article to {@code sink}.
     *
     * @throws IOException the sink's first failure
     */
    Result runAs(Path file, String source, Report report, Sink sink) throws IOException {
        return run(listener -> reader.readAs(file, source, listener), report, sink);
    }

    /**
     * Runs what {@code reading} gives its listener (pages fetched by the watcher, read by the read stage), each
     * article to {@code sink}.
     *
     * @throws IOException the sink's first failure
     */
    Result run(Consumer<ReadListener> reading, Report report, Sink sink) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Run run = new Run(pool, report, sink);
            reading.accept(run);
            run.finish();
            return new Result(run.articles, run.failed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run's state, touched by the reading thread only but for the failure count and progress. */
    private final class Run implements ReadListener {
        private final ExecutorService pool;
        private final Report report;
        private final Sink sink;
        private final List<Capture> learning = new ArrayList<>();
        private final ArrayDeque<Future<AnalyzedArticle>> window = new ArrayDeque<>();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private Set<String> recurring;
        private volatile int read;
        private int articles;
        private IOException sinkFailure;

        Run(ExecutorService pool, Report report, Sink sink) {
            this.pool = pool;
            this.report = report;
            this.sink = sink;
        }

        @Override
        public void captured(Capture capture) {
            if (sinkFailure != null) return;
            read = read + 1; // written by this thread only
            if (recurring == null) {
                learning.add(capture);
                if (learning.size() == LEARN_CAPTURES) learnFurniture();
            } else {
                submit(capture);
            }
        }

        @Override
        public void failed(String source, String reason) {
            failed.incrementAndGet();
            report.failed(source, reason);
        }

        @Override
        public void warned(String source, String message) {
            report.warned(source, message);
        }

        void finish() throws IOException {
            if (recurring == null) learnFurniture();
            while (!window.isEmpty() && sinkFailure == null) drainOldest();
            if (sinkFailure != null) throw sinkFailure;
        }

        private void learnFurniture() {
            recurring = CaptureBatch.recurringLines(learning.stream()
                    .filter(c -> c.format() == Capture.Format.TEXT).map(Capture::content).toList());
            for (Capture c : learning) submit(c);
            learning.clear();
        }

        private void submit(Capture capture) {
            while (window.size() >= WINDOW_PER_THREAD * threads && sinkFailure == null) drainOldest();
            if (sinkFailure != null) return;
            Set<String> lines = recurring;
            window.add(pool.submit(() -> analyze(capture, lines)));
        }

        /** Waits for the oldest capture in the window and gives its article, if any, to the sink. */
        private void drainOldest() {
            AnalyzedArticle article;
            try {
                article = window.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause()); // analyze catches what an input can cause
            }
            if (article == null) return;
            try {
                sink.accept(article);
                articles++;
            } catch (IOException e) {
                sinkFailure = e;
            } catch (UncheckedIOException e) {
                sinkFailure = e.getCause();
            }
        }

        /** The capture's article, or null when it is no article (then reported). Runs on a worker thread. */
        private AnalyzedArticle analyze(Capture capture, Set<String> recurring) {
            try {
                switch (extractor.extract(capture, recurring)) {
                    case Extraction.Extracted e -> {
                        AnalyzedArticle analyzed = analyzer.analyze(e.article());
                        for (AnalyzedArticle.StepFailure f : analyzed.failures()) {
                            report.warned(capture.source(), "analysis step '" + f.step()
                                    + "' failed (article kept without its results): " + f.reason());
                        }
                        return analyzed;
                    }
                    case Extraction.Rejected r -> {
                        failed.incrementAndGet();
                        report.failed(r.source(), r.reason().message());
                        return null;
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failed.incrementAndGet();
                report.failed(capture.source(), "cannot analyze: " + e);
                return null;
            } finally {
                report.progress(done.incrementAndGet(), read);
            }
        }
    }
}
