package org.thirdspace.needs.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** A lazy grid's rows {@code offset} to {@code offset + limit}, read through a service's pages of at most {@code maxSize}. */
final class PagedRows {

    private PagedRows() {
    }

    /** {@code page} gives the items of page n (from 0) of {@code size} items, where size is the page size chosen here. */
    static <T> List<T> fetch(int offset, int limit, int maxSize, PageReader<T> page) {
        int size = Math.min(Math.max(limit, 1), maxSize);
        List<T> rows = new ArrayList<>();
        int number = offset / size;
        int skip = offset - number * size;
        while (rows.size() < limit) {
            List<T> items = page.read(number, size);
            items.stream().skip(skip).limit(limit - rows.size()).forEach(rows::add);
            if (items.size() < size) {
                break;
            }
            skip = 0;
            number++;
        }
        return rows;
    }

    @FunctionalInterface
    interface PageReader<T> {
        List<T> read(int page, int size);
    }
}
