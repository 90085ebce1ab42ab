package org.thirdspace.forum.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8CheckTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void validTextOfEveryLengthPasses() {
        assertThat(Utf8Check.firstInvalidByte(new byte[0])).isEmpty();
        assertThat(Utf8Check.firstInvalidByte("{\"markdown\":\"Grüße, 学校 and 🌱\"}"
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
        // longer than the decoder's output chunk, with a character split across the chunk border
        String long_ = "é".repeat(20_000) + "🌱".repeat(5_000);
        assertThat(Utf8Check.firstInvalidByte(long_.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void findsTheFirstBrokenSequence() {
        // 0xC3 starts a two-byte character, 0x28 "(" cannot continue it
        assertThat(Utf8Check.firstInvalidByte(bytes('a', 'b', 0xC3, 0x28, 'c'))).hasValue(2);
        // a lone continuation byte
        assertThat(Utf8Check.firstInvalidByte(bytes('a', 0x80))).hasValue(1);
        // an overlong "/" and an encoded surrogate (U+D800) are not UTF-8 either
        assertThat(Utf8Check.firstInvalidByte(bytes('x', 0xC0, 0xAF))).hasValue(1);
        assertThat(Utf8Check.firstInvalidByte(bytes(0xED, 0xA0, 0x80))).hasValue(0);
        // a character cut off at the end
        assertThat(Utf8Check.firstInvalidByte(bytes('o', 'k', 0xE2, 0x82))).hasValue(2);
        // far into a long body
        byte[] body = ("x".repeat(100_000) + "\u0000").getBytes(StandardCharsets.UTF_8);
        body[100_000] = (byte) 0xFF;
        assertThat(Utf8Check.firstInvalidByte(body)).hasValue(100_000);
    }
}
