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

import org.thirdspace.forum.Category;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;

/** A site-wide category's topics ({@code forum/c/<slug>}). */
@Route("forum/c/:slug")
@AnonymousAllowed
public class CategoryView extends ForumTopicsView {

    static final String SLUG = "slug";

    public CategoryView(ForumService forums, ForumWatching watching, Clock clock,
            AuthenticationContext authentication) {
        super(forums, watching, clock, authentication);
    }

    @Override
    protected Optional<ForumHeader> resolve(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return Optional.empty();
        }
        return forums.categoryBySlug(slug).map(this::header);
    }

    private ForumHeader header(Category c) {
        List<Component> badges = new ArrayList<>();
        if (c.visibility() == CategoryVisibility.MEMBERS) {
            badges.add(Parts.badge(texts.visibility(c.visibility()), "contrast", VaadinIcon.USERS));
        }
        if (c.archived()) {
            badges.add(Parts.badge(texts.t("forum.ui.category.archived.badge"), "contrast", VaadinIcon.ARCHIVE));
        }
        boolean canPost = authentication.isAuthenticated() && !c.archived() && forums.canPostIn(c.forum());
        return new ForumHeader(c.forum(), c.name(), c.description(), ForumLinks.of(c), badges, List.of(),
                c.watching(), canPost);
    }
}
