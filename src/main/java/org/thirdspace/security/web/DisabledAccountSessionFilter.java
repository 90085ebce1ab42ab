package org.thirdspace.security.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thirdspace.security.internal.AccountPrincipal;
import org.thirdspace.security.internal.DisabledAccounts;

/** Ends the session of an account that was disabled after it logged in. */
class DisabledAccountSessionFilter extends OncePerRequestFilter {

    private final DisabledAccounts disabledAccounts;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    DisabledAccountSessionFilter(DisabledAccounts disabledAccounts) {
        this.disabledAccounts = disabledAccounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                && disabledAccounts.contains(principal.id())) {
            logout.logout(request, response, auth);
        }
        chain.doFilter(request, response);
    }
}
