package org.thirdspace.forum.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** Finds the first byte that breaks UTF-8 (bad sequences, overlong forms, encoded surrogates, truncation). */
final class Utf8Check {

    private static final int CHUNK = 8 * 1024;

    private Utf8Check() {
    }

    /** The offset of the first byte of the first malformed sequence; empty when the bytes are valid UTF-8. */
    static OptionalInt firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return OptionalInt.of(in.position());
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            out.clear();
            CoderResult flushed = decoder.flush(out);
            return flushed.isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
        }
    }
}
