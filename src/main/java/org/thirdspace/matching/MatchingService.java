package org.thirdspace.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.casestudies.CaseStudyAuthorship;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudySearchResult;
import org.thirdspace.finder.CandidateHit;
import org.thirdspace.finder.CandidateQuery;
import org.thirdspace.finder.CandidateSearch;
import org.thirdspace.finder.Viewers;
import org.thirdspace.groups.GroupConnections;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.GroupSearchResult;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.OwnerInstitution;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.introductions.IntroductionException;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.introductions.NeedIntroduction;
import org.thirdspace.matching.internal.MatchingProperties;
import org.thirdspace.matching.internal.Reasons;
import org.thirdspace.needs.NeedBehalf;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.NeedStatus;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.Role;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.RuleViolation.Kind;

/**
 * Matches for a need and introductions sent from them.
 * <ul>
 * <li><b>Who</b>: the need must be visible to the user (else NOT_FOUND, as on the board). Matches
 * are for brokers, moderators, admins and whoever may edit the need (its author, facilitators of
 * its group); anyone else gets FORBIDDEN. Introductions are sent by brokers only, while the need
 * is not closed (claiming it first is not required: any broker may respond).</li>
 * <li><b>Ranking</b>: {@link CandidateSearch} with the need's title, description and "for whom"
 * as text, its activity/subject/phase codes, the location of its institution (or of the first
 * owner institution of its group with one), "online is fine", its capacity, and connections:
 * people sharing a group with the author and co-authors of the related case studies. The author
 * is never suggested.</li>
 * <li><b>Already partnered</b>: current members and seat holders of the groups the requesting
 * institution(s) own or take part in (for a group's need: that group and its owners' groups), and
 * the requesting institutions' own current staff. They are ranked separately. Only groups the user
 * may see count, so private groups never shape or leak into the answer.</li>
 * <li><b>Related</b>: published case studies (newest first) and groups (by name) from
 * {@link CaseStudySearch} and {@link GroupSearch} (so their visibility rules hold) on one of the
 * need's activities.</li>
 * </ul>
 * Database work per search is a fixed number of queries, whatever the number of candidates.
 */
@Service
@Transactional(readOnly = true)
public class MatchingService {

    public static final int MAX_MESSAGE = IntroductionService.MAX_MESSAGE;

    private final NeedService needs;
    private final CandidateSearch candidates;
    private final Viewers viewers;
    private final GroupConnections connections;
    private final GroupService groups;
    private final GroupSearch groupSearch;
    private final CaseStudySearch caseStudySearch;
    private final CaseStudyAuthorship authorship;
    private final InstitutionService institutions;
    private final IntroductionService introductions;
    private final Reasons reasons;
    private final MessageSource messages;
    private final MatchingProperties properties;
    private final Clock clock;

