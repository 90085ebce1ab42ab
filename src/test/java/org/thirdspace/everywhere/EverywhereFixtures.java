package org.thirdspace.everywhere;

import java.util.concurrent.ThreadLocalRandom;

/** Helpers for search-everywhere tests that share one database. */
public final class EverywhereFixtures {

    private EverywhereFixtures() {
    }

    /** The prefix and nine random letters: a word no other test uses (nor one within two edits of it). */
    public static String token(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
