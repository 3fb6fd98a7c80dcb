package dev.parley.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 (a byte-order mark is dropped), UTF-16 when it starts with its byte-order
 * mark, else Windows-1252, the usual encoding of older saved pages and exports (UTF-8 with a few corrupt bytes
 * stays UTF-8); binary content is refused.
 */
final class TextDecoder {
    static final String WINDOWS_1252 = "windows-1252";
    static final String UTF8_REPLACED = "UTF-8 with invalid bytes replaced";
    private static final int SAMPLE = 8192;

    private TextDecoder() {
    }

    /** Decoded text, and the encoding's name when it was not UTF-8 (else null). */
    record Decoded(String text, String encoding) {
    }

    /** Thrown with a plain reason when the bytes are not text. */
    static final class NotText extends Exception {
        NotText(String reason) {
            super(reason);
        }
    }

    static Decoded decode(byte[] bytes) throws NotText {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return checked(new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16"));
        }
        for (int i = 0; i < Math.min(bytes.length, SAMPLE); i++) {
            if (bytes[i] == 0) throw new NotText("binary file (contains NUL bytes), not text");
        }
        // Valid UTF-8 is decoded by the String constructor (a copy for ASCII), much cheaper than a CharsetDecoder: its
        // replacement character only stands for a malformed sequence if the text has one, which then goes the strict
        // way below (a replacement character written in valid UTF-8 goes it too, and is kept there).
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return checked(new Decoded(fast.startsWith("\uFEFF") ? fast.substring(1) : fast, null));
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return checked(new Decoded(s.startsWith("\uFEFF") ? s.substring(1) : s, null));
        } catch (CharacterCodingException e) {
            return checked(fallback(bytes));
        }
    }

    /**
     * Text that is not valid UTF-8: when it still holds more well-formed multi-byte UTF-8 characters than broken
     * bytes, it is UTF-8 with a few corrupt bytes (decoded as Windows-1252 every accented letter would turn into
     * two or three wrong ones); otherwise it is Windows-1252.
     */
    private static Decoded fallback(byte[] bytes) {
        String lossy = new String(bytes, StandardCharsets.UTF_8);
        int replaced = 0;
        int multiByte = 0;
        for (int i = 0; i < lossy.length(); i++) {
            char c = lossy.charAt(i);
            if (c == '\uFFFD') replaced++;
            else if (c > 0x7F && !Character.isLowSurrogate(c)) multiByte++;
        }
        if (multiByte > replaced) {
            String s = lossy.startsWith("\uFEFF") ? lossy.substring(1) : lossy;
            return new Decoded(s, UTF8_REPLACED);
        }
        return new Decoded(new String(bytes, Charset.forName(WINDOWS_1252)), WINDOWS_1252);
    }

    /** Refuses text whose sample is more than 10% control characters or undecodable bytes. */
    private static Decoded checked(Decoded d) throws NotText {
        String s = d.text();
        int n = Math.min(s.length(), SAMPLE);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) bad++;
        }
        if (n > 0 && bad * 10 > n) throw new NotText("binary file (mostly non-text bytes), not text");
        return d;
    }
}
