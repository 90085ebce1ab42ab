/**
 * Needs board (issue 9, point 1): a member posts what their school, college or group needs (what,
 * for whom, facets, time frame, how many people) on behalf of one of their institutions or groups;
 * a broker claims it and it is closed with an outcome. Matching, the brokers' queue and search
 * build on {@link org.thirdspace.needs.NeedService} and the {@link org.thirdspace.needs.NeedPosted}
 * and {@link org.thirdspace.needs.NeedChanged} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Needs board")
package org.thirdspace.needs;
