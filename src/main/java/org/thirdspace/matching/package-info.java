/**
 * Matches (issue 9, point 2 and the introduction step of point 3): for a need, people ranked by
 * one Elasticsearch query (text, facets, distance, availability and capacity, recent activity,
 * connections) with reasons that are true of each person, people already partnered with the
 * requesting institution in a separate list, related case studies and groups, weights brokers
 * tune per search, and introductions a broker sends between the need's author and a candidate.
 * {@link org.thirdspace.matching.MatchingService}, {@code GET /api/v1/needs/{id}/matches}, the
 * "Suggested people" section of the need page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matches")
package org.thirdspace.matching;
