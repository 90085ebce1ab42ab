package org.thirdspace.matching.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.thirdspace.introductions.NeedIntroduction;
import org.thirdspace.matching.MatchCandidate;
import org.thirdspace.matching.MatchPermissions;
import org.thirdspace.matching.MatchReason;
import org.thirdspace.matching.MatchWeights;
import org.thirdspace.matching.MatchingException;
import org.thirdspace.matching.MatchingService;
import org.thirdspace.matching.NeedMatches;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedPageSection;
import org.thirdspace.needs.NeedService;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.security.CurrentUser;

/**
 * "Suggested people" on the need page, for those who may see matches: ranked candidates with
 * their reasons, the already-partnered people apart, related case studies and groups, the
 * introductions sent for the need, and for brokers a weighting panel and "Send introduction".
 * Stable ids: {@code need-matches}, {@code match-<personId>}, {@code partnered-<personId>},
 * {@code send-introduction-<personId>}, {@code match-weight-<name>}, {@code match-weights-apply},
 * {@code introduction-dialog}, {@code introduction-message}, {@code introduction-send},
 * {@code need-introductions}.
 */
@org.springframework.stereotype.Component
class MatchesSection implements NeedPageSection {

    private final MatchingService matching;
    private final NeedService needs;
    private final CurrentUser currentUser;

    MatchesSection(MatchingService matching, NeedService needs, CurrentUser currentUser) {
        this.matching = matching;
        this.needs = needs;
        this.currentUser = currentUser;
    }

    @Override
    public Component section(NeedDetails need) {
        MatchPermissions permissions = matching.permissions(need);
        if (!permissions.seeMatches()) {
            return null;
        }
        return new Panel(need, permissions);
    }

    final class Panel extends Section {

        private final long needId;
        private NeedDetails need;
        private final MatchPermissions permissions;
        private final Map<String, NumberField> weightFields = new LinkedHashMap<>();
        private final Div results = new Div();
        private final Div introductions = new Div();
        private MatchWeights weights;

        Panel(NeedDetails need, MatchPermissions permissions) {
            this.needId = need.id();
            this.need = need;
            this.permissions = permissions;
            this.weights = matching.defaultWeights();
            setId("need-matches");
            H2 heading = new H2(getTranslation("matching.ui.heading"));
            heading.setId("need-matches-heading");
            getElement().setAttribute("aria-labelledby", "need-matches-heading");
            add(heading, new Paragraph(getTranslation("matching.ui.intro")));
            if (permissions.tuneWeights()) {
                add(weightPanel());
            }
            results.setId("need-matches-results");
            introductions.setId("need-introductions");
            add(results, introductions);
            refresh();
        }

        private Component weightPanel() {
            Div panel = new Div();
            panel.setId("match-weights");
            H3 heading = new H3(getTranslation("matching.ui.weights"));
            heading.setId("match-weights-heading");
            panel.getElement().setAttribute("role", "group");
            panel.getElement().setAttribute("aria-labelledby", "match-weights-heading");
            panel.add(heading, new Paragraph(getTranslation("matching.ui.weights.intro")));
            FlexLayout fields = new FlexLayout();
            fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            fields.getStyle().set("gap", "var(--lumo-space-m)");
            for (String name : MatchWeights.NAMES) {
                NumberField field = new NumberField(getTranslation("matching.ui.weight." + name));
                field.setId("match-weight-" + name);
                field.setMin(MatchWeights.MIN);
                field.setMax(MatchWeights.MAX);
                field.setStep(0.5);
                field.setStepButtonsVisible(true);
                field.setValue(weights.get(name));
                field.setWidth("12rem");
                weightFields.put(name, field);
                fields.add(field);
            }
            Button apply = new Button(getTranslation("matching.ui.weights.apply"), e -> applyWeights());
            apply.setId("match-weights-apply");
            apply.addThemeVariants(ButtonVariant.PRIMARY);
            Button reset = new Button(getTranslation("matching.ui.weights.reset"), e -> {
                MatchWeights defaults = matching.defaultWeights();
                weightFields.forEach((name, f) -> {
                    f.setInvalid(false);
                    f.setValue(defaults.get(name));
                });
                applyWeights();
            });
            reset.setId("match-weights-reset");
            panel.add(fields, new FlexLayout(apply, reset));
            return panel;
        }

        void applyWeights() {
            MatchWeights w = matching.defaultWeights();
            for (var entry : weightFields.entrySet()) {
                NumberField field = entry.getValue();
                field.setInvalid(false);
                Double value = field.getValue();
                if (value == null || field.isInvalid() || value < MatchWeights.MIN || value > MatchWeights.MAX) {
                    field.setErrorMessage(getTranslation("matching.error.weight", field.getLabel(),
                            (int) MatchWeights.MIN, (int) MatchWeights.MAX));
                    field.setInvalid(true);
                    field.focus();
                    return;
                }
                w = w.with(entry.getKey(), value);
            }
            weights = w;
            refresh();
        }

