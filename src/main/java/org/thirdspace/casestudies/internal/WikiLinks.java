package org.thirdspace.casestudies.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code [[Title]]} links between case studies: found in Markdown, and matched to case studies
 * through a normalised title key (case, accents' composition and spacing do not matter).
 */
public final class WikiLinks {

    /** A link: two brackets, 1 to 200 characters without brackets, pipes or line breaks, two brackets. */
    public static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\r\\n]{1,200})]]");

    private WikiLinks() {
    }

    /** The key a title is found by. */
    public static String key(String title) {
        String normal = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC);
        return normal.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Keys of the link targets in a text. */
    public static Set<String> targets(String markdown) {
        Set<String> keys = new LinkedHashSet<>();
        if (markdown == null) {
            return keys;
        }
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            String key = key(m.group(1));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }
}
