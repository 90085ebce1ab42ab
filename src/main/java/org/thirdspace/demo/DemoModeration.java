package org.thirdspace.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.TopicPage;
import org.thirdspace.moderation.FlagReason;
import org.thirdspace.moderation.ModerationActionType;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.moderation.ModerationService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.trust.TrustLevel;
import org.thirdspace.trust.TrustService;

/**
 * Demo moderation and trust: members flag replies on three site-wide forum topics; two stay open
 * in the moderation queue, and moderator@ hides the third with a message to its author (a notice
 * and an audit entry). Moderator@ also locks a few members' trust levels with a reason (audited),
 * so the demo has members at every level: the broker and one member REGULAR, the demo member
 * MEMBER, another BASIC, the hidden post's author held at NEW; moderators are LEADER anyway.
 * Every choice comes from the seed and the generated forum, so the same seed gives the same data.
 */
@Component
class DemoModeration {

    private static final Logger log = LoggerFactory.getLogger(DemoModeration.class);

    /** Flags on one post: each flagger's reason and optional explanation. */
    record PlannedFlag(FlagReason reason, String text) {
    }

    /** A moderator's lock: whom (person), at which level, why. */
    record PlannedLock(long personId, TrustLevel level, String reason) {
    }

    /** The seed-driven part: who flags (in order), what each post gets, whom the moderator locks. */
    record Plan(List<Long> flaggers, List<List<PlannedFlag>> flags, String hideMessage, List<PlannedLock> locks) {
    }

    /** What was created: open flagged posts, the hidden one and its author, and the locks. */
    record Result(List<Long> openPostIds, Long hiddenPostId, Long hiddenAuthorPersonId, List<PlannedLock> locks) {
    }

    private static final List<List<PlannedFlag>> FLAG_SETS = List.of(
            List.of(new PlannedFlag(FlagReason.SPAM, null),
                    new PlannedFlag(FlagReason.SPAM, "Reads like an advert for a paid tutoring service."),
                    new PlannedFlag(FlagReason.COMMERCIAL_CLAIM, "Claims guaranteed grade improvements.")),
            List.of(new PlannedFlag(FlagReason.OFF_TOPIC, "Nothing to do with the question about mentoring."),
                    new PlannedFlag(FlagReason.OTHER, "Shares a pupil's first name and school year.")),
            List.of(new PlannedFlag(FlagReason.ABUSE, "Personal remarks about another member."),
                    new PlannedFlag(FlagReason.ABUSE, null)));

    private static final List<String> HIDE_MESSAGES = List.of(
            "Your reply was hidden because it made personal remarks about another member. Please keep criticism"
                    + " to the ideas, not the people; you are welcome to post again.",
            "We have hidden your reply: several members found it disrespectful. Disagreement is welcome here,"
                    + " personal remarks are not.");

    private final ForumService forum;
    private final ModerationService moderation;
    private final TrustService trust;
    private final PeopleService people;

    DemoModeration(ForumService forum, ModerationService moderation, TrustService trust, PeopleService people) {
        this.forum = forum;
        this.moderation = moderation;
        this.trust = trust;
        this.people = people;
    }

    /** The seeded choices from the population (no database access). */
    static Plan plan(Random random, List<DemoDataGenerator.DemoPerson> persons) {
        List<Long> plain = new ArrayList<>(persons.stream().filter(p -> !p.broker() && !p.moderator()
                && !named(p.email())).map(DemoDataGenerator.DemoPerson::personId).toList());
        Collections.shuffle(plain, random);
        List<Long> flaggers = List.copyOf(plain.subList(0, Math.min(8, plain.size())));
        String message = HIDE_MESSAGES.get(random.nextInt(HIDE_MESSAGES.size()));
        List<PlannedLock> locks = new ArrayList<>();
        persons.stream().filter(p -> p.email().equals(DemoCaseStudies.BROKER)).findFirst()
                .ifPresent(p -> locks.add(new PlannedLock(p.personId(), TrustLevel.REGULAR,
                        "Long-standing partnership broker: trusted to flag problem posts.")));
        persons.stream().filter(p -> p.email().equals(DemoCaseStudies.MEMBER)).findFirst()
                .ifPresent(p -> locks.add(new PlannedLock(p.personId(), TrustLevel.MEMBER,
                        "Took part in the pilot: no new-member limits.")));
        List<Long> rest = plain.subList(Math.min(8, plain.size()), plain.size());
        if (rest.size() >= 2) {
            locks.add(new PlannedLock(rest.get(0), TrustLevel.REGULAR,
                    "Runs the regional network meetings and reviews posts with us."));
            locks.add(new PlannedLock(rest.get(1), TrustLevel.BASIC,
                    "Completed the induction webinar: relaxed limits."));
        }
        return new Plan(flaggers, FLAG_SETS, message, List.copyOf(locks));
    }

