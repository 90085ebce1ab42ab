package org.thirdspace.security.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.thirdspace.security.internal.LoginThrottledException;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents for authentication (401, 429) and authorization (403) failures of the API.
 */
public class Problems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json = JsonMapper.builder().build();
    private final boolean basicAuthEnabled;

    public Problems(boolean basicAuthEnabled) {
        this.basicAuthEnabled = basicAuthEnabled;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        LoginThrottledException throttled = throttled(exception);
        if (throttled != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed authentication attempts. Try again in " + throttled.retryAfterSeconds()
                            + " seconds.");
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ThirdSpace\"");
        if (basicAuthEnabled) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ThirdSpace\", charset=\"UTF-8\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED,
                "Authentication is required: send a personal access token as a Bearer token"
                        + (basicAuthEnabled ? " or use HTTP Basic with email and password." : "."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "You are not allowed to do this.");
    }

    private static LoginThrottledException throttled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LoginThrottledException lte) {
                return lte;
            }
        }
        return null;
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                       String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
