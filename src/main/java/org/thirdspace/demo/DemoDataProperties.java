package org.thirdspace.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data for the embedded default.
 *
 * @param enabled whether an empty database is filled with demo data at start-up
 * @param seed seed of the generator: the same seed gives the same population
 * @param institutions how many institutions to create (universities are about one in twenty)
 * @param people how many people (with accounts) to create, besides the named demo logins
 * @param password the password of every demo account
 */
@ConfigurationProperties("thirdspace.demo")
public record DemoDataProperties(Boolean enabled, Long seed, Integer institutions, Integer people, String password) {

    public DemoDataProperties {
        enabled = enabled == null || enabled;
        seed = seed == null ? 20261122L : seed;
        institutions = institutions == null ? 240 : institutions;
        people = people == null ? 3000 : people;
        password = password == null ? "Partnership-demo-2026" : password;
    }
}
