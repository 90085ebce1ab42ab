/**
 * Security module: accounts, sign-up and verification, password reset, login (form, remember-me, HTTP Basic,
 * personal access tokens), login throttling and the security filter chains.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = "mail")
package org.thirdspace.security;
