/**
 * Markdown module: renders member-written Markdown to HTML that is safe to show, through one
 * allow-list shared by every feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Markdown")
package org.thirdspace.markdown;
