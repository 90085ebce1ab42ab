package org.thirdspace.security.web;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** Declares the API's authentication schemes for springdoc. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Personal access token (created on the account page)")
@SecurityScheme(name = OpenApiConfiguration.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Email and password (when thirdspace.api.basic-auth-enabled is true)")
class OpenApiConfiguration {

    static final String BEARER = "bearerToken";
    static final String BASIC = "basicAuth";
}
