package org.thirdspace;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages under {@code org.thirdspace} are application modules: they may use each
 * other's root-package API only (never {@code internal}), and must not depend on each other in
 * cycles. This test fails on any violation and writes the module documentation.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ThirdSpaceApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theExpectedModulesExist() {
        var names = MODULES.stream().map(module -> module.getIdentifier().toString()).toList();
        org.assertj.core.api.Assertions.assertThat(names)
                .contains("shell", "shared", "institutions", "people", "demo");
    }
}
