package org.thirdspace.casestudies.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.thirdspace.casestudies.CaseStudyAttachments;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDiff;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyRef;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.StaleRevisionException;
import org.thirdspace.casestudies.ui.CaseStudyForm.Choice;
import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewers;
import org.thirdspace.groups.GroupService;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * Writes a new case study ({@code case-studies/new}, optionally {@code ?title=…} from a missing wiki
 * link) or edits one ({@code case-studies/<id>/edit}, its editors only). The editor remembers the
 * revision it started from; a save refused because someone else saved first keeps everything the
 * author wrote and opens the {@link ConflictPanel} with the other change, and the next save is
 * based on the newest revision. Service errors go back to the fields they concern.
 */
@Route("case-studies/new")
@RouteAlias("case-studies/:id([0-9]+)/edit")
@PermitAll
public class CaseStudyEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseStudyService service;
    private final CaseStudyAttachments attachments;
    private final GroupService groups;
    private final CaseStudyTexts texts;
    final H1 heading = new H1();
    final Paragraph message = new Paragraph();
    final Div conflict = new Div();
    final Div attachmentsHolder = new Div();
    final CaseStudyForm form;
    /** The conflict panel shown after a refused save; null when there is none. */
    ConflictPanel conflictPanel;
    private Long editingId;
    /** The revision the author started from (null when creating). */
    Integer basedOnRevision;
    private String title = "";

    public CaseStudyEditorView(CaseStudyService service, CaseStudyAttachments attachments, GroupService groups,
            InstitutionService institutions, PeopleFinder finder, Viewers viewers, Vocabularies vocabularies,
            Clock clock) {
        this.service = service;
        this.attachments = attachments;
        this.groups = groups;
        this.texts = new CaseStudyTexts(this, vocabularies, clock);
        this.form = new CaseStudyForm(texts, vocabularies, service::preview,
                filter -> institutions.suggest(filter, 20).stream()
                        .map(s -> new Choice(s.id(), s.town() == null ? s.name() : s.name() + ", " + s.town()))
                        .toList(),
                filter -> {
                    try {
                        return finder.search(FinderQuery.of(filter).withPage(0, 20), viewers.current()).items()
                                .stream().map(i -> new Choice(i.id(), i.institution() == null ? i.displayName()
                                        : i.displayName() + " (" + i.institution() + ")"))
                                .toList();
                    } catch (SearchIndexException e) {
                        return List.of();
                    }
                });
        form.addSaveListener(e -> save(e.draft()));
        form.addCancelListener(e -> leave());
        addClassName("ts-cs-editor");
        heading.setId("cs-editor-heading");
        message.setId("cs-editor-message");
        message.addClassName("ts-cs-problem");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        add(heading, message, conflict, form, attachmentsHolder);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editingId = event.getRouteParameters().getLong("id").orElse(null);
        message.setVisible(false);
        conflict.removeAll();
        conflictPanel = null;
        attachmentsHolder.removeAll();
        form.clearErrors();
        form.setGroupOptions(groups.myGroups().stream().map(g -> new Choice(g.id(), g.name())).toList());
        if (editingId == null) {
            basedOnRevision = null;
            title = getTranslation("casestudies.ui.editor.new");
            heading.setText(title);
            form.startNew(event.getLocation().getQueryParameters().getSingleParameter("title")
                    .map(String::strip).filter(t -> t.length() <= CaseStudyForm.MAX_TITLE).orElse(null));
            form.setVisible(true);
            attachmentsHolder.add(new Paragraph(getTranslation("casestudies.ui.attachments.after-save")));
            return;
        }
        Optional<CaseStudyDetails> details;
        try {
            details = service.details(editingId);
        } catch (CaseStudyException e) {
            details = Optional.empty();
        }
        if (details.isEmpty()) {
            showRefusal(getTranslation("casestudies.ui.not-found.title"), getTranslation("casestudies.ui.not-found"));
            return;
        }
        CaseStudyDetails d = details.get();
        if (!d.permissions().canEdit()) {
            showRefusal(d.revision().title(), getTranslation("casestudies.ui.editor.not-allowed"));
            return;
        }
        CaseStudyRevision head = d.revision().number() == d.headRevision() ? d.revision()
                : service.revision(editingId, d.headRevision());
        basedOnRevision = head.number();
        title = getTranslation("casestudies.ui.editor.edit", head.title());
        heading.setText(title);
        Names names = names(d);
        form.edit(head, names.groups, names.institutions, names.people);
        form.setVisible(true);
        attachmentsHolder.add(new AttachmentsPanel(texts, attachments, editingId));
    }

    private record Names(Map<Long, String> groups, Map<Long, String> institutions, Map<Long, String> people) {
    }

    /** Names of a case study's links, as its page shows them. */
    private static Names names(CaseStudyDetails d) {
        Map<Long, String> g = new LinkedHashMap<>();
        Map<Long, String> i = new LinkedHashMap<>();
        Map<Long, String> p = new LinkedHashMap<>();
        if (d.revision().groupId() != null && d.groupName() != null) {
            g.put(d.revision().groupId(), d.groupName());
        }
        for (CaseStudyRef ref : d.links() == null ? List.<CaseStudyRef>of() : d.links()) {
            switch (ref.kind()) {
                case GROUP -> g.put(ref.id(), ref.name());
                case INSTITUTION -> i.put(ref.id(), ref.name());
                case PERSON -> p.put(ref.id(), ref.name());
            }
        }
        return new Names(g, i, p);
    }

    private void showRefusal(String headingText, String text) {
        title = headingText;
        heading.setText(headingText);
        message.setText(text);
        message.setVisible(true);
        form.setVisible(false);
    }

    void save(CaseStudyDraft draft) {
        message.setVisible(false);
        try {
            CaseStudyDetails saved = editingId == null ? service.create(draft)
                    : service.save(editingId, draft.basedOn(basedOnRevision, draft.editSummary()));
            Parts.done(getTranslation("casestudies.ui.editor.saved", saved.revision().title()));
            UI.getCurrent().navigate(CaseStudyView.class, new RouteParameters("id", Long.toString(saved.id())));
        } catch (StaleRevisionException e) {
            showConflict(draft, e);
        } catch (CaseStudyException e) {
            String text = texts.error(e);
            if (!form.showError(e.field(), text)) {
                message.setText(text);
                message.setVisible(true);
            }
            Parts.error(text);
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                form.showError(v.getPropertyPath().toString(), v.getMessage());
            }
        }
    }

    /**
     * Someone saved after the author started: keep the author's text, show the other change, and
     * base the next save on the newest revision.
     */
    private void showConflict(CaseStudyDraft mine, StaleRevisionException e) {
        conflict.removeAll();
        CaseStudyRevision base;
        CaseStudyRevision current;
        CaseStudyDiff diff;
        Names currentNames;
        try {
            base = service.revision(editingId, e.basedOn());
            current = service.revision(editingId, e.current());
            diff = service.diff(editingId, e.basedOn(), e.current());
            currentNames = service.details(editingId).map(CaseStudyEditorView::names)
                    .orElse(new Names(Map.of(), Map.of(), Map.of()));
        } catch (CaseStudyException ex) {
            message.setText(texts.error(ex));
            message.setVisible(true);
            return;
        }
        basedOnRevision = e.current();
        message.setText(getTranslation("casestudies.ui.editor.stale", String.valueOf(e.current()),
                CaseStudyTexts.nz(current.authorName())));
        message.setVisible(true);
        Names names = currentNames;
        conflictPanel = new ConflictPanel(texts, form, mine, base, current, diff,
                () -> form.setLinks(current, merged(names.groups, form.groupNames()),
                        names.institutions, names.people));
        conflict.add(conflictPanel);
        conflictPanel.scrollIntoView();
    }

    private static Map<Long, String> merged(Map<Long, String> first, Map<Long, String> second) {
        Map<Long, String> all = new LinkedHashMap<>(second);
        all.putAll(first);
        return all;
    }

    private void leave() {
        if (editingId == null) {
            UI.getCurrent().navigate(CaseStudiesView.class);
        } else {
            UI.getCurrent().navigate(CaseStudyView.class, new RouteParameters("id", Long.toString(editingId)));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 ThirdSpace";
    }
}
