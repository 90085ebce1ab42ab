package org.thirdspace.curation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.thirdspace.curation.CollectionSummary;
import org.thirdspace.curation.CurationService;

/** Published good-practice collections; curators also see their drafts and start new collections. */
@Route("collections")
@PermitAll
@Menu(title = "curation.ui.menu", order = 46, icon = "vaadin:star")
public class CollectionsView extends Div implements HasDynamicTitle {

    public CollectionsView(CurationService curation) {
        addClassName("ts-collections");
        add(new H1(getTranslation("curation.ui.collections.title")));
        add(new Paragraph(getTranslation("curation.ui.collections.intro")));
        boolean curator = curation.canCurate();
        if (curator) {
            Button create = new Button(getTranslation("curation.ui.collections.new"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(CollectionEditorView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        if (curation.canAppointCurators()) {
            Anchor curators = new Anchor("moderation/curators", getTranslation("curation.curators.manage"));
            curators.setId("collections-manage-curators");
            add(new Paragraph(curators));
        }
        add(list(getTranslation("curation.ui.collections.published"), curation.list(null, false, 0, 100)));
        if (curator) {
            add(list(getTranslation("curation.ui.collections.drafts"), curation.list(null, true, 0, 100)));
        }
    }

    private Div list(String heading, List<CollectionSummary> collections) {
        Div section = new Div(new H2(heading));
        if (collections.isEmpty()) {
            section.add(new Paragraph(getTranslation("curation.ui.collections.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (CollectionSummary c : collections) {
            ListItem item = new ListItem(new Anchor("collections/" + c.slug(), c.title()));
            item.add(new Paragraph(c.purpose() + " · " + getTranslation("curation.ui.collection.item-count",
                    c.itemCount()) + " · " + getTranslation("curation.ui.collection.followers", c.followers())));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.ui.collections.title");
    }
}
