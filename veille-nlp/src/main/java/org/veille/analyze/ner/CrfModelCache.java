// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP CRF models loaded through a compact copy kept in a cache folder. The model as CoreNLP ships it is a
 * gzipped Java serialization whose feature index (a {@code HashMap} of 680,000 names for the French model) is rebuilt
 * entry by entry: about 2 s of every command's start. The first load reads that, swaps the feature index for a
 * {@link CompactFeatureIndex} and writes the model again, uncompressed, to the cache; later loads read the copy in a
 * fraction of the time, and the model weighs less in memory either way. The copy is named after the shipped model's
 * checksum, so another CoreNLP release makes a new one; a copy that cannot be read is made again; a cache that cannot
 * be written only costs the next start the full load.
 */
final class CrfModelCache {

    /** Bumped when the copy's layout changes, so that copies of an older layout are not read. */
    static final int LAYOUT = 3;
    /** Read and write buffer: the copy is tens of megabytes read front to back. */
    private static final int BUFFER_BYTES = 1 << 20;
    /**
     * Classes a copy may hold: CoreNLP's, this index, and the JDK's collections, strings and numbers. A copy is a
     * file of the user's, but a file read as objects is a way into the process, so nothing else is instantiated.
     */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "edu.stanford.nlp.**;org.veille.analyze.ner.CompactFeatureIndex;java.lang.*;java.util.**;!*");

    private final Path dir;

    CrfModelCache(Path dir) {
        this.dir = dir;
    }

    /** The cache of the user running Veille: {@code $XDG_CACHE_HOME/veille/models}, else {@code ~/.cache/veille/models}. */
    static CrfModelCache ofUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CrfModelCache(base.resolve("veille").resolve("models"));
    }

    /** The model at this class-path resource, from its compact copy when there is a good one. */
    CRFClassifier<CoreLabel> load(String resource) throws IOException, ClassNotFoundException {
        URL url = CrfModelCache.class.getClassLoader().getResource(resource);
        if (url == null) throw new IOException("no model " + resource + " on the class path");
        Path copy = dir.resolve(Path.of(resource).getFileName() + "." + versionOf(url) + ".ser");
        if (Files.isRegularFile(copy)) {
            try {
                return read(copy);
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                // damaged or left by another CoreNLP: made again from the shipped model below
            }
        }
        CRFClassifier<CoreLabel> model;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(url.openStream(), BUFFER_BYTES), BUFFER_BYTES);
                ObjectInputStream objects = new ObjectInputStream(in)) {
            model = CRFClassifier.getClassifier(objects);
        }
        if (!compact(model)) return model;
        try {
            write(model, copy);
        } catch (IOException | RuntimeException e) {
            // no cache here (read-only home, full disk): every start loads the shipped model
        }
        return model;
    }

    /** Names the shipped model's version: its checksum in its jar, else its size and time, and the copy's layout. */
    private static String versionOf(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        long version;
        if (connection instanceof JarURLConnection jar) {
            version = jar.getJarEntry().getCrc() ^ (jar.getJarEntry().getSize() << 32);
        } else {
            version = connection.getContentLengthLong() ^ (connection.getLastModified() << 20);
        }
        connection.getInputStream().close(); // a jar connection keeps its file open until then
        return HexFormat.of().toHexDigits(version) + "-" + LAYOUT;
    }

    private static CRFClassifier<CoreLabel> read(Path copy) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(copy), BUFFER_BYTES))) {
            in.setObjectInputFilter(CLASSES);
            CRFClassifier<CoreLabel> model = CRFClassifier.getClassifier(in);
            setWeights(model, readWeights(in));
            return model;
        }
    }

    /**
     * The weights follow the model as row lengths, then every weight end to end in block data: Java serialization
     * would write 680,000 arrays one by one, each with its own header and handle, the larger part of a load.
     */
    private static void writeWeights(float[][] weights, ObjectOutputStream out) throws IOException {
        out.writeInt(weights.length);
        for (float[] row : weights) out.writeInt(row.length);
        ByteBuffer chunk = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : weights) {
            for (float w : row) {
                if (!chunk.hasRemaining()) {
                    out.write(chunk.array(), 0, chunk.position());
                    chunk.clear();
                }
                chunk.putFloat(w);
            }
        }
        out.write(chunk.array(), 0, chunk.position());
    }

    private static float[][] readWeights(ObjectInputStream in) throws IOException {
        int rows = in.readInt();
        if (rows < 0) throw new InvalidObjectException("negative weight rows");
        float[][] weights = new float[rows][];
        long left = 0; // bytes of weights still to read
        for (int i = 0; i < rows; i++) {
            int length = in.readInt();
            if (length < 0) throw new InvalidObjectException("negative weight row");
            weights[i] = new float[length];
            left += (long) length * Float.BYTES;
        }
        ByteBuffer chunk = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN).limit(0);
        for (float[] row : weights) {
            for (int k = 0; k < row.length; k++) {
                if (!chunk.hasRemaining()) {
                    int n = (int) Math.min(left, BUFFER_BYTES);
                    in.readFully(chunk.array(), 0, n);
                    chunk.clear().limit(n);
                    left -= n;
                }
                row[k] = chunk.getFloat();
            }
        }
        return weights;
    }

    /** Writes the copy whole or not at all: to a file of its own, synced, then moved over the name. */
    private static void write(CRFClassifier<CoreLabel> model, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        Path partial = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                    ObjectOutputStream objects = new ObjectOutputStream(out)) {
                float[][] weights = weightsOf(model);
                setWeights(model, new float[0][]); // written after the model, in bulk
                try {
                    model.serializeClassifier(objects);
                } finally {
                    setWeights(model, weights);
                }
                writeWeights(weights, objects);
                objects.flush();
                channel.force(true);
            }
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeOlderCopies(copy);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Copies of the same model made by another CoreNLP or in another layout: never read again. */
    private static void removeOlderCopies(Path copy) throws IOException {
        String name = copy.getFileName().toString();
        String model = name.substring(0, name.lastIndexOf('.', name.length() - ".ser".length() - 1) + 1);
        try (var siblings = Files.newDirectoryStream(copy.getParent(), p -> {
            String other = p.getFileName().toString();
            return other.startsWith(model) && other.endsWith(".ser") && !other.equals(name);
        })) {
            for (Path older : siblings) Files.deleteIfExists(older);
        }
    }

    private static float[][] weightsOf(CRFClassifier<CoreLabel> model) {
        try {
            return (float[][]) weightsField().get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setWeights(CRFClassifier<CoreLabel> model, float[][] weights) {
        try {
            weightsField().set(model, weights);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field weightsField() {
        try {
            Field field = CRFClassifier.class.getDeclaredField("weights");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this CoreNLP's CRFClassifier has no weights field", e);
        }
    }

    /**
     * Replaces the model's feature index by its compact form (the field is package-private in CoreNLP); false, and the
     * model as it was, when this CoreNLP has no such field.
     */
    @SuppressWarnings("unchecked")
    static boolean compact(CRFClassifier<CoreLabel> model) {
        try {
            Field field = CRFClassifier.class.getDeclaredField("featureIndex");
            field.setAccessible(true);
            field.set(model, CompactFeatureIndex.of((Index<String>) field.get(model)));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
