package org.thirdspace.everywhere.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * The header's search box ({@code id="global-search"}) in a {@code search} landmark: Enter or the
 * search button opens the {@code search} view for the text.
 */
class GlobalSearchBox extends Div {

    static final String STYLESHEET = "styles/everywhere.css";

    final TextField field = new TextField();
    final Button submit = new Button(VaadinIcon.SEARCH.create());

    GlobalSearchBox() {
        addClassName("ts-global-search");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("everywhere.header.label"));
        field.setId("global-search");
        field.setAriaLabel(getTranslation("everywhere.header.label"));
        field.setPlaceholder(getTranslation("everywhere.header.placeholder"));
        field.setClearButtonVisible(true);
        field.setMaxLength(org.thirdspace.everywhere.SearchEverywhere.MAX_TEXT);
        field.getElement().setAttribute("enterkeyhint", "search");
        field.getElement().setAttribute("autocomplete", "off");
        submit.setId("global-search-submit");
        submit.setAriaLabel(getTranslation("everywhere.view.submit"));
        submit.setTooltipText(getTranslation("everywhere.view.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        submit.addClickListener(e -> go(field.getValue()));
        Shortcuts.addShortcutListener(field, () -> go(field.getValue()), Key.ENTER).listenOn(field)
                .resetFocusOnActiveElement();
        add(field, submit);
        addAttachListener(e -> e.getUI().getPage().addStyleSheet(STYLESHEET));
    }

    static void go(String text) {
        String q = text == null ? "" : text.strip();
        UI.getCurrent().navigate(SearchView.class, q.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", q));
    }
}
