package org.thirdspace.groups.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An owning institution of a group and its place in the list. */
@Embeddable
public class GroupOwner {

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "position", nullable = false)
    private int position;

    protected GroupOwner() {
    }

    GroupOwner(long institutionId, int position) {
        this.institutionId = institutionId;
        this.position = position;
    }

    public long institutionId() {
        return institutionId;
    }

    public int position() {
        return position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupOwner g && g.institutionId == institutionId && g.position == position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(institutionId, position);
    }
}
