package org.thirdspace.casestudies.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.QueueEntry;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The review queue: case studies in review (oldest first) and published ones past their review
 * date. Moderators see all of them, members named as reviewers theirs; the service decides, so
 * the page is open to every member and simply empty for the others.
 */
@Route("case-studies/review-queue")
@PermitAll
public class ReviewQueueView extends Div implements HasDynamicTitle {

    final NativeTable table;

    public ReviewQueueView(CaseStudyService service, Vocabularies vocabularies, Clock clock) {
        CaseStudyTexts texts = new CaseStudyTexts(this, vocabularies, clock);
        addClassName("ts-cs-queue");
        add(new H1(getTranslation("casestudies.ui.queue.heading")));
        add(new Paragraph(getTranslation("casestudies.ui.queue.intro")));
        List<QueueEntry> entries = service.reviewQueue();
        table = Parts.table(getTranslation("casestudies.ui.queue.caption"),
                getTranslation("casestudies.ui.queue.case-study"), getTranslation("casestudies.ui.queue.reason"),
                getTranslation("casestudies.ui.queue.since"), getTranslation("casestudies.ui.queue.group"));
        table.setId("cs-queue");
        for (QueueEntry e : entries) {
            Span since = new Span();
            since.getElement().appendChild(Parts.time(texts.dateTime(e.since()), e.since()));
            var link = CaseStudiesView.link(e.caseStudy().id(), e.caseStudy().title());
            link.setQueryParameters(com.vaadin.flow.router.QueryParameters.of(CaseStudyView.TAB, CaseStudyView.REVIEW));
            Parts.row(table, link,
                    e.reason() == QueueEntry.Reason.IN_REVIEW
                            ? getTranslation("casestudies.ui.queue.reason.in-review",
                                    String.valueOf(e.caseStudy().headRevision()))
                            : getTranslation("casestudies.ui.queue.reason.due", texts.date(e.caseStudy().reviewDueOn())),
                    since, CaseStudyTexts.nz(e.caseStudy().groupName()));
        }
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("casestudies.ui.queue.empty")));
        } else {
            add(table);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casestudies.ui.queue.heading") + " \u2013 ThirdSpace";
    }
}
