package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Valid UTF-8 is read as the strict decoder reads it, whichever way it takes; anything else is not taken for it. */
class TextDecoderTest {
    @Test
    void validUtf8IsTheStrictDecodersText() throws Exception {
        for (String text : List.of("Lavrov met Wang.\n", "\uFEFFWith a byte-order mark", "São Paulo — Brasília, 北京, 🇰🇪",
                "a replacement character \uFFFD written in valid UTF-8", "")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            assertEquals(strict(bytes).replaceFirst("^\uFEFF", ""), d.text(), text);
            assertNull(d.encoding(), text);
        }
    }

    @Test
    void malformedUtf8IsNeverTakenForValid() throws Exception {
        byte[] latin = "Caf\u00e9 talks, na\u00efve \u201cYes\u201d".getBytes(Charset.forName("windows-1252"));
        assertEquals(TextDecoder.WINDOWS_1252, TextDecoder.decode(latin).encoding());
        assertEquals("Caf\u00e9 talks, na\u00efve \u201cYes\u201d", TextDecoder.decode(latin).text());
        byte[] mostlyUtf8 = concat("S\u00e3o Paulo, Bras\u00edlia, \u00e9t\u00e9 ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3});
        assertEquals(TextDecoder.UTF8_REPLACED, TextDecoder.decode(mostlyUtf8).encoding());
        byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'}; // CESU-8, not UTF-8
        assertEquals(TextDecoder.WINDOWS_1252, TextDecoder.decode(surrogate).encoding());
    }

    private static String strict(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
