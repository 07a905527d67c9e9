// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.veille.analyze.Quotation;
import org.veille.link.LinkFeatures;
import org.veille.link.SparseVector;

/**
 * What the link stage reads of each article of a run (its link features and its quotations), kept in a temporary
 * file rather than in memory, then given back in date order (undated first, ties in input order). Memory keeps
 * twelve bytes per article: where its record starts, and its day. Not thread-safe.
 */
final class LinkSpool implements AutoCloseable {

    /** One article as the link stage reads it. */
    record Entry(LinkFeatures features, List<Quotation> quotes) {}

    /** A receiver of entries that may fail on I/O. */
    interface EntryConsumer {
        void accept(Entry entry) throws IOException;
    }

    /** The day of an undated article in the index: before every real day. */
    private static final int UNDATED = Integer.MIN_VALUE;

    private final Path file;
    private final BufferedOutputStream out;
    /** One record at a time, so its length is known before it is written. */
    private final ByteArrayOutputStream record = new ByteArrayOutputStream();
    private final DataOutputStream data = new DataOutputStream(record);
    private long written;
    private long[] offsets = new long[1024];
    private int[] days = new int[1024];
    private int size;

    LinkSpool() throws IOException {
        file = Files.createTempFile("veille-link", ".bin");
        out = new BufferedOutputStream(Files.newOutputStream(file));
    }

    void add(LinkFeatures f, List<Quotation> quotes) throws IOException {
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            days = Arrays.copyOf(days, size * 2);
        }
        record.reset();
        writeFeatures(data, f);
        data.writeInt(quotes.size());
        for (Quotation q : quotes) {
            data.writeUTF(q.kind().name());
            writeNullable(data, q.speaker());
            writeText(data, q.text());
        }
        offsets[size] = written;
        days[size] = f.day() == null ? UNDATED : Math.toIntExact(f.day().toEpochDay());
        size++;
        record.writeTo(out);
        written += record.size();
    }

    int size() {
        return size;
    }

    /** Gives back every entry, in date order. */
    void forEachInDateOrder(EntryConsumer consumer) throws IOException {
        out.flush();
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> days[i])); // stable: ties keep input order
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int i : order) consumer.accept(read(channel, i));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Entry read(FileChannel channel, int i) throws IOException {
        long start = offsets[i];
        long end = i + 1 < size ? offsets[i + 1] : written;
        ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(end - start));
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, start + bytes.position()) < 0) throw new IOException("link spool truncated: " + file);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.array()));
        LinkFeatures f = readFeatures(in);
        int n = in.readInt();
        List<Quotation> quotes = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Quotation.Kind kind = Quotation.Kind.valueOf(in.readUTF());
            String speaker = readNullable(in);
            quotes.add(new Quotation(readText(in), speaker, null, kind, 0, 0, null));
        }
        return new Entry(f, quotes);
    }

    private static void writeFeatures(DataOutputStream d, LinkFeatures f) throws IOException {
        writeText(d, f.id());
        d.writeLong(f.day() == null ? Long.MIN_VALUE : f.day().toEpochDay());
        writeNullable(d, f.language());
        for (SparseVector v : new SparseVector[] {f.words(), f.identities(), f.english()}) {
            d.writeInt(v.size());
            for (int k = 0; k < v.size(); k++) {
                d.writeInt(v.ids()[k]);
                d.writeFloat(v.values()[k]);
            }
        }
        d.writeInt(f.shingles().length);
        for (int x : f.shingles()) d.writeInt(x);
    }

    private static LinkFeatures readFeatures(DataInputStream in) throws IOException {
        String id = readText(in);
        long day = in.readLong();
        String language = readNullable(in);
        SparseVector[] vectors = new SparseVector[3];
        for (int v = 0; v < vectors.length; v++) {
            int n = in.readInt();
            int[] ids = new int[n];
            float[] values = new float[n];
            for (int k = 0; k < n; k++) {
                ids[k] = in.readInt();
                values[k] = in.readFloat();
            }
            vectors[v] = new SparseVector(ids, values);
        }
        int[] shingles = new int[in.readInt()];
        for (int k = 0; k < shingles.length; k++) shingles[k] = in.readInt();
        return new LinkFeatures(id, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day), language,
                vectors[0], vectors[1], vectors[2], shingles);
    }

    private static void writeNullable(DataOutputStream d, String s) throws IOException {
        d.writeBoolean(s != null);
        if (s != null) writeText(d, s);
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readText(in) : null;
    }

    /** Any length of text (writeUTF stops at 64 KB of encoded bytes). */
    private static void writeText(DataOutputStream d, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(bytes.length);
        d.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
