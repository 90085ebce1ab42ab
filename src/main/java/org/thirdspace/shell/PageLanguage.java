package org.thirdspace.shell;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Sets {@code <html lang>} on every page (WCAG 3.1.1), so screen readers pronounce the text in
 * the right language. Done on the served page rather than in {@code frontend/index.html}: a
 * changed index.html would make Vaadin rebuild its pre-compiled frontend bundle.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("html")
                .attr("lang", MessageSourceI18NProvider.LOCALES.getFirst().toLanguageTag()));
    }
}
