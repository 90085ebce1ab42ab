package org.thirdspace.casestudies;

import java.util.Map;
import java.util.Set;

/**
 * A revision's Markdown as safe HTML: each non-empty field (in template order) and the summary,
 * sanitised against the allow-list, with {@code [[Title]]} links resolved ({@code missingTitles}
 * have no visible target and render as red links to create them).
 */
public record RenderedRevision(String summaryHtml, Map<CaseStudyField, String> fieldsHtml, Set<String> missingTitles) {
}
