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
 * where each starts, its hash, and an open-addressing table from hash to number. CoreNLP keeps the same index as a
 * {@code HashMap} of 680,000 strings for the French model, which Java serialization rebuilds entry by entry (most of
 * the model's load time) and which weighs about three times these arrays; these arrays are read in bulk.
 */
final class CompactFeatureIndex implements Index<String> {

    @Serial
    private static final long serialVersionUID = 1L;
    /** Table slots per name, at least: probes stay short (a load factor of one half at most). */
    private static final int SLOTS_PER_NAME = 2;
    private static final int EMPTY = -1;

    private transient byte[] names;
    private transient int[] starts; // size() + 1 entries: name i is names[starts[i] .. starts[i + 1])
    private transient int[] hashes;
    private transient int[] table;

    private CompactFeatureIndex(byte[] names, int[] starts, int[] hashes) {
        this.names = names;
        this.starts = starts;
        this.hashes = hashes;
        this.table = tableOf(hashes);
    }

    /** The index of these names, each numbered as in {@code source}. */
    static CompactFeatureIndex of(Index<String> source) {
        int n = source.size();
        List<byte[]> encoded = new ArrayList<>(n);
        int[] starts = new int[n + 1];
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            String name = source.get(i);
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            encoded.add(bytes);
            hashes[i] = name.hashCode();
            starts[i + 1] = Math.addExact(starts[i], bytes.length);
        }
        byte[] names = new byte[starts[n]];
        for (int i = 0; i < n; i++) System.arraycopy(encoded.get(i), 0, names, starts[i], encoded.get(i).length);
        return new CompactFeatureIndex(names, starts, hashes);
    }

    private static int[] tableOf(int[] hashes) {
        int size = Integer.highestOneBit(Math.max(1, hashes.length * SLOTS_PER_NAME - 1)) << 1;
        int[] table = new int[size];
        Arrays.fill(table, EMPTY);
        for (int i = 0; i < hashes.length; i++) {
            int slot = slotOf(hashes[i], size);
            while (table[slot] != EMPTY) slot = (slot + 1) & (size - 1);
            table[slot] = i;
        }
        return table;
    }

    /** Spreads the hash's high bits into the low ones the mask keeps, as {@code HashMap} does. */
    private static int slotOf(int hash, int size) {
        return (hash ^ (hash >>> 16)) & (size - 1);
    }

    @Override
    public int size() {
        return hashes.length;
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= size()) throw new ArrayIndexOutOfBoundsException("no feature " + i + " among " + size());
        return new String(names, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
    }

    @Override
    public int indexOf(String name) {
        if (name == null) return -1;
        int hash = name.hashCode();
        for (int slot = slotOf(hash, table.length); table[slot] != EMPTY; slot = (slot + 1) & (table.length - 1)) {
            int i = table[slot];
            if (hashes[i] == hash && sameName(i, name)) return i;
        }
        return -1;
    }

    /** Compares without decoding while the name is ASCII, which nearly every feature name is. */
    private boolean sameName(int i, String name) {
        int from = starts[i];
        int length = starts[i + 1] - from;
        if (length < name.length()) return false; // UTF-8 takes at least one byte per char
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c >= 0x80) return get(i).equals(name);
            if (k >= length || names[from + k] != c) return false;
        }
        return length == name.length();
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
        out.writeObject(bytesOf(hashes));
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        names = (byte[]) in.readObject();
        starts = intsOf((byte[]) in.readObject());
        hashes = intsOf((byte[]) in.readObject());
        if (starts.length != hashes.length + 1 || starts[hashes.length] != names.length) {
            throw new InvalidObjectException("feature index arrays disagree");
        }
        table = tableOf(hashes);
    }

    private static byte[] bytesOf(int[] ints) {
        ByteBuffer buffer = ByteBuffer.allocate(ints.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asIntBuffer().put(ints);
        return buffer.array();
    }

    private static int[] intsOf(byte[] bytes) {
        int[] ints = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(ints);
        return ints;
    }
}
