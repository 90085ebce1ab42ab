package org.thirdspace.groups.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.groups.ui.GroupForm.InstitutionChoice;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * Creates a group ({@code groups/new}, optionally {@code ?parent=<id>} for a subgroup) or edits one
 * ({@code groups/<id>/edit}, facilitators only). The {@link GroupForm} validates and fires events;
 * this view calls the service and puts its errors back on the fields they concern.
 */
@Route("groups/new")
@RouteAlias("groups/:id([0-9]+)/edit")
@PermitAll
public class GroupEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final PeopleService people;
    private final GroupTexts texts;
    final H1 heading = new H1();
    final Paragraph message = new Paragraph();
    final GroupForm form;
    private Long editingId;
    private Long version;
    private String title = "";

    public GroupEditorView(GroupService groups, InstitutionService institutions, PeopleService people,
            Vocabularies vocabularies, Clock clock) {
        this.groups = groups;
        this.people = people;
        this.texts = new GroupTexts(this, vocabularies, clock);
        this.form = new GroupForm(texts, vocabularies, filter -> institutions.suggest(filter, 20).stream()
                .map(s -> new InstitutionChoice(s.id(), s.name(), s.town())).toList());
        form.addSaveListener(e -> save(e.draft()));
        form.addCancelListener(e -> leave());
        message.setVisible(false);
        add(heading, message, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editingId = event.getRouteParameters().getLong("id").orElse(null);
        List<InstitutionChoice> mine = myInstitutions();
        form.setParentOptions(managedGroups(editingId));
        form.setMyInstitutions(mine, editingId == null);
        message.setVisible(false);
        if (editingId == null) {
            title = getTranslation("groups.ui.editor.new");
            heading.setText(title);
            Long parentId = event.getLocation().getQueryParameters().getSingleParameter("parent")
                    .flatMap(GroupEditorView::parseId).orElse(null);
            form.startNew(parentId, mine.isEmpty() ? null : mine.getFirst());
            form.setVisible(true);
            return;
        }
        Optional<GroupDetails> details = groups.details(editingId);
        if (details.isEmpty()) {
            showRefusal(getTranslation("groups.ui.not-found.title"), getTranslation("groups.error.not-found"));
            return;
        }
        if (!details.get().permissions().manage()) {
            showRefusal(details.get().name(), getTranslation("groups.error.manager-only"));
            return;
        }
        version = details.get().version();
        title = getTranslation("groups.ui.editor.edit", details.get().name());
        heading.setText(title);
        form.edit(details.get());
        form.setVisible(true);
    }

    private void showRefusal(String headingText, String text) {
        title = headingText;
        heading.setText(headingText);
        message.setText(text);
        message.setVisible(true);
        form.setVisible(false);
    }

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<InstitutionChoice> myInstitutions() {
        return people.myPersonId().flatMap(people::find)
                .map(p -> p.current().stream().map(GroupEditorView::choice).distinct().toList())
                .orElse(List.of());
    }

    private static InstitutionChoice choice(AffiliationSummary a) {
        return new InstitutionChoice(a.institutionId(), a.institutionName(), null);
    }

    /** Groups the user facilitates, except the one being edited. */
    private Map<Long, String> managedGroups(Long except) {
        Map<Long, String> options = new LinkedHashMap<>();
        for (GroupSummary g : groups.myGroups()) {
            if ((except == null || g.id() != except) && groups.permissions(g.id()).manage()) {
                options.put(g.id(), g.name());
            }
        }
        return options;
    }

    void save(GroupDraft draft) {
        try {
            GroupDetails saved = editingId == null ? groups.create(draft) : groups.update(editingId, draft, version);
            Notification.show(getTranslation("groups.ui.editor.saved", saved.name()));
            UI.getCurrent().navigate(GroupView.class, new RouteParameters("id", Long.toString(saved.id())));
        } catch (GroupException e) {
            String text = texts.errorMessage(e);
            form.showError(e.field(), text);
            Notification error = Notification.show(text);
            error.addThemeVariants(NotificationVariant.ERROR);
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                form.showError(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
            }
        }
    }

    private void leave() {
        if (editingId == null) {
            UI.getCurrent().navigate(GroupsView.class);
        } else {
            UI.getCurrent().navigate(GroupView.class, new RouteParameters("id", Long.toString(editingId)));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 ThirdSpace";
    }
}
