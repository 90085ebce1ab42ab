/**
 * Trust levels (issue 7). Placeholder API until the trust branch lands: see
 * /work/shared/helper-briefs/trust-contract.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trust levels")
package org.thirdspace.trust;
