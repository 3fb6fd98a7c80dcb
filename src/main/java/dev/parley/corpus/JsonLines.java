package dev.parley.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSONL read a line at a time, for standard input and for files too large to read whole: memory holds one line of at
 * most {@code maxLineBytes} bytes; a longer line is passed over to its end, counted but never held.
 */
final class JsonLines {
    /** Receives each line in order: its text, or why it has none. */
    interface Sink {
        /**
         * @param number   1-based line number
         * @param text     the line without its line break, or null when it was too long or not text
         * @param encoding the line's encoding when not UTF-8, else null
         * @param problem  why {@code text} is null, else null
         */
        void line(int number, String text, String encoding, String problem);
    }

    private JsonLines() {
    }

    /**
     * Reads {@code in} to its end.
     *
     * @param detectEncoding decode each line as {@link TextDecoder} does (UTF-8, else Windows-1252); false: UTF-8 with
     *                       invalid bytes replaced
     * @param maxChars       the limit named when a line is too long
     */
    static void read(InputStream in, int maxLineBytes, boolean detectEncoding, int maxChars, Sink sink) throws IOException {
        byte[] buf = new byte[1 << 16];
        byte[] line = new byte[Math.min(maxLineBytes, 1 << 12)];
        int used = 0;
        long length = 0; // the whole line's length, also when it is not held
        int number = 1;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            for (int start = 0, i = 0; start <= n; start = ++i) {
                while (i < n && buf[i] != '\n') i++;
                int len = i - start;
                length += len;
                if (length <= maxLineBytes) {
                    if (used + len > line.length) line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, used + len)));
                    System.arraycopy(buf, start, line, used, len);
                    used += len;
                }
                if (i < n) { // the line ends here
                    emit(number++, line, used, length, maxLineBytes, detectEncoding, maxChars, sink);
                    used = 0;
                    length = 0;
                }
            }
        }
        if (length > 0) emit(number, line, used, length, maxLineBytes, detectEncoding, maxChars, sink);
    }

    private static void emit(int number, byte[] line, int used, long length, int maxLineBytes, boolean detectEncoding,
                             int maxChars, Sink sink) {
        if (length > maxLineBytes) {
            sink.line(number, null, null, "too large: " + length + " bytes, over the limit of " + maxChars
                    + " characters (raise --max-chars to read it)");
            return;
        }
        byte[] bytes = Arrays.copyOf(line, used);
        if (!detectEncoding) {
            sink.line(number, new String(bytes, StandardCharsets.UTF_8), null, null);
            return;
        }
        try {
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            sink.line(number, d.text(), d.encoding(), null);
        } catch (TextDecoder.NotText e) {
            sink.line(number, null, null, e.getMessage());
        }
    }
}