    MatchingService(NeedService needs, CandidateSearch candidates, Viewers viewers, GroupConnections connections,
            GroupService groups, GroupSearch groupSearch, CaseStudySearch caseStudySearch,
            CaseStudyAuthorship authorship, InstitutionService institutions, IntroductionService introductions,
            Reasons reasons, MessageSource messages, MatchingProperties properties, Clock clock) {
        this.needs = needs;
        this.candidates = candidates;
        this.viewers = viewers;
        this.connections = connections;
        this.groups = groups;
        this.groupSearch = groupSearch;
        this.caseStudySearch = caseStudySearch;
        this.authorship = authorship;
        this.institutions = institutions;
        this.introductions = introductions;
        this.reasons = reasons;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The default weights ({@code thirdspace.matching.*}). */
    public MatchWeights defaultWeights() {
        return new MatchWeights(properties.text(), properties.facets(), properties.distance(),
                properties.availability(), properties.activity(), properties.connections());
    }

    /** The default number of candidates, and the largest allowed. */
    public int defaultSize() {
        return properties.size();
    }

    public int maxSize() {
        return properties.maxSize();
    }

    /** What the current user may do with this need's matches. */
    public MatchPermissions permissions(NeedDetails need) {
        boolean broker = hasAny(Role.BROKER);
        boolean see = broker || hasAny(Role.MODERATOR, Role.ADMIN) || need.canEdit();
        return new MatchPermissions(see, broker, broker && need.status() != NeedStatus.CLOSED);
    }

    /**
     * Ranked matches for a visible need.
     *
     * @param weights null for the defaults
     * @throws org.thirdspace.needs.NeedException NOT_FOUND when the user may not see the need
     * @throws MatchingException FORBIDDEN when they may not see its matches, INVALID for a weight
     *         outside 0-10 (field: its name) or a size outside 1 to {@code max-size}
     */
    @PreAuthorize("isAuthenticated()")
    public NeedMatches matches(long needId, MatchWeights weights, int size) {
        Prepared p = prepare(needId, weights, size);
        var viewer = viewers.current();
        List<List<CandidateHit>> both = candidates.searchAll(List.of(p.query(),
                p.query().partneredOnly(properties.partneredSize())), viewer);
        List<CandidateHit> ranked = both.get(0);
        List<CandidateHit> partnered = both.get(1);
        return new NeedMatches(needId, p.weights(),
                ranked.stream().map(h -> candidate(h, reasons.of(h, p.context(), false))).toList(),
                partnered.stream().map(h -> candidate(h, reasons.of(h, p.context(), true))).toList(),
                p.caseStudies(), p.groups());
    }

    /**
     * The ranking query {@link #matches} sends for the main list (same checks), for the benchmark,
     * which replays it straight against Elasticsearch.
     */
    @PreAuthorize("isAuthenticated()")
    public CandidateQuery candidateQuery(long needId, MatchWeights weights, int size) {
        return prepare(needId, weights, size).query();
    }

    private record Prepared(MatchWeights weights, CandidateQuery query, Reasons.Context context,
            List<NeedMatches.RelatedCaseStudy> caseStudies, List<NeedMatches.RelatedGroup> groups) {
    }

    private Prepared prepare(long needId, MatchWeights weights, int size) {
        NeedDetails need = needs.require(needId);
        if (!permissions(need).seeMatches()) {
            throw new MatchingException(Kind.FORBIDDEN, null, "matching.error.forbidden");
        }
        MatchWeights w = weights == null ? defaultWeights() : weights;
        validate(w, size);
        Locale locale = LocaleContextHolder.getLocale();

        // related content first: its authors count as connections
        List<NeedMatches.RelatedCaseStudy> caseStudies = relatedCaseStudies(need);
        List<NeedMatches.RelatedGroup> relatedGroups = relatedGroups(need);
        Map<Long, String> caseStudyTitles = new LinkedHashMap<>();
        caseStudies.forEach(c -> caseStudyTitles.put(c.id(), c.title()));
        Map<Long, List<Long>> coAuthored = new HashMap<>();
        authorship.authorsOf(caseStudyTitles.keySet()).forEach((caseStudy, authors) -> authors.forEach(
                a -> coAuthored.computeIfAbsent(a, k -> new ArrayList<>()).add(caseStudy)));

        // partners of the requesting institution(s) and the author's own groups
        Requesters requesters = requesters(need);
        Map<Long, GroupRef> groupNames = new HashMap<>();
        List<Long> partnerGroupIds = new ArrayList<>();
        for (long institution : requesters.institutionIds()) {
            connections.partnerGroups(institution).forEach(g -> {
                groupNames.put(g.id(), g);
                if (!partnerGroupIds.contains(g.id())) {
                    partnerGroupIds.add(g.id());
                }
            });
        }
        if (need.onBehalfOf().kind() == NeedBehalf.Kind.GROUP && groups.canSee(need.onBehalfOf().id())
                && !partnerGroupIds.contains(need.onBehalfOf().id())) {
            partnerGroupIds.addFirst(need.onBehalfOf().id());
            groupNames.put(need.onBehalfOf().id(), new GroupRef(need.onBehalfOf().id(), need.onBehalfOf().name(),
                    null, null));
        }
        List<Long> authorGroupIds = new ArrayList<>();
        for (GroupRef g : connections.groupsOfPerson(need.authorPersonId())) {
            groupNames.putIfAbsent(g.id(), g);
            if (!partnerGroupIds.contains(g.id())) {
                authorGroupIds.add(g.id());
            }
        }
        List<Long> allGroups = new ArrayList<>(partnerGroupIds);
        allGroups.addAll(authorGroupIds);
        Map<Long, List<Long>> peopleInGroups = connections.peopleIn(allGroups);
        Map<Long, List<Long>> partnerGroupsOf = new HashMap<>();
        Map<Long, List<Long>> sharedGroupsOf = new HashMap<>();
        peopleInGroups.forEach((person, inGroups) -> {
            List<Long> partner = inGroups.stream().filter(partnerGroupIds::contains).toList();
            List<Long> shared = inGroups.stream().filter(authorGroupIds::contains).toList();
            if (!partner.isEmpty()) {
                partnerGroupsOf.put(person, partner);
            }
            if (!shared.isEmpty()) {
                sharedGroupsOf.put(person, shared);
            }
        });
        Map<Long, Integer> connected = new HashMap<>();
        sharedGroupsOf.forEach((p, g) -> connected.merge(p, g.size(), Integer::sum));
        coAuthored.forEach((p, c) -> connected.merge(p, c.size(), Integer::sum));
        connected.remove(need.authorPersonId());

        CandidateQuery query = new CandidateQuery(text(need), need.facets().getOrDefault(NeedFacet.ACTIVITY, Set.of()),
                need.facets().getOrDefault(NeedFacet.SUBJECT, Set.of()),
                need.facets().getOrDefault(NeedFacet.PHASE, Set.of()), requesters.location(), need.onlineOk(),
                need.capacityNeeded(), connected, partnerGroupsOf.keySet(), Set.copyOf(requesters.institutionIds()),
                false, Set.of(need.authorPersonId()), w.toCandidateWeights(), size, clock.instant());
        Reasons.Context context = new Reasons.Context(need, requesters.location(), clock.instant(), coAuthored,
                caseStudyTitles, sharedGroupsOf, partnerGroupsOf, groupNames, requesters.names(), locale);
        return new Prepared(w, query, context, caseStudies, relatedGroups);
    }

    /** The message an introduction for this person starts with (the broker edits it before sending). */
    @PreAuthorize("isAuthenticated()")
    public String introductionMessage(NeedDetails need, MatchCandidate candidate, String brokerName) {
        Locale locale = LocaleContextHolder.getLocale();
        String why = String.join("; ", candidate.reasons().stream().limit(4).map(MatchReason::text).toList());
        String text = messages.getMessage("matching.introduction.message", new Object[] {candidate.name(),
                brokerName == null ? "" : brokerName, need.authorName(), need.onBehalfOf().name(), need.title(),
                why.isEmpty() ? "-" : why}, locale);
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) : text;
    }

