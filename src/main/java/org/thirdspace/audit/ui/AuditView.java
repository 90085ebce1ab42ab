package org.thirdspace.audit.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.thirdspace.audit.AuditEntry;
import org.thirdspace.audit.AuditQuery;
import org.thirdspace.audit.AuditService;

/** The audit log for moderators and admins: filters above a lazily loaded grid, newest first. */
@Route("moderation/audit")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(title = "audit.menu", order = 870, icon = "vaadin:archive")
public class AuditView extends Div implements HasDynamicTitle {

    final TextField text = new TextField();
    final TextField action = new TextField();
    final TextField targetType = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();
    private final AuditService audit;

    public AuditView(AuditService audit) {
        this.audit = audit;
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        text.setLabel(getTranslation("audit.filter.text"));
        action.setLabel(getTranslation("audit.filter.action"));
        targetType.setLabel(getTranslation("audit.filter.target-type"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        for (TextField f : new TextField[] {text, action, targetType}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> times.format(e.occurredAt())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actorLabel).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(e -> e.target().toString()).setHeader(getTranslation("audit.column.target"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.column.summary")).setFlexGrow(2);
        grid.addColumn(AuditEntry::before).setHeader(getTranslation("audit.column.before"));
        grid.addColumn(AuditEntry::after).setHeader(getTranslation("audit.column.after"));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setPageSize(50);
        refresh();

        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")),
                new HorizontalLayout(text, action, targetType, from, to), grid);
    }

    AuditQuery query() {
        return new AuditQuery(text.getValue(), action.getValue(), targetType.getValue(), null,
                start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    void refresh() {
        AuditQuery q = query();
        grid.setItems(query -> {
            int size = query.getLimit();
            int page = query.getOffset() / Math.max(1, size);
            return audit.search(q, page, Math.min(size, AuditService.MAX_PAGE_SIZE)).entries().stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, audit.search(q, 0, 1).total()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
