package dev.parley.cache;

import dev.parley.resolve.DocEntities;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Compact binary form of parley's value records (AnnotatedDoc, DocDigest, ...), for the per-document result cache
 * ({@link ResultCache}), Spark shuffles and the Spark job's Parquet store: parley's records are not
 * {@code Serializable} and carry no codec of their own. Records are written component by component through
 * reflection, so a record that gains a field needs no change here (but its old encodings no longer decode: whoever
 * keeps them must key them by the code that wrote them); each stream names a class once and refers to it by number
 * after that; the whole is deflated.
 */
public final class RecordCodec {
    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, BOOL = 4, DOUBLE = 5, ENUM = 6, DATE = 7,
            LIST = 8, MAP = 9, RECORD = 10, DOC_ENTITIES = 11;
    /** Per record class: its components' accessors and its canonical constructor, looked up once. */
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    /** The classes that decoded streams named, by name: each stream names its classes again. */
    private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

    private record Shape(Method[] accessors, Constructor<?> constructor) {
    }

    private RecordCodec() {
    }

    /** The value (a record, list, map, string, boxed primitive, enum, date or null) as deflated bytes. */
    public static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            encode(value, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@link #encode}'s bytes for the value to {@code out}, which stays open. */
    public static void encode(Object value, OutputStream out) throws IOException {
        // The value is written to memory first and deflated in one pass: a DataOutputStream straight onto a
        // DeflaterOutputStream would call the deflater once per byte of every int and tag.
        ByteArrayOutputStream plain = new ByteArrayOutputStream(1 << 12);
        new Writer(new DataOutputStream(plain)).write(value);
        Deflater deflater = new Deflater();
        try {
            DeflaterOutputStream deflated = new DeflaterOutputStream(new NotClosing(out), deflater, 1 << 12);
            plain.writeTo(deflated);
            deflated.close(); // finishes the deflated stream, not out
        } finally {
            deflater.end();
        }
    }

    /** Reads what {@link #encode} wrote for a value of that type from {@code in}, to its end; damaged bytes throw. */
    public static <T> T decode(InputStream in, Class<T> type) throws IOException {
        // Inflated whole, then read from memory: reading the ints and tags through an InflaterInputStream would call
        // the inflater once per byte, which made reading a rerun's stored results its slowest part.
        byte[] plain;
        Inflater inflater = new Inflater();
        try {
            plain = new InflaterInputStream(in, inflater, 1 << 12).readAllBytes();
        } finally {
            inflater.end();
        }
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        Object value;
        try {
            value = new Reader(buffer).read();
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("corrupt RecordCodec data: cut short", e);
        }
        if (buffer.hasRemaining()) throw new IOException("trailing bytes after the value");
        if (!type.isInstance(value)) throw new IOException("a " + (value == null ? "null" : value.getClass().getName()) + " where a " + type.getSimpleName() + " was stored");
        return type.cast(value);
    }

    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Reads what {@link #encode} wrote for a value of that type; damaged bytes throw. */
    public static <T> T decode(byte[] data, Class<T> type) {
        try {
            return decode(new ByteArrayInputStream(data), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> classes = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object v) throws IOException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String) {
                out.writeByte(STRING);
                string((String) v);
            } else if (v instanceof Integer) {
                out.writeByte(INT);
                out.writeInt((Integer) v);
            } else if (v instanceof Long) {
                out.writeByte(LONG);
                out.writeLong((Long) v);
            } else if (v instanceof Boolean) {
                out.writeByte(BOOL);
                out.writeBoolean((Boolean) v);
            } else if (v instanceof Double) {
                out.writeByte(DOUBLE);
                out.writeDouble((Double) v);
            } else if (v instanceof Enum) {
                out.writeByte(ENUM);
                type(((Enum<?>) v).getDeclaringClass());
                string(((Enum<?>) v).name());
            } else if (v instanceof LocalDate) {
                out.writeByte(DATE);
                out.writeLong(((LocalDate) v).toEpochDay());
            } else if (v instanceof List) {
                out.writeByte(LIST);
                out.writeInt(((List<?>) v).size());
                for (Object x : (List<?>) v) write(x);
            } else if (v instanceof Map) {
                out.writeByte(MAP);
                out.writeInt(((Map<?, ?>) v).size());
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    write(e.getKey());
                    write(e.getValue());
                }
            } else if (v instanceof DocEntities) {
                DocEntities d = (DocEntities) v; // a class, not a record: its lookups are rebuilt from these three
                out.writeByte(DOC_ENTITIES);
                write(d.docId());
                write(d.people());
                write(d.places());
            } else if (v.getClass().isRecord()) {
                out.writeByte(RECORD);
                type(v.getClass());
                for (Method accessor : shape(v.getClass()).accessors()) {
                    try {
                        write(accessor.invoke(v));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + accessor, e);
                    }
                }
            } else {
                throw new IllegalArgumentException("RecordCodec cannot write a " + v.getClass().getName()
                        + "; add it to RecordCodec");
            }
        }

