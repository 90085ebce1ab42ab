/**
 * Finder module: the boundary-spanner finder. Keeps the {@code people} search index in step with
 * the people and institutions features (through their events) and answers people searches with
 * typo tolerance, role synonyms, facets, distance and privacy ({@link org.thirdspace.finder.PeopleFinder},
 * {@code GET /api/v1/people}, the {@code people} view).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finder")
package org.thirdspace.finder;
