package org.thirdspace.casestudies.internal.export;

import java.text.Normalizer;
import java.util.Locale;

/** Download names for exports: the title as ASCII words joined by hyphens, e.g. {@code reading-buddies.md}. */
public final class ExportFileNames {

    static final int MAX_STEM = 80;

    private ExportFileNames() {
    }

    public static String fileName(String title, long caseStudyId, String extension) {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String stem = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("ł", "l").replace("Ł", "l")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM);
            int cut = stem.lastIndexOf('-');
            if (cut > MAX_STEM / 2) {
                stem = stem.substring(0, cut);
            }
            stem = stem.replaceAll("-+$", "");
        }
        if (stem.isEmpty()) {
            stem = "case-study-" + caseStudyId;
        }
        return ext.isEmpty() ? stem : stem + "." + ext;
    }
}
