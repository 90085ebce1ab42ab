package org.thirdspace.casestudies.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.thirdspace.casestudies.CaseStudyActionsExtension;
import org.thirdspace.casestudies.CaseStudyAttachments;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyPermissions;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.glossary.GlossaryService;
import org.thirdspace.finder.Viewers;
import org.thirdspace.markdown.MarkdownRenderer;

/**
 * What the tabs of one case-study page share: the case study as the user sees it, the services,
 * texts, the query parameters of the page, and how to reload it or switch tab after an action.
 */
final class CaseStudyPage {

    final CaseStudyDetails caseStudy;
    final CaseStudyTexts texts;
    final CaseStudyService service;
    final CaseStudyAttachments attachments;
    final MarkdownRenderer markdown;
    final GlossaryService glossary;
    final PeopleFinder finder;
    final Viewers viewers;
    final boolean authenticated;
    final Map<String, String> parameters;
    /** Controls other modules add to each comment (e.g. moderation's "Flag"). */
    final List<CaseStudyActionsExtension> actionExtensions;
    private final Runnable reload;
    private final BiConsumer<String, Map<String, String>> showTab;

    CaseStudyPage(CaseStudyDetails caseStudy, CaseStudyTexts texts, CaseStudyService service,
            CaseStudyAttachments attachments, MarkdownRenderer markdown, GlossaryService glossary, PeopleFinder finder, Viewers viewers,
            boolean authenticated, Map<String, String> parameters, Runnable reload,
            BiConsumer<String, Map<String, String>> showTab, List<CaseStudyActionsExtension> actionExtensions) {
        this.actionExtensions = actionExtensions;
        this.caseStudy = caseStudy;
        this.texts = texts;
        this.service = service;
        this.attachments = attachments;
        this.markdown = markdown;
        this.glossary = glossary;
        this.finder = finder;
        this.viewers = viewers;
        this.authenticated = authenticated;
        this.parameters = parameters;
        this.reload = reload;
        this.showTab = showTab;
    }

    long id() {
        return caseStudy.id();
    }

    CaseStudyPermissions permissions() {
        return caseStudy.permissions() == null ? CaseStudyPermissions.READER : caseStudy.permissions();
    }

    /** An integer query parameter of the page, or null. */
    Integer intParameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reloads the whole page (the case study may have changed), keeping the tab. */
    void reload() {
        reload.run();
    }

    /** Navigates to a tab of this page with its own query parameters (e.g. compare from/to). */
    void showTab(String tab, Map<String, String> tabParameters) {
        showTab.accept(tab, tabParameters);
    }

    /** Shows a service error as a notification (for actions without a field of their own). */
    void error(CaseStudyException e) {
        Parts.error(texts.error(e));
    }
}
