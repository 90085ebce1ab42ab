package org.thirdspace.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.testsupport.IntegrationTest;

/** The admin's "Rebuild all indices" button and its progress. */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class SearchAdminViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = IntegrationTest.ADMIN_EMAIL, roles = "ADMIN")
    void rebuildsAllIndicesAndShowsProgress() throws InterruptedException {
        SearchAdminView view = navigate(SearchAdminView.class);
        assertThat(view.progress.getElement().getAttribute("aria-labelledby")).isNotBlank();
        test(view.rebuild).click();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!view.state.getText().equals("Done") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            view.refresh();
        }
        assertThat(view.state.getText()).isEqualTo("Done");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.rebuild.isEnabled()).isTrue();
        assertThat(view.details.getChildren().map(c -> c.getElement().getText()).toList())
                .anySatisfy(text -> assertThat(text).startsWith("people:").endsWith("(Done)"));
    }

    @Test
    @WithMockUser(username = "member@search.test")
    void membersCannotOpenIt() {
        navigate("admin/search", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SearchAdminView.class);
    }
}
