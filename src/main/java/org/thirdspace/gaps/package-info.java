/**
 * Gap board (issue 7): moderators post requests for missing evidence, tagged with vocabulary
 * facets; members answer them by linking a published case study everyone may read. See ADR 13.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gap board")
package org.thirdspace.gaps;
