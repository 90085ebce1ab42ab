package org.thirdspace.gaps;

import java.util.List;

/** One page of the board; {@code total} counts every match. */
public record GapPage(long total, int page, int size, List<GapSummary> items) {
}