    /**
     * A broker introduces the need's author to a person: an introduction request from the author
     * to them, linked to the need and the broker (the person is told through the usual
     * notification), and the need's {@code lastResponseAt} is set.
     *
     * @throws org.thirdspace.needs.NeedException NOT_FOUND for a need the user may not see
     * @throws MatchingException FORBIDDEN for non-brokers, CONFLICT for a closed need, and the
     *         introduction's own refusals (INVALID message or the author themself, NOT_FOUND person,
     *         CONFLICT not accepting introductions or one open already) with their message keys
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NeedIntroduction sendIntroduction(long needId, long personId, String message) {
        NeedDetails need = needs.require(needId);
        if (!hasAny(Role.BROKER)) {
            throw new MatchingException(Kind.FORBIDDEN, null, "matching.error.brokers-introduce");
        }
        if (need.status() == NeedStatus.CLOSED) {
            throw new MatchingException(Kind.CONFLICT, null, "matching.error.closed");
        }
        NeedIntroduction sent;
        try {
            sent = introductions.broker(needId, need.authorPersonId(), personId, message);
        } catch (IntroductionException e) {
            Kind kind = switch (e.kind()) {
                case INVALID -> Kind.INVALID;
                case NOT_FOUND -> Kind.NOT_FOUND;
                case CONFLICT -> Kind.CONFLICT;
            };
            String key = switch (e.messageKey()) {
                case "introductions.error.self" -> "matching.error.self";
                case "introductions.error.duplicate" -> "matching.error.duplicate";
                default -> e.messageKey();
            };
            throw new MatchingException(kind, "introductions.error.message".equals(key) ? "message" : null, key);
        }
        needs.recordBrokerResponse(needId);
        return sent;
    }

    /** Introductions sent for the need, newest first, for those who may see its matches. */
    @PreAuthorize("isAuthenticated()")
    public List<NeedIntroduction> introductions(long needId) {
        NeedDetails need = needs.require(needId);
        if (!permissions(need).seeMatches()) {
            throw new MatchingException(Kind.FORBIDDEN, null, "matching.error.forbidden");
        }
        return introductions.forNeed(needId);
    }

