/**
 * Case studies module (issue 5, groundwork only): the case-study wiki with revisions, review
 * before publish, stable published versions, discussion, search and export. See ADR 8 (proposed).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case studies")
package org.thirdspace.casestudies;
