package org.thirdspace.forum.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.GroupForum;
import org.thirdspace.groups.GroupVisibility;

/**
 * A group's forum ({@code forum/g/<groupId>}): visible exactly where the group is (a private
 * group's forum only to its members); members start topics and reply.
 */
@Route("forum/g/:groupId([0-9]+)")
@AnonymousAllowed
public class GroupForumView extends ForumTopicsView {

    static final String GROUP_ID = "groupId";

    public GroupForumView(ForumService forums, ForumWatching watching, Clock clock,
            AuthenticationContext authentication) {
        super(forums, watching, clock, authentication);
    }

    @Override
    protected Optional<ForumHeader> resolve(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(GROUP_ID);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(header(forums.groupForum(id.get())));
    }

    private ForumHeader header(GroupForum g) {
        List<Component> badges = new ArrayList<>();
        if (g.visibility() == GroupVisibility.PRIVATE) {
            badges.add(Parts.badge(texts.t("forum.ui.group.private"), "contrast", VaadinIcon.LOCK));
        }
        Component groupLink = Parts.link("groups/" + g.groupId(), texts.t("forum.ui.group.page", g.groupName()));
        return new ForumHeader(g.forum(), texts.t("forum.ui.group.forum-name", g.groupName()), null,
                ForumLinks.group(g.groupId()), badges, List.of(groupLink), g.watching(),
                authentication.isAuthenticated() && g.canPost());
    }
}
