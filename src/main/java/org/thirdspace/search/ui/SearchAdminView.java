package org.thirdspace.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.thirdspace.search.ReindexAlreadyRunningException;
import org.thirdspace.search.ReindexStatus;
import org.thirdspace.search.SearchAdministration;

/** Rebuild all search indices, with a progress bar that polls the reindex status. */
@Route("admin/search")
@RolesAllowed("ADMIN")
@Menu(title = "search.admin.title", order = 920, icon = "vaadin:database")
public class SearchAdminView extends Div implements HasDynamicTitle {

    private static final int POLL_MS = 500;

    final Button rebuild = new Button();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Paragraph state = new Paragraph();
    final UnorderedList details = new UnorderedList();
    private final SearchAdministration administration;
    private Registration polling;

    public SearchAdminView(SearchAdministration administration) {
        this.administration = administration;
        rebuild.setText(getTranslation("search.admin.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> start());
        NativeLabel label = new NativeLabel(getTranslation("search.admin.progress"));
        label.setId("search-reindex-progress-label");
        progress.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        state.getElement().setAttribute("role", "status");
        state.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("search.admin.heading")),
                new Paragraph(getTranslation("search.admin.intro")),
                rebuild, new Div(label, progress), state, details);
        show(administration.status());
    }

    void start() {
        try {
            show(administration.reindexAll());
        } catch (ReindexAlreadyRunningException e) {
            show(e.status());
        }
    }

    /** Reads the status again (the poll listener; tests call it directly). */
    void refresh() {
        show(administration.status());
    }

    private void show(ReindexStatus status) {
        progress.setValue(status.fraction());
        progress.setIndeterminate(status.running() && status.fraction() == 0);
        rebuild.setEnabled(!status.running());
        state.setText(getTranslation("search.admin.state." + status.state().name().toLowerCase()));
        details.removeAll();
        for (ReindexStatus.IndexProgress index : status.indices()) {
            String text = getTranslation("search.admin.index", index.name(), index.written(), index.expected(),
                    getTranslation("search.admin.state." + index.state().name().toLowerCase()));
            details.add(new ListItem(index.error() == null ? text : text + " - " + index.error()));
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(status.running() ? POLL_MS : -1);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        polling = attachEvent.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.admin.title");
    }
}
