// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze.ner;

import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A CRF model's feature names and their numbers, read-only, in a few flat arrays: the names' UTF-8 bytes end to end,
 * where each starts, and an open-addressing table whose slots each hold a name's 64-bit fingerprint and its number
 * together. CoreNLP keeps the same index as a {@code HashMap} of 680,000 strings for the French model, which Java
 * serialization rebuilds entry by entry (most of the model's load time) and which weighs about three times these
 * arrays; these arrays are read in bulk.
 *
 * <p>A lookup reads one slot and compares fingerprints: it never reads the names. Looking names up was about a
 * quarter of analysis time, most of it waiting on memory for the name a hash pointed to. Two different names share
 * a slot's fingerprint bits with a chance of 2<sup>-43</sup> per probe at the French model's size; a feature the
 * model never saw taken for one it did only adds that feature's weight to one token's scores.
 */
final class CompactFeatureIndex implements Index<String> {

    @Serial
    private static final long serialVersionUID = 2L;
    /** Table slots per name, at least: probes stay short (a load factor of one half at most). */
    private static final int SLOTS_PER_NAME = 2;
    /** An unused slot; a used one holds its number plus one in its low bits, so it is never zero. */
    private static final long EMPTY = 0L;
    /** FNV-1a's 64-bit offset basis and prime: a fingerprint is built a character at a time, as feature names are. */
    private static final long FNV_BASIS = 0xcbf29ce484222325L, FNV_PRIME = 0x100000001b3L;

    private transient byte[] names;
    private transient int[] starts; // size() + 1 entries: name i is names[starts[i] .. starts[i + 1])
    private transient long[] fingerprints;
    /** The bits of a slot that hold a number plus one; the others hold the fingerprint's high bits. */
    private transient long numberMask;
    private transient long[] table;

    private CompactFeatureIndex(byte[] names, int[] starts, long[] fingerprints) {
        this.names = names;
        this.starts = starts;
        this.fingerprints = fingerprints;
        index();
    }

    /** The index of these names, each numbered as in {@code source}. */
    static CompactFeatureIndex of(Index<String> source) {
        int n = source.size();
        List<byte[]> encoded = new ArrayList<>(n);
        int[] starts = new int[n + 1];
        long[] fingerprints = new long[n];
        for (int i = 0; i < n; i++) {
            String name = source.get(i);
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            encoded.add(bytes);
            fingerprints[i] = fingerprint(name);
            starts[i + 1] = Math.addExact(starts[i], bytes.length);
        }
        byte[] names = new byte[starts[n]];
        for (int i = 0; i < n; i++) System.arraycopy(encoded.get(i), 0, names, starts[i], encoded.get(i).length);
        return new CompactFeatureIndex(names, starts, fingerprints);
    }

    /** FNV-1a over the name's characters, then MurmurHash3's finalizer so that every bit depends on every character. */
    static long fingerprint(String name) {
        long h = FNV_BASIS;
        for (int k = 0; k < name.length(); k++) h = (h ^ name.charAt(k)) * FNV_PRIME;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Builds the table: each name's slot is chosen by its fingerprint's low bits and checked by its high bits. */
    private void index() {
        int n = fingerprints.length;
        numberMask = (1L << (64 - Long.numberOfLeadingZeros(n))) - 1; // as many bits as n takes: n + 1 fits
        int size = Integer.highestOneBit(Math.max(1, n * SLOTS_PER_NAME - 1)) << 1;
        long[] slots = new long[size];
        for (int i = 0; i < n; i++) {
            int slot = (int) fingerprints[i] & (size - 1);
            while (slots[slot] != EMPTY) slot = (slot + 1) & (size - 1);
            slots[slot] = (fingerprints[i] & ~numberMask) | (i + 1);
        }
        table = slots;
    }

    @Override
    public int size() {
        return fingerprints.length;
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= size()) throw new ArrayIndexOutOfBoundsException("no feature " + i + " among " + size());
        return new String(names, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
    }

    @Override
    public int indexOf(String name) {
        if (name == null) return -1;
        long fingerprint = fingerprint(name);
        long mask = numberMask;
        long high = fingerprint & ~mask;
        int last = table.length - 1;
        for (int slot = (int) fingerprint & last; table[slot] != EMPTY; slot = (slot + 1) & last) {
            long held = table[slot];
            if ((held & ~mask) == high) return (int) (held & mask) - 1;
        }
        return -1;
    }

    @Override
    public int indexOf(String name, boolean add) {
        int i = indexOf(name);
        if (i < 0 && add) throw new UnsupportedOperationException("a trained model's feature index is read-only");
        return i;
    }

    @Override
    public int addToIndex(String name) {
        return indexOf(name, true);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public List<String> objectsList() {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return CompactFeatureIndex.this.get(i);
            }

            @Override
            public int size() {
                return CompactFeatureIndex.this.size();
            }
        };
    }

    @Override
    public Collection<String> objects(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) out.add(get(i));
        return out;
    }

    @Override
    public Iterator<String> iterator() {
        return objectsList().iterator();
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {}

    @Override
    public void unlock() {
        throw new UnsupportedOperationException("a trained model's feature index is read-only");
    }

    @Override
    public void saveToWriter(Writer out) throws IOException {
        for (int i = 0; i < size(); i++) out.write(i + "=" + get(i) + "\n");
    }

    @Override
    public void saveToFilename(String file) {
        throw new UnsupportedOperationException("save the model, not its feature index");
    }

    @Override
    public boolean add(String name) {
        return addToIndex(name) >= 0;
    }

    @Override
    public boolean addAll(Collection<? extends String> all) {
        all.forEach(this::add);
        return false;
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("a trained model's feature index is read-only");
    }

    /** Three byte arrays, written and read whole: no per-name object in the stream. */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(names);
        out.writeObject(bytesOf(starts));
        out.writeObject(bytesOf(fingerprints));
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        names = (byte[]) in.readObject();
        starts = intsOf((byte[]) in.readObject());
        fingerprints = longsOf((byte[]) in.readObject());
        if (starts.length != fingerprints.length + 1 || starts[fingerprints.length] != names.length) {
            throw new InvalidObjectException("feature index arrays disagree");
        }
        index();
    }

    private static byte[] bytesOf(int[] ints) {
        ByteBuffer buffer = ByteBuffer.allocate(ints.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asIntBuffer().put(ints);
        return buffer.array();
    }

    private static byte[] bytesOf(long[] longs) {
        ByteBuffer buffer = ByteBuffer.allocate(longs.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asLongBuffer().put(longs);
        return buffer.array();
    }

    private static long[] longsOf(byte[] bytes) {
        long[] longs = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(longs);
        return longs;
    }

    private static int[] intsOf(byte[] bytes) {
        int[] ints = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(ints);
        return ints;
    }
}
