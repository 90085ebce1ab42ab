package org.thirdspace.moderation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.thirdspace.moderation.ActionResult;
import org.thirdspace.moderation.ModerationActionType;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.moderation.ModerationService;
import org.thirdspace.moderation.QueueItem;
import org.thirdspace.moderation.QueuePage;

/**
 * The moderation queue for moderators and admins: one card per flagged item with its context
 * (type, where, author, excerpt, link, flag count and reasons, flaggers' explanations, hidden or
 * not) and the actions, with an optional message to the author (required for a warning). Items
 * whose type moderators can edit also have "Edit", a dialog with the current text.
 */
@Route("moderation")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(title = "moderation.queue.menu", order = 860, icon = "vaadin:flag")
public class ModerationQueueView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final ModerationService moderation;
    final Div items = new Div();
    final Paragraph pageInfo = new Paragraph();
    final Button previous = new Button();
    final Button next = new Button();
    private int page;

    public ModerationQueueView(ModerationService moderation) {
        this.moderation = moderation;
        previous.setText(getTranslation("moderation.queue.previous"));
        next.setText(getTranslation("moderation.queue.next"));
        previous.addClickListener(e -> show(page - 1));
        next.addClickListener(e -> show(page + 1));
        items.setId("moderation-queue");
        // the rest of the moderation area (other modules' views, linked by route)
        Nav area = new Nav(new Anchor("moderation/audit", getTranslation("moderation.area.audit")),
                new Anchor("moderation/trust", getTranslation("moderation.area.trust")),
                new Anchor("moderation/curators", getTranslation("moderation.area.curators")));
        area.setId("moderation-area");
        area.addClassName("ts-moderation-area");
        area.getElement().setAttribute("aria-label", getTranslation("moderation.area.label"));
        area.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        add(new H1(getTranslation("moderation.queue.title")), area,
                new Paragraph(getTranslation("moderation.queue.intro")), items, new HorizontalLayout(previous, pageInfo, next));
        show(0);
    }

    void show(int wanted) {
        QueuePage result = moderation.queue(Math.max(0, wanted), PAGE_SIZE);
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (wanted > 0 && wanted >= pages) {
            show(pages - 1);
            return;
        }
        page = Math.max(0, wanted);
        items.removeAll();
        if (result.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("moderation.queue.empty"));
            empty.setId("moderation-queue-empty");
            items.add(empty);
        }
        result.items().forEach(item -> items.add(card(item)));
        pageInfo.setText(getTranslation("moderation.queue.page", page + 1, pages));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    private Article card(QueueItem item) {
        Article card = new Article();
        card.addClassName("ts-moderation-item");
        card.setId("moderation-item-" + item.target().type() + "-" + item.target().id());
        String author = item.authorName() == null ? getTranslation("moderation.queue.unknown-author")
                : item.authorName();
        H2 heading = new H2(getTranslation("moderation.queue.item.label",
                getTranslation("moderation.type." + item.target().type()), author));
        card.add(heading);
        if (item.where() != null) {
            card.add(new Paragraph(getTranslation("moderation.queue.where", item.where())));
        }
        if (item.excerpt() != null) {
            Paragraph excerpt = new Paragraph(item.excerpt());
            excerpt.addClassName("ts-moderation-excerpt");
            card.add(excerpt);
        }
        if (item.link() != null) {
            card.add(new Anchor(item.link(), getTranslation("moderation.queue.open")));
        }
        String reasons = item.reasons().entrySet().stream()
                .map(e -> getTranslation("moderation.reason." + e.getKey().name()) + " × " + e.getValue())
                .collect(Collectors.joining(", "));
        card.add(new Paragraph(getTranslation("moderation.queue.flags", item.flagCount(), reasons)));
        if (!item.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            item.notes().forEach(n -> notes.add(new ListItem(n)));
            notes.getElement().setAttribute("aria-label", getTranslation("moderation.queue.notes"));
            card.add(new Span(getTranslation("moderation.queue.notes")), notes);
        }
        if (item.hidden()) {
            // text, not colour alone, says it is hidden
            Span hidden = new Span(getTranslation(item.autoHidden() ? "moderation.queue.auto-hidden"
                    : "moderation.queue.hidden"));
            hidden.getElement().getThemeList().add("badge contrast");
            card.add(new Paragraph(hidden));
        }
        TextArea message = new TextArea(getTranslation("moderation.queue.message"));
        message.setHelperText(getTranslation("moderation.queue.message.help"));
        message.setMaxLength(ModerationService.MAX_MESSAGE);
        message.setWidthFull();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        for (ModerationActionType type : ModerationActionType.values()) {
            if (type == ModerationActionType.EDIT
                    || (type == ModerationActionType.HIDE && item.hidden() && !item.autoHidden())
                    || (type == ModerationActionType.RESTORE && !item.hidden())) {
                continue;
            }
            Button b = new Button(getTranslation("moderation.action." + type.name()),
                    e -> act(item, type, message));
            b.setId(card.getId().orElseThrow() + "-" + type.name().toLowerCase());
            if (type == ModerationActionType.HIDE) {
                b.addThemeVariants(ButtonVariant.ERROR);
            }
            actions.add(b);
        }
        if (item.editable()) {
            Button edit = new Button(getTranslation("moderation.action.EDIT"), e -> edit(item, message));
            edit.setId(card.getId().orElseThrow() + "-edit");
            edit.getElement().setAttribute("aria-label", getTranslation("moderation.edit.button.label",
                    getTranslation("moderation.type." + item.target().type()), author));
            actions.add(edit);
        }
        card.add(message, actions);
        return card;
    }

    private void edit(QueueItem item, TextArea message) {
        String target = item.target().toString();
        var current = moderation.editableText(target);
        if (current.isEmpty()) {
            Notification.show(getTranslation("moderation.edit.gone")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(page);
            return;
        }
        EditDialog dialog = new EditDialog(moderation, target,
                getTranslation("moderation.type." + item.target().type()), current.get(), message.getValue(),
                () -> show(page));
        dialog.open();
    }

    private void act(QueueItem item, ModerationActionType type, TextArea message) {
        message.setInvalid(false);
        try {
            ActionResult result = moderation.act(item.target().toString(), type, message.getValue(), null);
            String label = getTranslation("moderation.action." + type.name());
            Notification.show(getTranslation(result.authorTold() ? "moderation.queue.done"
                    : "moderation.queue.done-silent", label)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(page);
        } catch (ModerationException e) {
            String text = getTranslation(e.messageKey(), e.args());
            if ("message".equals(e.field())) {
                message.setErrorMessage(text);
                message.setInvalid(true);
                message.focus();
            } else {
                Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
                show(page);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title");
    }
}
