package org.thirdspace.institutions.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.ObjectProvider;
import org.thirdspace.institutions.InstitutionDetails;
import org.thirdspace.institutions.InstitutionPeople;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/** The page of one institution. The id of a merged duplicate forwards to the institution it was merged into. */
@Route("institutions/:id")
@PermitAll
public class InstitutionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PEOPLE_SHOWN = 50;

    private final transient InstitutionService institutions;
    private final transient Vocabularies vocabularies;
    private final transient ObjectProvider<InstitutionPeople> people;

    final H1 heading = new H1();
    final Paragraph aliases = new Paragraph();
    final DescriptionList facts = new DescriptionList();
    final Section family = new Section();
    final Section peopleSection = new Section();
    private String title = "";

    public InstitutionView(InstitutionService institutions, Vocabularies vocabularies,
            ObjectProvider<InstitutionPeople> people) {
        this.institutions = institutions;
        this.vocabularies = vocabularies;
        this.people = people;
        add(heading, aliases, facts, family, peopleSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        InstitutionDetails details = id == null ? null : institutions.details(id).orElse(null);
        if (details != null && details.merged()) {
            Long survivor = institutions.resolve(id).orElse(null);
            if (survivor != null && !survivor.equals(id)) {
                event.forwardTo(InstitutionView.class, new RouteParameters("id", survivor.toString()));
                return;
            }
        }
        show(details);
    }

    private void show(InstitutionDetails d) {
        aliases.setText("");
        facts.removeAll();
        family.removeAll();
        peopleSection.removeAll();
        if (d == null) {
            title = getTranslation("institutions.page.not-found");
            heading.setText(title);
            aliases.setText(getTranslation("institutions.page.not-found-explanation"));
            return;
        }
        title = d.name();
        heading.setText(d.name());
        aliases.setVisible(!d.aliases().isEmpty());
        aliases.setText(getTranslation("institutions.page.aliases", String.join("; ", d.aliases())));
        fact("institutions.field.sector", getTranslation(d.sector().messageKey()));
        if (!d.phases().isEmpty()) {
            fact("institutions.field.phases", d.phases().stream()
                    .map(p -> vocabularies.label(Vocabulary.PHASE, vocabularies.isKnown(Vocabulary.PHASE, p)
                            ? vocabularies.current(Vocabulary.PHASE, p) : p, getLocale()))
                    .collect(Collectors.joining(", ")));
        }
        fact("institutions.field.region", getTranslation(d.region().messageKey()));
        if (d.town() != null) {
            fact("institutions.field.town", d.town());
        }
        if (d.postcode() != null) {
            fact("institutions.field.postcode", d.postcode());
        }
        if (d.website() != null) {
            Anchor site = new Anchor(d.website(), d.website(), AnchorTarget.DEFAULT);
            site.getElement().setAttribute("rel", "noopener nofollow");
            facts.add(new DescriptionList.Term(getTranslation("institutions.field.website")),
                    new DescriptionList.Description(site));
        }

        if (d.parentId() != null) {
            institutions.find(d.parentId()).ifPresent(parent -> {
                family.add(new H2(getTranslation("institutions.page.parent")));
                family.add(new Paragraph(link(parent)));
            });
        }
        List<InstitutionSummary> children = institutions.children(d.id());
        if (!children.isEmpty()) {
            family.add(new H2(getTranslation("institutions.page.children", children.size())));
            UnorderedList list = new UnorderedList();
            children.forEach(c -> list.add(new ListItem(link(c))));
            family.add(list);
        }

        InstitutionPeople directory = people.getIfAvailable();
        if (directory != null) {
            List<InstitutionPeople.PersonAtInstitution> here = directory.currentPeople(d.id(), PEOPLE_SHOWN);
            peopleSection.add(new H2(getTranslation("institutions.page.people")));
            if (here.isEmpty()) {
                peopleSection.add(new Paragraph(getTranslation("institutions.page.no-people")));
            } else {
                UnorderedList list = new UnorderedList();
                here.forEach(p -> list.add(new ListItem(new Span(p.jobTitle() == null || p.jobTitle().isBlank()
                        ? p.displayName() : p.displayName() + " \u2013 " + p.jobTitle()))));
                peopleSection.add(list);
            }
        }
    }

    private RouterLink link(InstitutionSummary s) {
        return new RouterLink(s.name(), InstitutionView.class, new RouteParameters("id", Long.toString(s.id())));
    }

    private void fact(String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