    // ------------------------------------------------------------------ parts

    private void validate(MatchWeights w, int size) {
        for (String name : MatchWeights.NAMES) {
            double value = w.get(name);
            if (Double.isNaN(value) || value < MatchWeights.MIN || value > MatchWeights.MAX) {
                throw new MatchingException(Kind.INVALID, name, "matching.error.weight", name,
                        (int) MatchWeights.MIN, (int) MatchWeights.MAX);
            }
        }
        if (size < 1 || size > properties.maxSize()) {
            throw new MatchingException(Kind.INVALID, "size", "matching.error.size", properties.maxSize());
        }
    }

    /** The requesting institutions (the need's, or the owners of its group), their names and the first location. */
    private record Requesters(List<Long> institutionIds, Map<Long, String> names, GeoPoint location) {
    }

    private Requesters requesters(NeedDetails need) {
        List<Long> ids = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        GeoPoint location = null;
        if (need.onBehalfOf().kind() == NeedBehalf.Kind.INSTITUTION) {
            ids.add(need.onBehalfOf().id());
            names.put(need.onBehalfOf().id(), need.onBehalfOf().name());
            location = institutions.find(need.onBehalfOf().id()).map(InstitutionSummary::location).orElse(null);
        } else {
            for (OwnerInstitution owner : groups.details(need.onBehalfOf().id()).map(g -> g.institutions())
                    .orElse(List.of())) {
                ids.add(owner.id());
                names.put(owner.id(), owner.name());
                if (location == null) {
                    location = institutions.find(owner.id()).map(InstitutionSummary::location).orElse(null);
                }
            }
        }
        return new Requesters(ids, names, location);
    }

    private static String text(NeedDetails need) {
        return need.title() + " " + need.forWhom() + " " + need.descriptionMarkdown();
    }

    /** The newest published case studies (the viewer may see) on one of the need's activities: one search. */
    private List<NeedMatches.RelatedCaseStudy> relatedCaseStudies(NeedDetails need) {
        Set<String> activities = need.facets().getOrDefault(NeedFacet.ACTIVITY, Set.of());
        CaseStudySearchResult result = caseStudySearch.search(new CaseStudySearchQuery(null, activities, null, null,
                null, null, null, null, 0, properties.relatedSize()));
        return result.hits().stream().map(h -> new NeedMatches.RelatedCaseStudy(h.id(), h.title(), h.summary()))
                .toList();
    }

    /** Groups (the viewer may see) on one of the need's activities, by name: one search. */
    private List<NeedMatches.RelatedGroup> relatedGroups(NeedDetails need) {
        Set<String> activities = need.facets().getOrDefault(NeedFacet.ACTIVITY, Set.of());
        GroupSearchResult result = groupSearch.search(new GroupSearchQuery(null, null, activities, null, null, null,
                null, 0, properties.relatedSize()));
        return result.hits().stream().map(h -> new NeedMatches.RelatedGroup(h.group().id(), h.group().name(),
                h.group().kind().name(), h.group().memberCount())).toList();
    }

    private static MatchCandidate candidate(CandidateHit hit, List<MatchReason> reasons) {
        return new MatchCandidate(hit.personId(), hit.name(), hit.headline(), hit.institution(),
                Math.round(hit.score() * 1000) / 1000.0, hit.distanceKm(), reasons);
    }

    private static boolean hasAny(Role... roles) {
        return CurrentUser.hasAnyRole(roles);
    }
}
