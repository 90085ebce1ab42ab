package org.thirdspace.casestudies.internal.attachments;

import java.text.Normalizer;

/** The display name of an uploaded file: no directories, no control or invisible characters, at most 255 characters. */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The sanitised name, or an empty string when nothing is left of it. */
    public static String sanitise(String uploaded) {
        if (uploaded == null) {
            return "";
        }
        String name = Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        // browsers and tools send full paths (C:\Users\...\file.pdf): keep the last segment only
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
                return;
            }
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (!invisible) {
                out.appendCodePoint(cp);
            }
        });
        name = out.toString().replaceAll(" {2,}", " ").strip();
        // no hidden files or relative names
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        return truncate(name);
    }

    /** At most {@link #MAX_LENGTH} characters (never splitting a surrogate pair), keeping the extension. */
    private static String truncate(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        int keep = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep).strip() + extension;
    }
}
