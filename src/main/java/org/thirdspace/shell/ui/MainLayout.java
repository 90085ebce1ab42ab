package org.thirdspace.shell.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.beans.factory.ObjectProvider;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shell.HeaderExtension;

/**
 * The frame around every view: product name, main navigation (built from the {@code @Menu}
 * annotations of the views the current user may open), user menu, skip link and footer.
 * Menu titles are message keys, so navigation is translated like everything else.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String MAIN_ID = "main-content";

    private final transient AuthenticationContext authentication;
    private final transient CurrentUser currentUser;
    private final SideNav navigation = new SideNav();
    private final Main main = new Main();
    private final Div userArea = new Div();
    private final transient ObjectProvider<HeaderExtension> headerExtensions;
    /** The account the user area was built for (null: anonymous); rebuilt when it changes. */
    private Optional<Long> userAreaFor;

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser,
            ObjectProvider<HeaderExtension> headerExtensions) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);

        var skipLink = new Anchor("#" + MAIN_ID, getTranslation("shell.skip-to-content"));
        skipLink.addClassName("ts-skip-link");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.toggle-navigation"));

        var productName = new Anchor("", getTranslation("shell.product-name"));
        productName.addClassName("ts-product-name");

        this.headerExtensions = headerExtensions;
        userArea.addClassName("ts-user-area");

        var header = new HorizontalLayout(toggle, productName, userArea);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(productName);
        header.addClassName("ts-header");
        addToNavbar(skipLink, header);

        // vaadin-side-nav is the navigation landmark itself, labelled by its visible label
        navigation.setLabel(getTranslation("shell.navigation"));
        var nav = new Div(navigation);
        nav.addClassName("ts-nav");
        addToDrawer(nav);

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("ts-main");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<Long> account = authentication.isAuthenticated() ? currentUser.id() : Optional.empty();
        if (!account.equals(userAreaFor)) {
            userAreaFor = account;
            userArea.removeAll();
            headerExtensions.orderedStream().sorted(java.util.Comparator.comparingInt(HeaderExtension::order))
                    .map(HeaderExtension::headerComponent).flatMap(Optional::stream).forEach(userArea::add);
            userArea.add(userMenu());
        }
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(translateTitle(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
        }
    }

    private String translateTitle(String title) {
        String translated = getTranslation(title);
        return translated.startsWith("!") ? title : translated;
    }

    private Component userMenu() {
        Optional<String> name = authentication.isAuthenticated()
                ? currentUser.displayName().or(authentication::getPrincipalName)
                : Optional.empty();
        if (name.isEmpty()) {
            var login = new Anchor("login", getTranslation("shell.log-in"));
            var signup = new Anchor("signup", getTranslation("shell.sign-up"));
            var links = new HorizontalLayout(login, signup);
            links.addClassName("ts-anonymous-links");
            return links;
        }
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        var avatar = new Avatar(name.get());
        avatar.getElement().setAttribute("aria-hidden", "true");
        var trigger = new HorizontalLayout(avatar, new Span(name.get()));
        trigger.setAlignItems(HorizontalLayout.Alignment.CENTER);
        trigger.setSpacing(true);
        var root = menu.addItem(trigger);
        root.getSubMenu().addItem(getTranslation("shell.account"),
                click -> getUI().ifPresent(ui -> ui.navigate("account")));
        root.getSubMenu().addItem(getTranslation("shell.log-out"), click -> authentication.logout());
        return menu;
    }
}
