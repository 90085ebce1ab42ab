package org.thirdspace.security.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** API authentication options. */
@ConfigurationProperties("thirdspace.api")
public record ApiProperties(@DefaultValue("true") boolean basicAuthEnabled) {
}
