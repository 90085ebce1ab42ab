package org.thirdspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUnpredictablePassword() {
        assertThat(policy.check("Tide-Lantern-Orbit-42", "jane.doe@school.example", "Jane Doe")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.check("Ab1-xyzq", "a@b.example", "X")).containsExactly("security.password.too-short");
        assertThat(policy.check("", "a@b.example", "X")).containsExactly("security.password.too-short");
    }

    @Test
    void refusesCommonPasswordsIgnoringCase() {
        assertThat(policy.check("Password123", "a@b.example", "X")).contains("security.password.common");
        assertThat(policy.check("THIRDSPACE123", "a@b.example", "X")).contains("security.password.common");
    }

    @Test
    void refusesTheEmailAddressOrItsLocalPart() {
        assertThat(policy.check("jane.doe@school.example", "jane.doe@school.example", "J"))
                .contains("security.password.contains-email");
        assertThat(policy.check("xx-Jane.Doe-2024!", "jane.doe@school.example", "J"))
                .contains("security.password.contains-email");
    }

    @Test
    void refusesTheDisplayName() {
        assertThat(policy.check("Margaret-Loves-Tea", "m@b.example", "Margaret Hamilton"))
                .contains("security.password.contains-name");
        assertThat(policy.check("x-margarethamilton", "m@b.example", "Margaret Hamilton"))
                .contains("security.password.contains-name");
    }

    @Test
    void refusesLongRunsAndSequences() {
        assertThat(policy.check("Mango-aaaa-Tree9", "m@b.example", "X")).contains("security.password.repeated");
        assertThat(policy.check("Mango-12345-Tree", "m@b.example", "X")).contains("security.password.sequence");
        assertThat(policy.check("Mango-abcde-Tree9", "m@b.example", "X")).contains("security.password.sequence");
        assertThat(policy.check("Mango-qwert-Tree9", "m@b.example", "X")).contains("security.password.sequence");
        // short runs are fine
        assertThat(policy.check("Mango-123-aaa-Tree", "m@b.example", "X")).isEmpty();
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThat(policy.check("aaaa12345", "m@b.example", "X"))
                .contains("security.password.too-short", "security.password.repeated",
                        "security.password.sequence");
    }

    @Test
    void requireThrowsWithTheKeys() {
        assertThatThrownBy(() -> policy.require("short", "m@b.example", "X"))
                .isInstanceOfSatisfying(PasswordPolicyException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("security.password.too-short"));
    }
}
