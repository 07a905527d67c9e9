// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.ArticleAnalyzer;
import org.veille.analyze.Gazetteer;
import org.veille.analyze.ner.CoreNlpRecognizer;
import org.veille.extract.ArticleExtractor;
import org.veille.extract.CaptureBatch;
import org.veille.extract.Extraction;
import org.veille.read.Capture;
import org.veille.read.CaptureReader;
import org.veille.read.ReadListener;

/**
 * read → extract → analyze, in memory; the commands link what they keep (a run's articles, or the whole store). Reading is sequential (it streams files); extraction and
 * analysis run on all cores, sharing one extractor and one analyzer. Reports each bad input as one
 * line through {@link Report}, and goes on.
 */
final class Pipeline {

    /** Where the pipeline tells what went wrong or what it guessed, one line per input. */
    interface Report {
        void failed(String source, String reason);

        void warned(String source, String message);

        void progress(int done, int total);
    }

    /** What a run produced: analyzed articles in input order, and how many inputs failed. */
    record Result(List<AnalyzedArticle> articles, int read, int failed) {
    }

    private final CaptureReader reader = new CaptureReader();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticleAnalyzer analyzer;
    private final int threads;

    Pipeline(int threads) {
        this.analyzer = new ArticleAnalyzer(CoreNlpRecognizer.french(), Gazetteer.standard());
        this.threads = threads;
    }

    Result run(List<Path> inputs, Report report) {
        List<Capture> captures = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        reader.read(inputs, new ReadListener() {
            @Override
            public void captured(Capture capture) {
                captures.add(capture);
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
        });
        Set<String> recurring = CaptureBatch.recurringLines(captures.stream()
                .filter(c -> c.format() == Capture.Format.TEXT).map(Capture::content).toList());
        List<AnalyzedArticle> articles = analyzeAll(captures, recurring, report, failed);
        return new Result(articles, captures.size() + failed.get(), failed.get());
    }

    private List<AnalyzedArticle> analyzeAll(List<Capture> captures, Set<String> recurring, Report report, AtomicInteger failed) {
        List<AnalyzedArticle> slots = new ArrayList<>(Collections.nCopies(captures.size(), null));
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < captures.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    Capture capture = captures.get(index);
                    try {
                        switch (extractor.extract(capture, recurring)) {
                            case Extraction.Extracted e -> {
                                AnalyzedArticle analyzed = analyzer.analyze(e.article());
                                for (AnalyzedArticle.StepFailure f : analyzed.failures()) {
                                    report.warned(capture.source(), "analysis step '" + f.step()
                                            + "' failed (article kept without its results): " + f.reason());
                                }
                                slots.set(index, analyzed);
                            }
                            case Extraction.Rejected r -> {
                                failed.incrementAndGet();
                                report.failed(r.source(), r.reason().message());
                            }
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        failed.incrementAndGet();
                        report.failed(capture.source(), "cannot analyze: " + e);
                    }
                    report.progress(done.incrementAndGet(), captures.size());
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (AnalyzedArticle a : slots) if (a != null) articles.add(a);
        return articles;
    }
}
