package org.thirdspace.people.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.ObjectProvider;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonContributions;
import org.thirdspace.people.Profile;
import org.thirdspace.people.ProfileActionsExtension;
import org.thirdspace.people.ProfileModeration;
import org.thirdspace.people.SimilarPeople;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/** A person's profile as the current user may see it. */
@Route("people")
@PermitAll
public class ProfileView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PeopleService people;
    private final Vocabularies vocabularies;
    private final ObjectProvider<SimilarPeople> similarPeople;
    private final ObjectProvider<PersonContributions> contributions;
    private final ProfileModeration moderation;
    private final ObjectProvider<ProfileActionsExtension> actions;
    private String title = "";

    public ProfileView(PeopleService people, Vocabularies vocabularies, ObjectProvider<SimilarPeople> similarPeople,
            ObjectProvider<PersonContributions> contributions, ProfileModeration moderation,
            ObjectProvider<ProfileActionsExtension> actions) {
        this.people = people;
        this.moderation = moderation;
        this.actions = actions;
        this.vocabularies = vocabularies;
        this.similarPeople = similarPeople;
        this.contributions = contributions;
    }

    @Override
    public void setParameter(BeforeEvent event, Long personId) {
        render(personId);
    }

    private void render(Long personId) {
        removeAll();
        var profile = personId == null ? java.util.Optional.<Profile>empty() : people.profile(personId);
        if (profile.isEmpty()) {
            title = getTranslation("people.profile.not-found.title");
            add(new H1(title), new Paragraph(getTranslation("people.profile.not-found")));
            return;
        }
        show(profile.get());
    }

    private void show(Profile p) {
        title = p.displayName();
        add(new H1(p.displayName()));
        if (p.headline() != null) {
            add(new Paragraph(p.headline()));
        }
        if (p.boundarySpanner()) {
            var badge = new Span(getTranslation("people.profile.boundary-spanner"));
            badge.getElement().getThemeList().add("badge success");
            badge.setId("boundary-spanner");
            badge.getElement().setAttribute("title", getTranslation("people.profile.boundary-spanner.help"));
            add(badge);
        }
        boolean mine = people.myPersonId().filter(id -> id == p.personId()).isPresent();
        if (moderation.isHidden(p.personId())) {
            // only its owner, moderators and admins get this far (PeopleService.profile)
            var notice = new Paragraph(getTranslation(mine ? "people.profile.hidden.owner"
                    : "people.profile.hidden.moderator"));
            notice.setId("profile-hidden-notice");
            notice.getElement().setAttribute("role", "status");
            if (mine) {
                var messages = new Anchor("moderation/notices", getTranslation("people.profile.hidden.owner.link"));
                messages.setId("profile-hidden-notices-link");
                notice.add(new Span(" "), messages);
            }
            // a bordered box (not a badge: the text is long and must wrap); Lumo's contrast colours meet AA
            notice.getStyle().set("border", "2px solid var(--lumo-contrast-50pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
            add(notice);
        }
        if (mine) {
            add(new Anchor("profile", getTranslation("people.profile.edit-own")));
        } else if (p.contact().acceptIntroductions()) {
            var ask = new Button(getTranslation("people.profile.ask-introduction"), e -> getUI().ifPresent(ui ->
                    ui.navigate("introductions", QueryParameters.of("to", Long.toString(p.personId())))));
            ask.addThemeVariants(ButtonVariant.PRIMARY);
            add(ask);
        }
        actions.orderedStream().map(a -> a.actionFor(p, () -> render(p.personId())))
                .flatMap(java.util.Optional::stream).forEach(this::add);

        if (p.bioHtml() != null && !p.bioHtml().isEmpty()) {
            var bio = new Div();
            bio.setId("bio");
            // sanitised by the people service (allow-list), see MarkdownRenderer
            bio.getElement().setProperty("innerHTML", p.bioHtml());
            add(section("people.profile.about", bio));
        }

        var expertise = new UnorderedList();
        addTerms(expertise, "people.field.roles", Vocabulary.ROLE, p.roles());
        addTerms(expertise, "people.field.activities", Vocabulary.ACTIVITY_TYPE, p.activities());
        addTerms(expertise, "people.field.subjects", Vocabulary.SUBJECT, p.subjects());
        addTerms(expertise, "people.field.phases", Vocabulary.PHASE, p.phases());
        addItems(expertise, "people.field.topics", p.topics());
        addItems(expertise, "people.field.credentials", p.credentials());
        addItems(expertise, "people.field.languages", p.languages());
        add(section("people.profile.expertise", expertise.getChildren().findAny().isPresent() ? expertise
                : new Paragraph(getTranslation("people.profile.nothing"))));

        var availability = p.availability();
        var avail = new Paragraph(getTranslation(availability.openToPartnerships() ? "people.profile.open"
                : "people.profile.not-open") + " "
                + (availability.capacity() == null ? "" : getTranslation("people.profile.capacity",
                        availability.capacity()) + " ")
                + getTranslation("people.mode." + availability.mode().name()));
        avail.setId("availability");
        add(section("people.profile.availability", avail));

        var contact = new Div();
        if (p.email() != null) {
            contact.add(new Paragraph(new Span(getTranslation("people.profile.email") + " "),
                    new Anchor("mailto:" + p.email(), p.email())));
        }
        if (p.contact().note() != null) {
            contact.add(new Paragraph(p.contact().note()));
        }
        if (contact.getChildren().findAny().isEmpty()) {
            contact.add(new Paragraph(getTranslation("people.profile.no-contact")));
        }
        add(section("people.profile.contact", contact));

        add(section("people.profile.affiliations", affiliations(p.current(), false),
                affiliations(p.former(), true)));
        add(section("people.profile.groups", contributions(p.personId())));

        var similar = similarPeople.getIfUnique();
        if (similar != null) {
            var list = new UnorderedList();
            similar.similarTo(p.personId(), 5).forEach(s -> list.add(new ListItem(
                    new Anchor("people/" + s.personId(), s.displayName()),
                    new Span(s.reason() == null ? "" : " \u2013 " + s.reason()))));
            if (list.getChildren().findAny().isPresent()) {
                add(section("people.profile.similar", list));
            }
        }
    }

    /** Groups, seats and other contributions from the features that have them, current ones first. */
    private Component contributions(long personId) {
        List<PersonContributions.Contribution> all = contributions.orderedStream()
                .flatMap(c -> c.contributionsOf(personId).stream()).toList();
        var box = new Div();
        box.setId("contributions");
        if (all.isEmpty()) {
            box.add(new Paragraph(getTranslation("people.profile.groups.none")));
            return box;
        }
        var current = all.stream().filter(PersonContributions.Contribution::current).toList();
        var former = all.stream().filter(c -> !c.current()).toList();
        if (!current.isEmpty()) {
            box.add(new H3(getTranslation("people.profile.groups.current")), contributionList(current, false));
        }
        if (!former.isEmpty()) {
            box.add(new H3(getTranslation("people.profile.groups.former")), contributionList(former, true));
        }
        return box;
    }

    private Component contributionList(List<PersonContributions.Contribution> list, boolean former) {
        var ul = new UnorderedList();
        ul.setId(former ? "former-contributions" : "current-contributions");
        for (PersonContributions.Contribution c : list) {
            var item = new ListItem(c.route() == null ? new Span(c.label()) : new Anchor(c.route(), c.label()));
            StringBuilder rest = new StringBuilder();
            if (c.detail() != null && !c.detail().isBlank()) {
                rest.append(" \u00b7 ").append(c.detail());
            }
            if (former && c.startedOn() != null && c.endedOn() != null) {
                rest.append(" \u00b7 ").append(getTranslation("people.profile.groups.period",
                        Integer.toString(c.startedOn().getYear()), Integer.toString(c.endedOn().getYear())));
            } else if (c.startedOn() != null) {
                rest.append(" \u00b7 ").append(getTranslation("people.profile.groups.since",
                        Integer.toString(c.startedOn().getYear())));
            }
            if (!rest.isEmpty()) {
                item.add(new Span(rest.toString()));
            }
            ul.add(item);
        }
        return ul;
    }

    private Component affiliations(List<AffiliationSummary> list, boolean former) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var ul = new UnorderedList();
        ul.setId(former ? "former-affiliations" : "current-affiliations");
        for (AffiliationSummary a : list) {
            String role = a.jobTitle() == null ? "" : a.jobTitle() + ", ";
            String text = former
                    ? getTranslation("people.profile.formerly", role + a.institutionName(),
                            dates.format(a.startedOn()), dates.format(a.endedOn()))
                    : getTranslation("people.profile.currently", role + a.institutionName(),
                            dates.format(a.startedOn()));
            ul.add(new ListItem(text));
        }
        return ul;
    }

    private void addTerms(UnorderedList list, String key, Vocabulary vocabulary, Collection<String> codes) {
        if (!codes.isEmpty()) {
            list.add(new ListItem(getTranslation(key) + ": " + codes.stream()
                    .map(c -> vocabularies.label(vocabulary, c, getLocale())).collect(Collectors.joining(", "))));
        }
    }

    private void addItems(UnorderedList list, String key, List<String> items) {
        if (!items.isEmpty()) {
            list.add(new ListItem(getTranslation(key) + ": " + String.join(", ", items)));
        }
    }

    private Section section(String key, Component... content) {
        var section = new Section(new H2(getTranslation(key)));
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 ThirdSpace";
    }
}
