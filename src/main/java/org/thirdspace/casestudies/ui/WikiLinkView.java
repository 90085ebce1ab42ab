package org.thirdspace.casestudies.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyService;

/**
 * Where {@code [[Title]]} links lead ({@code case-studies/wiki/<title>}): to the case study with
 * that title when the user may see one, otherwise a page that offers to write it (the editor
 * starts with the title filled in).
 */
@Route("case-studies/wiki/:title*")
@AnonymousAllowed
public class WikiLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseStudyService service;
    private final AuthenticationContext authentication;
    final H1 heading = new H1();
    private String pageTitle = "";

    public WikiLinkView(CaseStudyService service, AuthenticationContext authentication) {
        this.service = service;
        this.authentication = authentication;
        addClassName("ts-cs-wiki");
        heading.setId("cs-wiki-heading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String title = title(event.getRouteParameters().get("title").orElse(""));
        Optional<Long> id;
        try {
            id = title.isBlank() ? Optional.empty() : service.idByTitle(title);
        } catch (CaseStudyException e) {
            id = Optional.empty();
        }
        if (id.isPresent()) {
            event.forwardTo(CaseStudyView.class, new RouteParameters("id", Long.toString(id.get())));
            return;
        }
        removeAll();
        pageTitle = getTranslation("casestudies.ui.wiki.missing.title", title);
        heading.setText(pageTitle);
        add(heading, new Paragraph(getTranslation("casestudies.ui.wiki.missing", title)));
        if (authentication.isAuthenticated()) {
            Button write = new Button(getTranslation("casestudies.ui.wiki.write"), e -> UI.getCurrent()
                    .navigate(CaseStudyEditorView.class, QueryParameters.of("title", title)));
            write.setId("cs-wiki-write");
            write.addThemeVariants(ButtonVariant.PRIMARY);
            add(write);
        } else {
            add(new Paragraph(new Anchor("login", getTranslation("casestudies.ui.wiki.log-in"))));
        }
        add(new Paragraph(new Anchor("case-studies", getTranslation("casestudies.ui.wiki.search"))));
    }

    /** The title from the path: percent-decoded when the link was encoded, '_' as in wiki URLs left alone. */
    static String title(String raw) {
        String t = raw;
        if (t.contains("%")) {
            try {
                t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // not encoded after all
            }
        }
        return t.strip();
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " \u2013 ThirdSpace";
    }
}