        void refresh() {
            results.removeAll();
            NeedMatches matches;
            try {
                matches = matching.matches(needId, weights, matching.defaultSize());
            } catch (SearchIndexException e) {
                Paragraph unavailable = new Paragraph(getTranslation("matching.ui.unavailable"));
                unavailable.setId("need-matches-unavailable");
                results.add(unavailable);
                showIntroductions();
                return;
            } catch (MatchingException e) {
                NumberField field = e.field() == null ? null : weightFields.get(e.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                    field.setInvalid(true);
                    field.focus();
                    return;
                }
                throw e;
            }
            results.add(new H3(getTranslation("matching.ui.candidates")));
            results.add(people(matches.candidates(), "match-candidates", "match-", "matching.ui.none"));
            results.add(new H3(getTranslation("matching.ui.partnered")));
            results.add(new Paragraph(getTranslation("matching.ui.partnered.intro")));
            results.add(people(matches.alreadyPartnered(), "match-partnered", "partnered-", "matching.ui.partnered.none"));
            results.add(new H3(getTranslation("matching.ui.case-studies")));
            UnorderedList caseStudies = new UnorderedList();
            caseStudies.setId("match-case-studies");
            matches.caseStudies().forEach(c -> caseStudies.add(new ListItem(new Anchor("case-studies/" + c.id(),
                    c.title()))));
            results.add(matches.caseStudies().isEmpty() ? new Paragraph(getTranslation("matching.ui.case-studies.none"))
                    : caseStudies);
            results.add(new H3(getTranslation("matching.ui.groups")));
            UnorderedList groups = new UnorderedList();
            groups.setId("match-groups");
            matches.groups().forEach(g -> groups.add(new ListItem(new Anchor("groups/" + g.id(), g.name()))));
            results.add(matches.groups().isEmpty() ? new Paragraph(getTranslation("matching.ui.groups.none")) : groups);
            showIntroductions();
        }

        private Component people(List<MatchCandidate> list, String id, String itemPrefix, String noneKey) {
            if (list.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation(noneKey));
                none.setId(id + "-none");
                return none;
            }
            UnorderedList ul = new UnorderedList();
            ul.setId(id);
            for (MatchCandidate c : list) {
                ListItem item = new ListItem();
                item.setId(itemPrefix + c.personId());
                Anchor name = new Anchor("people/" + c.personId(), c.name());
                name.getStyle().set("font-weight", "600");
                Div who = new Div(name);
                if (c.headline() != null && !c.headline().isBlank()) {
                    who.add(new Span(" \u2013 " + c.headline()));
                }
                if (c.institution() != null) {
                    who.add(new Span(" (" + c.institution() + ")"));
                }
                Span score = new Span(getTranslation("matching.ui.score", String.format(Locale.ROOT, "%.2f", c.score())));
                score.getElement().getThemeList().add("badge contrast");
                score.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                who.add(score);
                UnorderedList why = new UnorderedList();
                why.addClassName("match-reasons");
                why.getElement().setAttribute("aria-label", getTranslation("matching.ui.reasons", c.name()));
                for (MatchReason r : c.reasons()) {
                    ListItem reason = new ListItem(r.text());
                    reason.getElement().setAttribute("data-code", r.code());
                    why.add(reason);
                }
                item.add(who, why);
                if (permissions.sendIntroductions()) {
                    Button send = new Button(getTranslation("matching.ui.send"), e -> openDialog(c));
                    send.setId("send-introduction-" + c.personId());
                    send.getElement().setAttribute("aria-label", getTranslation("matching.ui.send.aria", c.name()));
                    item.add(send);
                }
                ul.add(item);
            }
            return ul;
        }

        void openDialog(MatchCandidate candidate) {
            Dialog dialog = new Dialog();
            dialog.setId("introduction-dialog");
            dialog.setHeaderTitle(getTranslation("matching.ui.dialog.title", need.authorName(), candidate.name()));
            TextArea message = new TextArea(getTranslation("matching.ui.dialog.message"));
            message.setId("introduction-message");
            message.setMaxLength(MatchingService.MAX_MESSAGE);
            message.setWidth("36rem");
            message.setMaxWidth("100%");
            message.setMinHeight("12rem");
            message.setValue(matching.introductionMessage(need, candidate, currentUser.displayName().orElse("")));
            dialog.add(message);
            Button send = new Button(getTranslation("matching.ui.dialog.send"), e -> {
                message.setInvalid(false);
                try {
                    matching.sendIntroduction(needId, candidate.personId(), message.getValue());
                } catch (MatchingException ex) {
                    message.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    message.setInvalid(true);
                    message.focus();
                    return;
                }
                dialog.close();
                Notification.show(getTranslation("matching.ui.sent", candidate.name()))
                        .addThemeVariants(NotificationVariant.SUCCESS);
                need = needs.require(needId);
                showIntroductions();
            });
            send.setId("introduction-send");
            send.addThemeVariants(ButtonVariant.PRIMARY);
            Button cancel = new Button(getTranslation("matching.ui.dialog.cancel"), e -> dialog.close());
            cancel.setId("introduction-cancel");
            dialog.getFooter().add(cancel, send);
            add(dialog);
            dialog.open();
            message.focus();
        }

        void showIntroductions() {
            introductions.removeAll();
            introductions.add(new H3(getTranslation("matching.ui.introductions")));
            List<NeedIntroduction> sent = matching.introductions(needId);
            if (sent.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("matching.ui.introductions.none"));
                none.setId("need-introductions-none");
                introductions.add(none);
                return;
            }
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK)
                    .withZone(ZoneOffset.UTC);
            UnorderedList list = new UnorderedList();
            list.setId("need-introductions-list");
            for (NeedIntroduction i : sent) {
                String status = i.status() == org.thirdspace.introductions.Introduction.Status.DECLINED
                        && i.declineReason() != null
                        ? getTranslation("matching.ui.introduction.declined-reason", i.declineReason())
                        : getTranslation("matching.ui.introduction.status." + i.status().name());
                ListItem item = new ListItem(getTranslation("matching.ui.introduction", i.requesterName(),
                        i.recipientName(), i.brokerName(), date.format(i.createdAt()), status));
                item.setId("need-introduction-" + i.id());
                item.getElement().setAttribute("data-status", i.status().name());
                list.add(item);
            }
            introductions.add(list);
        }
    }
}
