package org.thirdspace.forum;

import static org.thirdspace.security.TestAccounts.as;

import java.util.List;

import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;

/**
 * Forum content for tests that share one database: unique category slugs and titles per test.
 * Act as people with {@code as(someone.email(), "MEMBER", ...)}; a moderator with "MODERATOR".
 */
public final class ForumFixtures {

    private ForumFixtures() {
    }

    /** A public category made by the moderator; the slug is made from the tag. */
    public static Category category(ForumService forum, Someone moderator, String tag) {
        String slug = tag.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return as(moderator.email(), "MODERATOR", () -> forum.createCategory(
                new CategoryDraft(slug, tag + " talk", "Where " + tag + " is discussed.", CategoryVisibility.PUBLIC, null,
                        false)));
    }

    /** A topic started by the author. */
    public static TopicDetails topic(ForumService forum, Someone author, ForumKey where, TopicKind kind, String title,
            String text, String... tags) {
        return as(author.email(), "MEMBER",
                () -> forum.createTopic(new TopicDraft(where, kind, title, text, List.of(tags))));
    }

    public static Post reply(ForumService forum, Someone author, long topicId, String text) {
        return as(author.email(), "MEMBER", () -> forum.reply(topicId, PostDraft.of(text)));
    }

    /** A group (partnership) with the teacher as facilitator and the tutor as member. */
    public static GroupDetails group(GroupService groups, AccountProvisioning accounts, PeopleService people,
            InstitutionService institutions, String tag, GroupVisibility visibility, GroupFixtures.Partners[] out) {
        var p = GroupFixtures.partners(accounts, people, institutions, tag);
        GroupDetails group = as(p.teacher().email(), "MEMBER",
                () -> groups.create(GroupFixtures.partnership(tag + " partnership", visibility, p, p.school().id())));
        long invitation = as(p.teacher().email(), "MEMBER",
                () -> groups.invite(group.id(), p.tutor().personId(), "Join us", null).id());
        as(p.tutor().email(), "MEMBER", () -> groups.acceptInvitation(invitation));
        if (out != null && out.length > 0) {
            out[0] = p;
        }
        return group;
    }
}
