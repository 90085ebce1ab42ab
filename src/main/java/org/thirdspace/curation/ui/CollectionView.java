package org.thirdspace.curation.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.thirdspace.curation.CollectionDetails;
import org.thirdspace.curation.CollectionItem;
import org.thirdspace.curation.CollectionStatus;
import org.thirdspace.curation.CurationService;
import org.thirdspace.curation.ItemKind;

/** One collection (by slug or id): purpose, the curator's introduction, the items with notes, follow. */
@Route("collections/:key")
@PermitAll
public class CollectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurationService curation;
    private String title = "";
    private String key;

    public CollectionView(CurationService curation) {
        this.curation = curation;
        addClassName("ts-collection");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("key").orElse("");
        show();
    }

    private void show() {
        removeAll();
        Optional<CollectionDetails> found = curation.find(key);
        if (found.isEmpty()) {
            title = getTranslation("curation.ui.not-found");
            add(new H1(title));
            return;
        }
        CollectionDetails c = found.get();
        title = c.title();
        add(new H1(c.title()));
        if (c.status() == CollectionStatus.DRAFT) {
            Span draft = new Span(getTranslation("curation.ui.collection.draft"));
            draft.getElement().getThemeList().add("badge contrast");
            add(draft);
        }
        add(new Paragraph(c.purpose()));
        Div actions = new Div();
        actions.addClassName("ts-collection-actions");
        if (c.status() == CollectionStatus.PUBLISHED) {
            Button follow = new Button(getTranslation(c.following() ? "curation.ui.unfollow" : "curation.ui.follow"));
            follow.setId("collection-follow");
            follow.addThemeVariants(c.following() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
            follow.addClickListener(e -> {
                if (c.following()) {
                    curation.unfollow(c.id());
                } else {
                    curation.follow(c.id());
                }
                show();
            });
            actions.add(follow, new Span(getTranslation("curation.ui.collection.followers", c.followers())));
        }
        if (c.canCurate()) {
            actions.add(new Anchor("collection-editor/" + c.id(), getTranslation("curation.ui.edit")));
        }
        add(actions);
        if (!c.introductionHtml().isBlank()) {
            add(new H2(getTranslation("curation.ui.collection.introduction")));
            add(html(c.introductionHtml()));
        }
        add(new H2(getTranslation("curation.ui.collection.items")));
        OrderedList items = new OrderedList();
        items.addClassName("ts-collection-items");
        for (CollectionItem item : c.items()) {
            items.add(item(item));
        }
        if (c.items().isEmpty()) {
            add(new Paragraph(getTranslation("curation.ui.collection.empty")));
        } else {
            add(items);
        }
    }

    ListItem item(CollectionItem item) {
        ListItem li = new ListItem();
        Span kind = new Span(getTranslation("curation.kind." + item.kind().name()) + ": ");
        li.add(kind);
        if (!item.available()) {
            li.add(new Span(getTranslation("curation.ui.item.unavailable")));
        } else if (item.kind() == ItemKind.EXTERNAL) {
            Anchor link = new Anchor(item.href(), item.title());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            li.add(link);
        } else {
            li.add(new Anchor(item.href(), item.title()));
        }
        li.add(html(item.noteHtml()));
        return li;
    }

    static Div html(String sanitised) {
        Div div = new Div();
        div.addClassName("ts-markdown");
        div.getElement().setProperty("innerHTML", sanitised == null ? "" : sanitised);
        return div;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    static RouteParameters key(String key) {
        return new RouteParameters("key", key);
    }
}