    private static boolean named(String email) {
        return DemoDataGenerator.NAMED_LOGINS.stream().anyMatch(l -> l.email().equals(email));
    }

    /** Runs as the caller (an admin, to read the forum) and as the demo members and moderator. */
    Result generate(Random random, List<DemoDataGenerator.DemoPerson> persons, List<Long> topicIds) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            Plan plan = plan(random, persons);
            Map<Long, String> emails = new LinkedHashMap<>();
            persons.forEach(p -> emails.put(p.personId(), p.email()));
            Set<Long> avoid = new HashSet<>(plan.flaggers());
            persons.stream().filter(p -> p.broker() || p.moderator() || named(p.email()))
                    .forEach(p -> avoid.add(p.personId()));
            plan.locks().forEach(l -> avoid.add(l.personId()));
            List<Post> chosen = posts(topicIds, avoid, emails.keySet(), plan.flags().size());
            List<Long> open = new ArrayList<>();
            Long hidden = null;
            Long hiddenAuthor = null;
            int flagger = 0;
            for (int i = 0; i < chosen.size(); i++) {
                Post post = chosen.get(i);
                String target = "forum-post:" + post.id();
                for (PlannedFlag f : plan.flags().get(i)) {
                    String email = emails.get(plan.flaggers().get(flagger++ % plan.flaggers().size()));
                    act(email, "ROLE_MEMBER");
                    try {
                        moderation.flag(target, f.reason().name(), f.text());
                    } catch (ModerationException e) {
                        log.debug("Demo flag skipped: {}", e.getMessage());
                    }
                }
                if (i == plan.flags().size() - 1) {
                    act(DemoCaseStudies.MODERATOR, "ROLE_MODERATOR");
                    moderation.act(target, ModerationActionType.HIDE, plan.hideMessage());
                    hidden = post.id();
                    hiddenAuthor = post.authorPersonId();
                } else {
                    open.add(post.id());
                }
            }
            List<PlannedLock> locks = new ArrayList<>(plan.locks());
            if (hiddenAuthor != null) {
                locks.add(new PlannedLock(hiddenAuthor, TrustLevel.NEW,
                        "Reply hidden for personal remarks: new-member limits stay while we talk it through."));
            }
            act(DemoCaseStudies.MODERATOR, "ROLE_MODERATOR");
            for (PlannedLock lock : locks) {
                Long accountId = people.find(lock.personId()).map(p -> p.accountId()).orElse(null);
                if (accountId != null) {
                    trust.lock(accountId, lock.level(), lock.reason());
                }
            }
            return new Result(List.copyOf(open), hidden, hiddenAuthor, List.copyOf(locks));
        } catch (RuntimeException e) {
            log.warn("Demo moderation skipped: {}", e.getMessage());
            return new Result(List.of(), null, null, List.of());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /**
     * One reply each from the last site-wide topics (the first ones are in the demo collection):
     * not an opening post, accepted answer, removed or hidden post, and not by anyone in
     * {@code avoid}; read as the caller.
     */
    private List<Post> posts(List<Long> topicIds, Set<Long> avoid, Set<Long> demoPersons, int wanted) {
        List<Post> chosen = new ArrayList<>();
        for (int t = topicIds.size() - 1; t >= 0 && chosen.size() < wanted; t--) {
            TopicPage page;
            try {
                page = forum.page(topicIds.get(t), 1);
            } catch (ForumException e) {
                continue;
            }
            if (page.topic().summary().forum().isGroup() || avoid.contains(page.topic().summary().authorPersonId())) {
                continue;
            }
            Long accepted = page.topic().acceptedAnswer() == null ? null : page.topic().acceptedAnswer().id();
            page.posts().stream()
                    .filter(p -> p.number() > 1 && !p.removed() && !p.hidden() && (accepted == null || p.id() != accepted)
                            && !avoid.contains(p.authorPersonId()) && demoPersons.contains(p.authorPersonId()))
                    .findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    private static void act(String email, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email,
                null, AuthorityUtils.createAuthorityList(role)));
    }
}
