package org.thirdspace.casestudies.api;

import java.nio.charset.StandardCharsets;

/** Headers of file downloads. */
final class Downloads {

    /** Bytes of RFC 8187 {@code attr-char} that need no percent-encoding. */
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /**
     * {@code Content-Disposition: attachment} with an ASCII {@code filename} for old clients and the
     * exact name as {@code filename*=UTF-8''…} (percent-encoded), so no name can break the header.
     */
    static String attachment(String fileName) {
        String name = fileName == null ? "" : fileName;
        StringBuilder fallback = new StringBuilder();
        name.codePoints().forEach(cp -> fallback.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\'
                && cp != ';' && cp != '%' ? (char) cp : '_'));
        String ascii = fallback.toString().strip();
        if (ascii.isEmpty() || ascii.chars().allMatch(c -> c == '_' || c == '.')) {
            ascii = "download";
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name.isEmpty() ? ascii : name);
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
