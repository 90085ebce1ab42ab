package org.thirdspace.needs;

/** The needs tests' fixtures for tests in other packages. */
public final class NeedServiceTestAccess {

    private NeedServiceTestAccess() {
    }

    /** A valid need on behalf of an institution. */
    public static NeedDraft draft(String title, long institutionId) {
        return NeedServiceTest.draft(title, institutionId, null);
    }
}
