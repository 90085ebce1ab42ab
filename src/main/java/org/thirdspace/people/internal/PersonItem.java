package org.thirdspace.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A free-text list entry on a profile (topic, credential, language). */
@Embeddable
public class PersonItem {

    public enum Kind { TOPIC, CREDENTIAL, LANGUAGE }

    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "item", nullable = false, length = 150)
    private String item;

    protected PersonItem() {
    }

    PersonItem(Kind kind, String item) {
        this.kind = kind.name();
        this.item = item;
    }

    public String kind() {
        return kind;
    }

    public String item() {
        return item;
    }
}
