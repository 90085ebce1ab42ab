package org.thirdspace.needs;

/** On whose behalf a need is posted: an institution or a group, by id and name. */
public record NeedBehalf(Kind kind, long id, String name) {

    public enum Kind {
        INSTITUTION, GROUP
    }
}
