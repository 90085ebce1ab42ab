package org.thirdspace.everywhere.internal;

import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchType;

/**
 * The search of one type through its feature's own service, as the current user. Called on a
 * worker thread that carries the caller's security and locale context.
 */
public interface TypeSource {

    SearchType type();

    /**
     * Page {@code page} of {@code size} matches of the (validated, non-blank) text, with the total
     * the user may see; throws when the feature's search fails.
     */
    EverywhereResult.Section search(String text, int page, int size);
}
