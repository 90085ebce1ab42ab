package org.thirdspace.trust.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.thirdspace.trust.TrustActivity;
import org.thirdspace.trust.TrustLevel;
import org.thirdspace.trust.TrustProgress;
import org.thirdspace.trust.TrustProperties;
import org.thirdspace.trust.TrustService;

/**
 * The signed-in member's trust level, what it lets them do and what the next level needs, each
 * threshold as text plus a labelled progress bar (meaning never by colour alone).
 */
@Route("account/trust")
@PermitAll
@Menu(title = "trust.ui.nav", order = 890, icon = "vaadin:star-half-left-o")
public class TrustView extends Div implements HasDynamicTitle {

    TrustView(TrustService trust, TrustProperties properties) {
        addClassName("ts-trust");
        TrustProgress progress = trust.myProgress();
        add(new H1(getTranslation("trust.ui.title")));
        add(new Paragraph(getTranslation("trust.ui.intro")));
        Paragraph level = new Paragraph(getTranslation("trust.ui.level", name(progress.level())));
        level.setId("trust-level");
        add(level, new Paragraph(getTranslation("trust.level.description." + progress.level().name())));
        if (progress.staff()) {
            add(new Paragraph(getTranslation("trust.ui.staff")));
        }
        if (progress.locked()) {
            add(new Paragraph(getTranslation("trust.ui.locked", progress.lockReason())));
        }
        add(new H2(getTranslation("trust.ui.limits")));
        add(limits(progress.level(), properties));
        if (progress.next() != null) {
            add(new H2(getTranslation("trust.ui.next", name(progress.next()))));
            UnorderedList list = new UnorderedList();
            list.setId("trust-requirements");
            int i = 0;
            for (TrustProgress.Requirement r : progress.requirements()) {
                list.add(requirement(r, i++));
            }
            add(list);
        } else if (!progress.staff() && !progress.locked()) {
            add(new Paragraph(getTranslation("trust.ui.top")));
        }
        add(new H2(getTranslation("trust.ui.activity")));
        TrustActivity a = progress.activity();
        add(new UnorderedList(
                item("days-visited", a.daysVisited()), item("read-minutes", a.minutesRead()),
                item("topics-entered", a.topicsEntered()), item("posts", a.posts()),
                item("contributions", a.contributions())));
    }

    private ListItem requirement(TrustProgress.Requirement r, int index) {
        String label = getTranslation("trust.requirement.progress", getTranslation("trust.requirement." + r.code()),
                Math.min(r.have(), r.needed()), r.needed()) + " ("
                + getTranslation(r.met() ? "trust.requirement.met" : "trust.requirement.not-met") + ")";
        NativeLabel text = new NativeLabel(label);
        text.setId("trust-req-" + index);
        ProgressBar bar = new ProgressBar(0, r.needed(), Math.min(r.have(), r.needed()));
        bar.getElement().setAttribute("aria-labelledby", text.getId().orElseThrow());
        bar.setWidth("min(20rem, 100%)");
        ListItem item = new ListItem(text, bar);
        item.addClassName(r.met() ? "ts-trust-met" : "ts-trust-open");
        return item;
    }

    private ListItem item(String code, long value) {
        return new ListItem(getTranslation("trust.requirement." + code) + ": " + value);
    }

    private UnorderedList limits(TrustLevel level, TrustProperties properties) {
        TrustProperties.Limits limits = properties.limitsOf(level);
        List<ListItem> items = new ArrayList<>();
        if (limits != null) {
            if (limits.getLinksPerPost() >= 0) {
                items.add(new ListItem(getTranslation("trust.ui.limit.links", limits.getLinksPerPost())));
            }
            if (limits.getPostsPerHour() >= 0) {
                items.add(new ListItem(getTranslation("trust.ui.limit.posts-per-hour", limits.getPostsPerHour())));
            }
            if (limits.getPostsPerDay() >= 0) {
                items.add(new ListItem(getTranslation("trust.ui.limit.posts-per-day", limits.getPostsPerDay())));
            }
        }
        if (!level.atLeast(properties.getAttachmentsLevel())) {
            items.add(new ListItem(getTranslation("trust.ui.limit.attachments")));
        }
        if (items.isEmpty()) {
            items.add(new ListItem(getTranslation("trust.ui.limit.none")));
        }
        UnorderedList list = new UnorderedList(items.toArray(ListItem[]::new));
        list.setId("trust-limits");
        return list;
    }

    private String name(TrustLevel level) {
        return getTranslation("trust.level." + level.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trust.ui.title");
    }
}
