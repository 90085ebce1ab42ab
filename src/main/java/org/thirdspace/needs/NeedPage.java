package org.thirdspace.needs;

import java.util.List;

/** One page of the board; {@code total} counts every match the reader may see. */
public record NeedPage(long total, int page, int size, List<NeedSummary> items) {
}