        private void type(Class<?> c) throws IOException {
            Integer n = classes.get(c);
            if (n != null) {
                out.writeInt(n);
            } else {
                classes.put(c, classes.size());
                out.writeInt(-1);
                string(c.getName());
            }
        }

        private void string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static final class Reader {
        private final ByteBuffer in;
        private final List<Class<?>> classes = new ArrayList<>();

        Reader(ByteBuffer in) {
            this.in = in;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read() throws IOException {
            int tag = in.get();
            switch (tag) {
                case NULL: return null;
                case STRING: return string();
                case INT: return in.getInt();
                case LONG: return in.getLong();
                case BOOL: return in.get() != 0;
                case DOUBLE: return in.getDouble();
                case ENUM: {
                    Class enumType = type();
                    return Enum.valueOf(enumType, string());
                }
                case DATE: return LocalDate.ofEpochDay(in.getLong());
                case LIST: {
                    int n = count();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) list.add(read());
                    return list;
                }
                case MAP: {
                    int n = count();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) map.put(read(), read());
                    return map;
                }
                case DOC_ENTITIES: return new DocEntities((String) read(), (List) read(), (List) read());
                case RECORD: return record(type());
                default: throw new IOException("corrupt RecordCodec data: tag " + tag);
            }
        }

        /** A length or count, which cannot exceed the bytes left (each element takes at least one): no huge allocation from damaged data. */
        private int count() throws IOException {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) throw new IOException("corrupt RecordCodec data: count " + n);
            return n;
        }

        private Object record(Class<?> c) throws IOException {
            if (!c.isRecord()) throw new IOException("RecordCodec data names " + c.getName() + " as a record");
            Shape shape = shape(c);
            Object[] args = new Object[shape.accessors().length];
            for (int i = 0; i < args.length; i++) args[i] = read();
            try {
                return shape.constructor().newInstance(args);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IOException("cannot rebuild " + c.getName() + ": " + e, e);
            }
        }

        private Class<?> type() throws IOException {
            int n = in.getInt();
            if (n >= 0) {
                if (n >= classes.size()) throw new IOException("corrupt RecordCodec data: class number " + n);
                return classes.get(n);
            }
            String name = string();
            Class<?> c = CLASSES.get(name);
            if (c == null) {
                try {
                    c = Class.forName(name, false, RecordCodec.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IOException("RecordCodec data names an unknown class " + name, e);
                }
                CLASSES.putIfAbsent(name, c);
            }
            classes.add(c);
            return c;
        }

        private String string() throws IOException {
            int n = count();
            String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
            in.position(in.position() + n);
            return s;
        }
    }

    private static Shape shape(Class<?> c) {
        Shape known = SHAPES.get(c);
        if (known != null) return known;
        RecordComponent[] parts = c.getRecordComponents();
        Method[] accessors = new Method[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            accessors[i] = parts[i].getAccessor();
            accessors[i].setAccessible(true); // a record nested in a package-private class
            types[i] = parts[i].getType();
        }
        try {
            Constructor<?> ctor = c.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            Shape shape = new Shape(accessors, ctor);
            SHAPES.putIfAbsent(c, shape);
            return shape;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + c.getName(), e);
        }
    }
}
