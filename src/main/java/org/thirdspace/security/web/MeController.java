package org.thirdspace.security.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.security.AccountException;
import org.thirdspace.security.AccountSummary;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.Role;

/** The authenticated account. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class MeController {

    /** The JSON shape of {@code GET /api/v1/me}. */
    record Me(long id, String email, String displayName, Set<Role> roles, boolean emailVerified) {
    }

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The account the request is authenticated as")
    Me me() {
        AccountSummary a = currentUser.get().orElseThrow(AccountException.NotFound::new);
        return new Me(a.id(), a.email(), a.displayName(), a.roles(), a.emailVerified());
    }
}
