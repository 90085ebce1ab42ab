/**
 * Search everywhere (issue 9, point 4): one query over people, groups, case studies, forum topics,
 * good-practice collections and needs, with a count per type, highlighted snippets and links.
 * Every type is searched through its own feature's search service ({@code PeopleFinder},
 * {@code GroupSearch}, {@code CaseStudySearch}, {@code ForumSearch}, {@code CurationService},
 * {@code NeedService}), so visibility (private groups, drafts, hidden profiles) is decided in one
 * place per feature; the searches run concurrently as the caller. The header search box, the
 * {@code search} view and {@code GET /api/v1/search}. See ADR 16.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search everywhere")
package org.thirdspace.everywhere;
