package org.thirdspace.casestudies.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.casestudies.CaseStudyActionsExtension;
import org.thirdspace.casestudies.CaseStudyAttachments;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyPermissions;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.glossary.GlossaryService;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewers;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * One case study: a heading with its title and workflow state, notices (due for review, working
 * version newer than the published one), actions (edit, submit, export) and tabs for the case
 * study itself, its history, a comparison of two revisions, the review and the discussion. The tab
 * and its state are in the URL ({@code case-studies/7?tab=compare&from=2&to=4&view=side},
 * {@code version=published} for the published version). A case study the user may not see looks
 * exactly like one that does not exist.
 */
@Route("case-studies/:id([0-9]+)")
@AnonymousAllowed
public class CaseStudyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_STUDY = "case-study";
    static final String HISTORY = "history";
    static final String COMPARE = "compare";
    static final String REVIEW = "review";
    static final String DISCUSSION = "discussion";
    static final String TAB = "tab";
    static final String VERSION = "version";
    static final String PUBLISHED = "published";

    private final CaseStudyService service;
    private final CaseStudyAttachments attachments;
    private final org.thirdspace.casestudies.CaseStudyExport export;
    private final MarkdownRenderer markdown;
    private final PeopleFinder finder;
    private final Viewers viewers;
    private final AuthenticationContext authentication;
    private final CaseStudyTexts texts;
    /** Sections other modules add under the header (e.g. curation's good-practice badge). */
    private final org.springframework.beans.factory.ObjectProvider<org.thirdspace.casestudies.CaseStudyPageSection> sections;
    /** Controls other modules add to the actions and to each comment (e.g. moderation's "Flag"). */
    private final List<CaseStudyActionsExtension> actionExtensions;

    final H1 heading = new H1();
    private final Map<String, Tab> tabsById = new LinkedHashMap<>();
    private final Map<Tab, Div> holders = new LinkedHashMap<>();
    private final Map<Tab, Function<CaseStudyPage, Component>> builders = new LinkedHashMap<>();
    private CaseStudyPage page;
    /** The tabs of the case study shown; null on the not-found page. */
    TabSheet current;
    private final transient GlossaryService glossary;
    private long caseStudyId;
    private Map<String, String> parameters = Map.of();
    private String title = "";

    public CaseStudyView(CaseStudyService service, CaseStudyAttachments attachments, MarkdownRenderer markdown,
            PeopleFinder finder, Viewers viewers, Vocabularies vocabularies, Clock clock,
            AuthenticationContext authentication, org.thirdspace.casestudies.CaseStudyExport export,
            GlossaryService glossary,
            org.springframework.beans.factory.ObjectProvider<org.thirdspace.casestudies.CaseStudyPageSection> sections,
            org.springframework.beans.factory.ObjectProvider<CaseStudyActionsExtension> actionExtensions) {
        this.sections = sections;
        this.actionExtensions = actionExtensions.orderedStream().toList();
        this.service = service;
        this.glossary = glossary;
        this.export = export;
        this.attachments = attachments;
        this.markdown = markdown;
        this.finder = finder;
        this.viewers = viewers;
        this.authentication = authentication;
        this.texts = new CaseStudyTexts(this, vocabularies, clock);
        addClassName("ts-cs-page");
        heading.setId("cs-heading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseStudyId = event.getRouteParameters().getLong("id").orElse(-1L);
        Map<String, String> params = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((k, v) -> {
            if (!v.isEmpty()) {
                params.put(k, v.getFirst());
            }
        });
        parameters = params;
        show();
    }

    private void show() {
        removeAll();
        tabsById.clear();
        holders.clear();
        builders.clear();
        boolean published = PUBLISHED.equals(parameters.get(VERSION));
        Optional<CaseStudyDetails> details;
        try {
            details = caseStudyId < 0 ? Optional.empty() : service.details(caseStudyId, published);
        } catch (CaseStudyException e) {
            details = Optional.empty();
        }
        if (details.isEmpty()) {
            showNotFound();
            return;
        }
        CaseStudyDetails d = details.get();
        page = new CaseStudyPage(d, texts, service, attachments, markdown, glossary, finder, viewers,
                authentication.isAuthenticated(), parameters, this::show, this::go, actionExtensions);
        title = d.revision().title();
        heading.setText(title);
        add(header(d));
        sections.orderedStream().map(section -> section.section(d)).filter(java.util.Objects::nonNull)
                .forEach(this::add);

        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        current = sheet;
        CaseStudyPermissions p = page.permissions();
        addTab(sheet, CASE_STUDY, "casestudies.ui.tab.case-study", ArticleTab::new);
        addTab(sheet, HISTORY, "casestudies.ui.tab.history", HistoryTab::new);
        addTab(sheet, COMPARE, "casestudies.ui.tab.compare", CompareTab::new);
        if (p.seesWorkingVersion() || p.canReview() || p.canNameReviewers() || p.canConfirmCurrent()
                || !d.reviews().isEmpty()) {
            addTab(sheet, REVIEW, "casestudies.ui.tab.review", ReviewTab::new);
        }
        addTab(sheet, DISCUSSION, "casestudies.ui.tab.discussion", DiscussionTab::new);
        add(sheet);
        Tab selected = tabsById.getOrDefault(parameters.getOrDefault(TAB, CASE_STUDY), tabsById.get(CASE_STUDY));
        sheet.setSelectedTab(selected);
        fill(selected);
        // registered last, so that adding the tabs does not build the first one needlessly
        sheet.addSelectedChangeListener(e -> {
            fill(e.getSelectedTab());
            if (e.isFromClient()) {
                writeTabToUrl();
            }
        });
    }

    private Component header(CaseStudyDetails d) {
        Div header = new Div();
        header.addClassName("ts-cs-header");
        CaseStudyPermissions p = page.permissions();

        Div badges = new Div();
        badges.addClassName("ts-cs-badges");
        Span status = Parts.statusBadge(texts, p.seesWorkingVersion() ? d.status() : CaseStudyStatus.PUBLISHED);
        status.setId("cs-status");
        badges.add(status);
        if (p.seesWorkingVersion() && d.published() && d.status() != CaseStudyStatus.PUBLISHED) {
            badges.add(Parts.badge(getTranslation("casestudies.ui.has-published", String.valueOf(d.publishedRevision())),
                    "success", VaadinIcon.CHECK));
        }
        if (d.dueForReview()) {
            badges.add(Parts.badge(getTranslation("casestudies.ui.due"), "error", VaadinIcon.CLOCK));
        }

        List<String> facts = new ArrayList<>();
        if (d.groupName() != null) {
            facts.add(getTranslation("casestudies.ui.group", d.groupName()));
        }
        if (d.authorNames() != null && !d.authorNames().isEmpty()) {
            facts.add(getTranslation("casestudies.ui.authors", String.join(", ", d.authorNames())));
        }
        facts.add(getTranslation("casestudies.ui.revision-of", String.valueOf(d.revision().number()),
                texts.dateTime(d.revision().createdAt())));
        if (d.publishedAt() != null) {
            facts.add(getTranslation("casestudies.ui.published-on", texts.dateTime(d.publishedAt())));
        }
        Paragraph meta = new Paragraph(String.join(" \u00b7 ", facts));
        meta.addClassName("ts-cs-meta");
        header.add(heading, badges, meta);

        if (d.dueForReview()) {
            Paragraph due = new Paragraph(getTranslation("casestudies.ui.due.banner", texts.date(d.reviewDueOn())));
            due.setId("cs-due-banner");
            due.addClassName("ts-cs-banner");
            due.getElement().setAttribute("role", "note");
            header.add(due);
        }
        if (d.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation("casestudies.ui.hidden.banner"));
            hidden.setId("cs-hidden-banner");
            hidden.addClassName("ts-cs-banner");
            hidden.getElement().setAttribute("role", "note");
            header.add(hidden);
        }
        versionNotice(d).ifPresent(header::add);
        header.add(actions(d));
        return header;
    }

    /** For those who see the working version: which version they see and a switch to the other. */
    private Optional<Component> versionNotice(CaseStudyDetails d) {
        if (!page.permissions().seesWorkingVersion() || !d.published()
                || d.headRevision() == d.publishedRevision()) {
            return Optional.empty();
        }
        Div notice = new Div();
        notice.setId("cs-version-notice");
        notice.addClassName("ts-cs-banner");
        notice.getElement().setAttribute("role", "note");
        Button switchVersion = new Button();
        switchVersion.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (d.showingPublished()) {
            notice.add(new Span(getTranslation("casestudies.ui.version.showing-published",
                    String.valueOf(d.publishedRevision()), String.valueOf(d.headRevision()),
                    texts.status(d.status())) + " "));
            switchVersion.setText(getTranslation("casestudies.ui.version.show-working"));
            switchVersion.setId("cs-show-working");
            switchVersion.addClickListener(e -> go(tabId(), Map.of()));
        } else {
            notice.add(new Span(getTranslation("casestudies.ui.version.showing-working",
                    String.valueOf(d.revision().number()), texts.status(d.status()),
                    String.valueOf(d.publishedRevision())) + " "));
            switchVersion.setText(getTranslation("casestudies.ui.version.show-published"));
            switchVersion.setId("cs-show-published");
            switchVersion.addClickListener(e -> go(tabId(), Map.of(VERSION, PUBLISHED)));
        }
        notice.add(switchVersion);
        return Optional.of(notice);
    }

    private Component actions(CaseStudyDetails d) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("ts-cs-actions");
        CaseStudyPermissions p = page.permissions();
        if (p.canEdit()) {
            Button edit = new Button(getTranslation("casestudies.ui.edit"), VaadinIcon.EDIT.create());
            edit.setId("cs-edit");
            edit.addClickListener(e -> UI.getCurrent().navigate(CaseStudyEditorView.class,
                    new RouteParameters("id", Long.toString(d.id()))));
            actions.add(edit);
        }
        if (p.canSubmit() && d.status() == CaseStudyStatus.DRAFT) {
            Button submit = new Button(getTranslation("casestudies.ui.submit"));
            submit.setId("cs-submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.addClickListener(e -> submit(d));
            actions.add(submit);
        }
        if (d.published()) {
            long id = d.id();
            actions.add(Parts.generatedDownload(() -> export.markdown(id).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    export.fileName(id, "md"), "text/markdown;charset=UTF-8", getTranslation("casestudies.ui.export.md")));
            actions.add(Parts.generatedDownload(() -> export.pdf(id), export.fileName(id, "pdf"), "application/pdf",
                    getTranslation("casestudies.ui.export.pdf")));
            actions.getComponentAt(actions.getComponentCount() - 2).setId("cs-export-md");
            actions.getComponentAt(actions.getComponentCount() - 1).setId("cs-export-pdf");
        }
        for (CaseStudyActionsExtension extension : actionExtensions) {
            extension.actionFor(d, this::show).ifPresent(actions::add);
        }
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.setVisible(actions.getComponentCount() > 0);
        return actions;
    }

    private void submit(CaseStudyDetails d) {
        try {
            service.submit(d.id(), d.headRevision());
            Parts.done(getTranslation("casestudies.ui.submitted"));
            show();
        } catch (CaseStudyException e) {
            Parts.error(texts.error(e));
        }
    }

    private void addTab(TabSheet sheet, String id, String labelKey, Function<CaseStudyPage, Component> builder) {
        Div holder = new Div();
        holder.addClassName("ts-cs-tab");
        Tab tab = sheet.add(getTranslation(labelKey), holder);
        tab.setId("tab-" + id);
        tabsById.put(id, tab);
        holders.put(tab, holder);
        builders.put(tab, builder);
    }

    /** Builds a tab's content the first time it is shown. */
    private void fill(Tab tab) {
        Div holder = holders.get(tab);
        if (holder == null || page == null || holder.getChildren().findAny().isPresent()) {
            return;
        }
        try {
            holder.add(builders.get(tab).apply(page));
        } catch (CaseStudyException e) {
            Paragraph problem = new Paragraph(texts.error(e));
            problem.getElement().setAttribute("role", "alert");
            holder.add(problem);
        }
    }

    private String tabId() {
        if (current == null) {
            return CASE_STUDY;
        }
        Tab selected = current.getSelectedTab();
        return tabsById.entrySet().stream().filter(e -> e.getValue().equals(selected)).map(Map.Entry::getKey)
                .findFirst().orElse(CASE_STUDY);
    }

    /** Navigates to a tab of this case study with its parameters (the version shown is kept unless given). */
    private void go(String tab, Map<String, String> tabParameters) {
        UI.getCurrent().navigate(CaseStudyView.class, new RouteParameters("id", Long.toString(caseStudyId)),
                QueryParameters.simple(query(tab, tabParameters)));
    }

    private Map<String, String> query(String tab, Map<String, String> tabParameters) {
        Map<String, String> query = new LinkedHashMap<>();
        if (!CASE_STUDY.equals(tab)) {
            query.put(TAB, tab);
        }
        query.putAll(tabParameters);
        return query;
    }

    private void writeTabToUrl() {
        String id = tabId();
        Map<String, String> keep = new LinkedHashMap<>();
        if (PUBLISHED.equals(parameters.get(VERSION))) {
            keep.put(VERSION, PUBLISHED);
        }
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("case-studies/" + caseStudyId, QueryParameters.simple(query(id, keep))));
    }

    private void showNotFound() {
        page = null;
        current = null;
        title = getTranslation("casestudies.ui.not-found.title");
        heading.setText(title);
        add(heading, new Paragraph(getTranslation("casestudies.ui.not-found")));
    }

    /** The tab shown (for tests). */
    String selectedTab() {
        return tabId();
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 ThirdSpace";
    }
}
