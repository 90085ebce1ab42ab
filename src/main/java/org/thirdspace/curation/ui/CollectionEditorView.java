package org.thirdspace.curation.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.thirdspace.curation.CollectionChange;
import org.thirdspace.curation.CollectionDetails;
import org.thirdspace.curation.CollectionDraft;
import org.thirdspace.curation.CollectionItem;
import org.thirdspace.curation.CollectionStatus;
import org.thirdspace.curation.CurationException;
import org.thirdspace.curation.CurationService;
import org.thirdspace.curation.ItemKind;
import org.thirdspace.curation.NewCollectionItem;

/**
 * The curators' editor: title, purpose and introduction; items added by kind with a note, moved
 * with "Move up"/"Move down" buttons (keyboard-accessible, no dragging needed) or removed; publish
 * and unpublish. Non-curators get a refusal (the service refuses them too).
 */
@Route("collection-editor/:id?([0-9]+)")
@PermitAll
public class CollectionEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("([0-9]+)/?(?:[?#].*)?$");

    private final CurationService curation;
    private Long id;

    public CollectionEditorView(CurationService curation) {
        this.curation = curation;
        addClassName("ts-collection-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        show();
    }

    private void show() {
        removeAll();
        if (!curation.canCurate()) {
            add(new H1(getTranslation("curation.ui.editor.title")),
                    new Paragraph(getTranslation("curation.error.not-a-curator")));
            return;
        }
        CollectionDetails c = null;
        if (id != null) {
            c = curation.find(Long.toString(id)).orElse(null);
            if (c == null) {
                add(new H1(getTranslation("curation.ui.not-found")));
                return;
            }
        }
        add(new H1(c == null ? getTranslation("curation.ui.editor.new") : getTranslation("curation.ui.editor.edit", c.title())));
        add(details(c));
        if (c != null) {
            add(items(c));
            add(addItem(c));
            add(publishing(c));
        }
    }

    private Component details(CollectionDetails c) {
        TextField title = new TextField(getTranslation("curation.ui.field.title"));
        title.setMaxLength(CurationService.MAX_TITLE);
        title.setId("collection-title");
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        TextField purpose = new TextField(getTranslation("curation.ui.field.purpose"));
        purpose.setMaxLength(CurationService.MAX_PURPOSE);
        purpose.setId("collection-purpose");
        purpose.setRequiredIndicatorVisible(true);
        purpose.setWidthFull();
        TextArea introduction = new TextArea(getTranslation("curation.ui.field.introduction"));
        introduction.setHelperText(getTranslation("curation.ui.field.markdown"));
        introduction.setMaxLength(CurationService.MAX_INTRODUCTION);
        introduction.setId("collection-introduction");
        introduction.setWidthFull();
        if (c != null) {
            title.setValue(c.title());
            purpose.setValue(c.purpose());
            introduction.setValue(c.introduction());
        }
        Button save = new Button(getTranslation(c == null ? "curation.ui.editor.create" : "curation.ui.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("collection-save");
        save.addClickListener(e -> attempt(() -> {
            if (c == null) {
                CollectionDetails created = curation.create(
                        new CollectionDraft(title.getValue(), purpose.getValue(), introduction.getValue()));
                getUI().ifPresent(ui -> ui.navigate("collection-editor/" + created.id()));
            } else {
                curation.change(c.id(), new CollectionChange(title.getValue(), purpose.getValue(),
                        introduction.getValue(), null, null));
                done("curation.ui.editor.saved");
                show();
            }
        }));
        Div form = new Div(title, purpose, introduction, save);
        form.addClassName("ts-collection-form");
        return form;
    }

    private Component items(CollectionDetails c) {
        Div section = new Div(new H2(getTranslation("curation.ui.collection.items")));
        if (c.items().isEmpty()) {
            section.add(new Paragraph(getTranslation("curation.ui.collection.empty")));
            return section;
        }
        OrderedList list = new OrderedList();
        List<CollectionItem> items = c.items();
        for (int i = 0; i < items.size(); i++) {
            CollectionItem item = items.get(i);
            String label = item.available() ? item.title() : getTranslation("curation.ui.item.unavailable");
            ListItem li = new ListItem(new Span(getTranslation("curation.kind." + item.kind().name()) + ": " + label));
            Button up = new Button(getTranslation("curation.ui.item.up"), e -> attempt(() -> {
                curation.move(c.id(), item.id(), -1);
                show();
            }));
            up.setEnabled(i > 0);
            up.getElement().setAttribute("aria-label", getTranslation("curation.ui.item.up-label", label));
            Button down = new Button(getTranslation("curation.ui.item.down"), e -> attempt(() -> {
                curation.move(c.id(), item.id(), 1);
                show();
            }));
            down.setEnabled(i < items.size() - 1);
            down.getElement().setAttribute("aria-label", getTranslation("curation.ui.item.down-label", label));
            Button remove = new Button(getTranslation("curation.ui.item.remove"), e -> attempt(() -> {
                curation.removeItem(c.id(), item.id());
                show();
            }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("curation.ui.item.remove-label", label));
            li.add(new Paragraph(item.note()), new Div(up, down, remove));
            list.add(li);
        }
        section.add(list);
        return section;
    }

    private Component addItem(CollectionDetails c) {
        Select<ItemKind> kind = new Select<>();
        kind.setLabel(getTranslation("curation.ui.field.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("curation.kind." + k.name()));
        kind.setValue(ItemKind.CASE_STUDY);
        kind.setId("item-kind");
        TextField target = new TextField(getTranslation("curation.ui.field.target"));
        target.setHelperText(getTranslation("curation.ui.field.target.help"));
        TextField url = new TextField(getTranslation("curation.ui.field.url"));
        TextField title = new TextField(getTranslation("curation.ui.field.item-title"));
        TextArea note = new TextArea(getTranslation("curation.ui.field.note"));
        note.setMaxLength(CurationService.MAX_NOTE);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        target.setId("item-target");
        url.setId("item-url");
        title.setId("item-title");
        note.setId("item-note");
        Runnable visibility = () -> {
            boolean external = kind.getValue() == ItemKind.EXTERNAL;
            target.setVisible(!external);
            url.setVisible(external);
            title.setVisible(external);
        };
        kind.addValueChangeListener(e -> visibility.run());
        visibility.run();
        Button add = new Button(getTranslation("curation.ui.item.add"), e -> attempt(() -> {
            NewCollectionItem item = kind.getValue() == ItemKind.EXTERNAL
                    ? NewCollectionItem.external(url.getValue(), title.getValue(), note.getValue())
                    : new NewCollectionItem(kind.getValue(), number(target.getValue()), null, null, note.getValue());
            curation.addItem(c.id(), item);
            done("curation.ui.item.added");
            show();
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("item-add");
        Div form = new Div(new H2(getTranslation("curation.ui.item.add-heading")), kind, target, url, title, note, add);
        form.addClassName("ts-collection-add-item");
        return form;
    }

    private Component publishing(CollectionDetails c) {
        Div section = new Div(new H2(getTranslation("curation.ui.editor.publishing")));
        boolean published = c.status() == CollectionStatus.PUBLISHED;
        section.add(new Paragraph(getTranslation(published ? "curation.ui.editor.is-published" : "curation.ui.editor.is-draft")));
        Button toggle = new Button(getTranslation(published ? "curation.ui.editor.unpublish" : "curation.ui.editor.publish"),
                e -> attempt(() -> {
                    if (published) {
                        curation.unpublish(c.id());
                    } else {
                        curation.publish(c.id());
                    }
                    show();
                }));
        toggle.setId("collection-publish");
        toggle.addThemeVariants(published ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_SUCCESS);
        section.add(toggle, new Anchor("collections/" + c.slug(), getTranslation("curation.ui.editor.view")));
        return section;
    }

    /** A number, or the number at the end of a pasted address such as {@code .../case-studies/12}. */
    static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TRAILING_NUMBER.matcher(text.strip());
        if (!m.find()) {
            throw CurationException.invalid("targetId", "curation.error.target");
        }
        try {
            return Long.valueOf(m.group(1));
        } catch (NumberFormatException e) {
            throw CurationException.invalid("targetId", "curation.error.target");
        }
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (CurationException e) {
            Notification n = Notification.show(getTranslation(e.messageKey(), e.args()), 6000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void done(String key) {
        Notification n = Notification.show(getTranslation(key), 3000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.ui.editor.title");
    }
}
