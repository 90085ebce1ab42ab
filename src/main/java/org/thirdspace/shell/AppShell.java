package org.thirdspace.shell;

import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings shared by every view: theme, our stylesheet, language and viewport; server
 * push (websocket, with long polling as fallback) so the notifications bell updates live.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/thirdspace.css")
@Meta(name = "description", content = "ThirdSpace: a community of practice for school-university partnerships")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        settings.setPageTitle("ThirdSpace");
    }
}
