package org.thirdspace.glossary;

import java.util.List;

/** One page of glossary terms in A–Z order; {@code total} counts every match. */
public record GlossaryPage(long total, int page, int size, List<GlossaryEntry> items) {
}
