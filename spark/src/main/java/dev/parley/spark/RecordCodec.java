package dev.parley.spark;

import dev.parley.resolve.DocEntities;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Compact binary form of parley's value records (AnnotatedDoc, DocResult, ...), for Spark shuffles and the Parquet
 * store: parley's records are not {@code Serializable} and carry no codec of their own. Records are written
 * component by component through reflection, so a record that gains a field needs no change here; each stream
 * names a class once and refers to it by number after that; the whole is deflated.
 */
final class RecordCodec {
    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, BOOL = 4, DOUBLE = 5, ENUM = 6, DATE = 7,
            LIST = 8, MAP = 9, RECORD = 10, DOC_ENTITIES = 11;
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordCodec() {
    }

    static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            new Writer(out).write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static <T> T decode(byte[] data, Class<T> type) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            return type.cast(new Reader(in).read());
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
                for (RecordComponent c : v.getClass().getRecordComponents()) {
                    try {
                        write(c.getAccessor().invoke(v));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c, e);
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
        private final DataInputStream in;
        private final List<Class<?>> classes = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read() throws IOException {
            int tag = in.readByte();
            switch (tag) {
                case NULL: return null;
                case STRING: return string();
                case INT: return in.readInt();
                case LONG: return in.readLong();
                case BOOL: return in.readBoolean();
                case DOUBLE: return in.readDouble();
                case ENUM: {
                    Class enumType = type();
                    return Enum.valueOf(enumType, string());
                }
                case DATE: return LocalDate.ofEpochDay(in.readLong());
                case LIST: {
                    int n = in.readInt();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) list.add(read());
                    return list;
                }
                case MAP: {
                    int n = in.readInt();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) map.put(read(), read());
                    return map;
                }
                case DOC_ENTITIES: return new DocEntities((String) read(), (List) read(), (List) read());
                case RECORD: return record(type());
                default: throw new IOException("corrupt RecordCodec data: tag " + tag);
            }
        }

        private Object record(Class<?> c) throws IOException {
            RecordComponent[] parts = c.getRecordComponents();
            Object[] args = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) args[i] = read();
            try {
                return constructor(c).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + c.getName(), e);
            }
        }

        private Class<?> type() throws IOException {
            int n = in.readInt();
            if (n >= 0) return classes.get(n);
            String name = string();
            try {
                Class<?> c = Class.forName(name, false, RecordCodec.class.getClassLoader());
                classes.add(c);
                return c;
            } catch (ClassNotFoundException e) {
                throw new IOException("RecordCodec data names an unknown class " + name, e);
            }
        }

        private String string() throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    private static Constructor<?> constructor(Class<?> c) {
        return CONSTRUCTORS.computeIfAbsent(c, k -> {
            Class<?>[] types = new Class<?>[k.getRecordComponents().length];
            for (int i = 0; i < types.length; i++) types[i] = k.getRecordComponents()[i].getType();
            try {
                Constructor<?> ctor = k.getDeclaredConstructor(types);
                ctor.setAccessible(true);
                return ctor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + k.getName(), e);
            }
        });
    }
}
