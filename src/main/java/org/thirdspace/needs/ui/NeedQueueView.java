package org.thirdspace.needs.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.thirdspace.needs.NeedException;
import org.thirdspace.needs.NeedQueue;
import org.thirdspace.needs.NeedQueuePage;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.QueuedNeed;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The brokers' queue: open needs nobody has answered, longest waiting first, overdue ones marked.
 * A broker claims one from here and goes on to its page (suggested people, introductions).
 */
@Route("needs/queue")
@RolesAllowed({ "BROKER", "MODERATOR", "ADMIN" })
@Menu(title = "needs.queue.menu", order = 47.5, icon = "vaadin:time-backward")
public class NeedQueueView extends VerticalLayout implements HasDynamicTitle {

    private final transient NeedQueue queue;
    private final transient NeedService needs;
    private final NeedTexts texts;
    final Grid<QueuedNeed> grid = new Grid<>();
    final Paragraph summary = new Paragraph();

    public NeedQueueView(NeedQueue queue, NeedService needs, Vocabularies vocabularies) {
        this.queue = queue;
        this.needs = needs;
        this.texts = new NeedTexts(this, vocabularies);
        add(new H1(texts.t("needs.queue.title")),
                new Paragraph(texts.t("needs.queue.intro", queue.alertAfterDays())));
        summary.setId("need-queue-summary");
        summary.getElement().setAttribute("aria-live", "polite");

        grid.setId("need-queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", texts.t("needs.queue.title"));
        grid.addComponentColumn(this::waiting).setHeader(texts.t("needs.queue.column.waiting")).setAutoWidth(true);
        grid.addComponentColumn(q -> {
            RouterLink link = new RouterLink(q.need().title(), NeedView.class,
                    new RouteParameters("id", String.valueOf(q.need().id())));
            link.setId("queue-need-" + q.need().id());
            return link;
        }).setHeader(texts.t("needs.ui.column.title")).setFlexGrow(3);
        grid.addColumn(q -> q.need().onBehalfOf().name()).setHeader(texts.t("needs.ui.column.behalf")).setFlexGrow(2);
        grid.addColumn(q -> q.need().forWhom()).setHeader(texts.t("needs.ui.column.for-whom")).setFlexGrow(2);
        grid.addColumn(q -> texts.facets(q.need().facets())).setHeader(texts.t("needs.ui.column.facets"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::claimButton).setHeader(texts.t("needs.queue.column.action")).setAutoWidth(true);
        grid.setHeight("32rem");
        grid.setEmptyStateText(texts.t("needs.queue.empty"));
        add(summary, grid);
        setWidthFull();
        refresh();
    }

    private HorizontalLayout waiting(QueuedNeed q) {
        Span days = new Span(texts.t("needs.queue.days", q.daysWaiting()));
        HorizontalLayout cell = new HorizontalLayout(days);
        cell.setSpacing(true);
        if (q.overdue()) {
            Span badge = new Span(texts.t("needs.queue.overdue"));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("ts-need-overdue");
            cell.add(badge);
        }
        return cell;
    }

    private Button claimButton(QueuedNeed q) {
        Button claim = new Button(texts.t("needs.ui.claim"), e -> claim(q));
        claim.setId("queue-claim-" + q.need().id());
        claim.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        claim.getElement().setAttribute("aria-label", texts.t("needs.queue.claim.aria", q.need().title()));
        return claim;
    }

    private void claim(QueuedNeed q) {
        try {
            needs.claim(q.need().id());
            getUI().ifPresent(ui -> ui.navigate(NeedView.class, new RouteParameters("id", String.valueOf(q.need().id()))));
        } catch (NeedException e) {
            Notification n = Notification.show(texts.t(e.messageKey(), e.args()), 6000,
                    Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
            refresh();
        }
    }

    void refresh() {
        NeedQueuePage first = queue.unanswered(0, 1);
        summary.setText(texts.t("needs.queue.summary", first.total(), first.overdue(), first.alertAfterDays()));
        grid.setItems(q -> fetch(q.getOffset(), q.getLimit()).stream(), q -> (int) queue.unanswered(0, 1).total());
    }

    private List<QueuedNeed> fetch(int offset, int limit) {
        return PagedRows.fetch(offset, limit, NeedService.MAX_SIZE,
                (page, size) -> queue.unanswered(page, size).items());
    }

    @Override
    public String getPageTitle() {
        return texts.t("needs.queue.title") + " \u2013 ThirdSpace";
    }
}
