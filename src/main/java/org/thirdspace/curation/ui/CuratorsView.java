package org.thirdspace.curation.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.thirdspace.curation.CurationException;
import org.thirdspace.curation.CurationService;
import org.thirdspace.curation.Curator;
import org.thirdspace.curation.CuratorCandidate;

/**
 * Moderators appoint and remove the curators who build good-practice collections with them: the
 * current curators, each with a "Remove" button, and a lazily paged member search to appoint
 * someone new. The service audits every appointment and dismissal.
 */
@Route("moderation/curators")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(title = "curation.curators.menu", order = 864, icon = "vaadin:user-star")
public class CuratorsView extends Div implements HasDynamicTitle {

    private static final int PAGE_SIZE = 50;

    private final CurationService curation;
    private final DateTimeFormatter dates;
    final UnorderedList current = new UnorderedList();
    final Paragraph none = new Paragraph();
    final TextField search = new TextField();
    final Grid<CuratorCandidate> grid = new Grid<>();
    final Paragraph chosen = new Paragraph();
    final Button appoint = new Button();
    final Paragraph status = new Paragraph();
    private CuratorCandidate selected;

    public CuratorsView(CurationService curation) {
        this.curation = curation;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        addClassName("ts-curators");
        current.setId("curator-list");
        current.getElement().setAttribute("aria-labelledby", "curators-current-heading");
        none.setText(getTranslation("curation.curators.none"));
        H2 currentHeading = new H2(getTranslation("curation.curators.current"));
        currentHeading.setId("curators-current-heading");

        search.setLabel(getTranslation("curation.curators.search"));
        search.setHelperText(getTranslation("curation.curators.search.help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(30rem, 100%)");
        search.addValueChangeListener(e -> refresh());
        grid.addColumn(CuratorCandidate::displayName).setHeader(getTranslation("curation.curators.column.name"))
                .setAutoWidth(true);
        grid.addColumn(CuratorCandidate::email).setHeader(getTranslation("curation.curators.column.email"))
                .setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("curation.curators.column.status")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("curation.curators.grid"));
        grid.setPageSize(PAGE_SIZE);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null || e.isFromClient()) {
                select(e.getValue());
            }
        });
        appoint.addThemeVariants(ButtonVariant.PRIMARY);
        appoint.setId("curator-appoint");
        appoint.addClickListener(e -> appoint());
        chosen.setId("curator-chosen");
        status.setId("curators-status");
        status.getElement().setAttribute("role", "status");
        select(null);
        refresh();
        showCurators();

        add(new H1(getTranslation("curation.curators.title")), new Paragraph(getTranslation("curation.curators.intro")),
                currentHeading, none, current, new H2(getTranslation("curation.curators.appoint-heading")), search,
                grid, chosen, appoint, status);
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(q -> curation.findCandidates(text, q.getOffset(),
                        Math.min(CurationService.MAX_SIZE, q.getLimit())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, curation.countCandidates(text)));
    }

    private void showCurators() {
        current.removeAll();
        List<Curator> curators = curation.curatorList();
        none.setVisible(curators.isEmpty());
        current.setVisible(!curators.isEmpty());
        for (Curator c : curators) {
            Button remove = new Button(getTranslation("curation.curators.remove"), e -> dismiss(c));
            remove.setId("curator-dismiss-" + c.accountId());
            remove.setAriaLabel(getTranslation("curation.curators.remove.label", c.displayName()));
            remove.addThemeVariants(ButtonVariant.ERROR);
            ListItem item = new ListItem(new Span(getTranslation("curation.curators.entry", c.displayName(),
                    dates.format(c.appointedAt()))), remove);
            item.addClassName("ts-curator");
            current.add(item);
        }
    }

    /** Chooses the member to appoint. */
    void select(CuratorCandidate candidate) {
        selected = candidate;
        if (candidate == null) {
            chosen.setText(getTranslation("curation.curators.choose"));
            appoint.setText(getTranslation("curation.curators.appoint"));
            appoint.setEnabled(false);
            return;
        }
        status.setText("");
        chosen.setText(candidate.staff() ? getTranslation("curation.curators.is-staff", candidate.displayName())
                : candidate.curator() ? getTranslation("curation.curators.is-curator", candidate.displayName())
                : getTranslation("curation.curators.chosen", candidate.displayName()));
        appoint.setText(getTranslation("curation.curators.appoint-named", candidate.displayName()));
        appoint.setEnabled(!candidate.staff() && !candidate.curator());
    }

    void appoint() {
        if (selected == null) {
            return;
        }
        CuratorCandidate who = selected;
        try {
            boolean changed = curation.appointCurator(who.accountId());
            status.setText(getTranslation(changed ? "curation.curators.appointed" : "curation.curators.already",
                    who.displayName()));
            grid.getDataProvider().refreshAll();
            grid.deselectAll();
            select(null);
            showCurators();
        } catch (CurationException e) {
            status.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void dismiss(Curator curator) {
        try {
            boolean changed = curation.dismissCurator(curator.accountId());
            status.setText(getTranslation(changed ? "curation.curators.dismissed" : "curation.curators.not-curator",
                    curator.displayName()));
            grid.getDataProvider().refreshAll();
            showCurators();
            search.focus();
        } catch (CurationException e) {
            status.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private String state(CuratorCandidate c) {
        return c.staff() ? getTranslation("curation.curators.state.staff")
                : c.curator() ? getTranslation("curation.curators.state.curator") : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.curators.title");
    }
}
