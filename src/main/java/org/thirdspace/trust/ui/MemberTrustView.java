package org.thirdspace.trust.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.thirdspace.trust.MemberTrust;
import org.thirdspace.trust.TrustException;
import org.thirdspace.trust.TrustLevel;
import org.thirdspace.trust.TrustProgress;
import org.thirdspace.trust.TrustService;

/**
 * Moderators' view of members' trust levels: find a member by name or email (a lazily paged
 * grid), see their level, lock and progress, and lock them to a level or remove the lock, with a
 * required reason. Errors are shown on the field they concern. Every lock is audited by the
 * service.
 */
@Route("moderation/trust")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(title = "trust.admin.menu", order = 862, icon = "vaadin:star-half-left")
public class MemberTrustView extends Div implements HasDynamicTitle {

    private static final int PAGE_SIZE = 50;

    private final TrustService trust;
    final TextField search = new TextField();
    final Grid<MemberTrust> grid = new Grid<>();
    final Section detail = new Section();
    final H2 detailHeading = new H2();
    final Paragraph level = new Paragraph();
    final Paragraph lockState = new Paragraph();
    final Div requirements = new Div();
    final Select<TrustLevel> lockLevel = new Select<>();
    final TextArea reason = new TextArea();
    final Button lock = new Button();
    final Button unlock = new Button();
    final Paragraph status = new Paragraph();
    private MemberTrust selected;

    public MemberTrustView(TrustService trust) {
        this.trust = trust;
        addClassName("ts-member-trust");

        search.setLabel(getTranslation("trust.admin.search"));
        search.setHelperText(getTranslation("trust.admin.search.help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(30rem, 100%)");
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(MemberTrust::displayName).setHeader(getTranslation("trust.admin.column.name"))
                .setAutoWidth(true);
        grid.addColumn(MemberTrust::email).setHeader(getTranslation("trust.admin.column.email")).setAutoWidth(true);
        grid.addColumn(this::levelLabel).setHeader(getTranslation("trust.admin.column.level")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("trust.admin.grid"));
        grid.setPageSize(PAGE_SIZE);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                select(e.getValue());
            } else if (e.isFromClient()) {
                select(null);
            }
        });
        refresh();

        // the service validates; its messages go on the fields (no built-in validation flagging an empty field)
        lockLevel.setManualValidation(true);
        reason.setManualValidation(true);
        lockLevel.setLabel(getTranslation("trust.admin.lock.level"));
        lockLevel.setItems(TrustLevel.values());
        lockLevel.setItemLabelGenerator(this::name);
        lockLevel.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("trust.admin.lock.reason"));
        reason.setHelperText(getTranslation("trust.admin.lock.reason.help", TrustService.MAX_REASON));
        reason.setMaxLength(TrustService.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("min(40rem, 100%)");
        lock.setText(getTranslation("trust.admin.lock"));
        lock.addThemeVariants(ButtonVariant.PRIMARY);
        lock.addClickListener(e -> lock());
        unlock.setText(getTranslation("trust.admin.unlock"));
        unlock.addClickListener(e -> unlock());
        status.setId("member-trust-status");
        status.getElement().setAttribute("role", "status");
        level.setId("member-trust-level");
        lockState.setId("member-trust-lock");
        HorizontalLayout buttons = new HorizontalLayout(lock, unlock);
        buttons.setWrap(true);
        detail.add(detailHeading, level, lockState, requirements, new H3(getTranslation("trust.admin.lock.heading")),
                lockLevel, new Div(reason), buttons, status);
        detail.setId("member-trust-detail");
        detailHeading.setId("member-trust-detail-heading");
        detail.getElement().setAttribute("aria-labelledby", "member-trust-detail-heading");
        detail.setVisible(false);

        add(new H1(getTranslation("trust.admin.title")), new Paragraph(getTranslation("trust.admin.intro")), search,
                grid, detail);
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> trust.findMembers(text, query.getOffset(),
                        Math.min(TrustService.MAX_PAGE_SIZE, query.getLimit())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trust.countMembers(text)));
    }

    /** Shows the member's level and progress and the lock form. */
    void select(MemberTrust member) {
        selected = member;
        clearErrors();
        status.setText("");
        if (member == null) {
            detail.setVisible(false);
            return;
        }
        showProgress(trust.progress(member.accountId()));
        reason.clear();
        detail.setVisible(true);
    }

    private void showProgress(TrustProgress progress) {
        detailHeading.setText(getTranslation("trust.admin.detail.heading", selected.displayName()));
        level.setText(getTranslation("trust.admin.detail.level", name(progress.level())));
        if (progress.staff()) {
            lockState.setText(getTranslation("trust.admin.detail.staff"));
        } else if (progress.locked()) {
            lockState.setText(getTranslation("trust.admin.detail.locked", progress.lockReason()));
        } else {
            lockState.setText(getTranslation("trust.admin.detail.earned"));
        }
        requirements.removeAll();
        if (progress.next() != null) {
            UnorderedList list = new UnorderedList();
            list.setId("member-trust-requirements");
            for (TrustProgress.Requirement r : progress.requirements()) {
                list.add(new ListItem(getTranslation("trust.requirement.progress",
                        getTranslation("trust.requirement." + r.code()), Math.min(r.have(), r.needed()), r.needed())
                        + " (" + getTranslation(r.met() ? "trust.requirement.met" : "trust.requirement.not-met")
                        + ")"));
            }
            requirements.add(new Paragraph(getTranslation("trust.admin.detail.next", name(progress.next()))), list);
        }
        lockLevel.setValue(progress.level());
        lockLevel.setEnabled(!progress.staff());
        reason.setEnabled(!progress.staff());
        lock.setEnabled(!progress.staff());
        unlock.setEnabled(progress.locked());
    }

    void lock() {
        act(true);
    }

    void unlock() {
        act(false);
    }

    private void act(boolean locking) {
        if (selected == null) {
            return;
        }
        clearErrors();
        try {
            TrustProgress after = locking
                    ? trust.lock(selected.accountId(), lockLevel.getValue(), reason.getValue())
                    : trust.unlock(selected.accountId(), reason.getValue());
            showProgress(after);
            reason.clear();
            status.setText(getTranslation(locking ? "trust.admin.locked" : "trust.admin.unlocked",
                    selected.displayName(), name(after.level())));
            grid.getDataProvider().refreshAll();
        } catch (TrustException e) {
            String text = getTranslation(e.messageKey(), e.args());
            if ("reason".equals(e.field())) {
                reason.setErrorMessage(text);
                reason.setInvalid(true);
                reason.focus();
            } else if ("level".equals(e.field())) {
                lockLevel.setErrorMessage(text);
                lockLevel.setInvalid(true);
                lockLevel.focus();
            } else {
                status.setText(text);
            }
        }
    }

    private void clearErrors() {
        reason.setInvalid(false);
        reason.setErrorMessage(null);
        lockLevel.setInvalid(false);
        lockLevel.setErrorMessage(null);
    }

    private String levelLabel(MemberTrust m) {
        String name = name(m.level());
        if (m.staff()) {
            return getTranslation("trust.admin.level.staff", name);
        }
        return m.locked() ? getTranslation("trust.admin.level.locked", name) : name;
    }

    private String name(TrustLevel level) {
        return level == null ? "" : getTranslation("trust.level." + level.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trust.admin.title");
    }
}
