package org.thirdspace.glossary.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.glossary.GlossaryDraft;
import org.thirdspace.glossary.GlossaryEntry;
import org.thirdspace.glossary.GlossaryException;
import org.thirdspace.glossary.GlossaryPage;
import org.thirdspace.glossary.GlossaryService;
import org.thirdspace.glossary.VocabularyTermRef;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * The glossary A–Z with a search box and a jump list of first letters; moderators add, edit and
 * delete terms in a dialog (the service checks the role again).
 */
@Route("glossary")
@AnonymousAllowed
@Menu(title = "glossary.ui.menu", order = 47, icon = "vaadin:open-book")
public class GlossaryView extends VerticalLayout implements HasDynamicTitle {

    /** The vocabularies whose terms a glossary term may be linked to. */
    static final List<Vocabulary> LINKABLE = List.of(Vocabulary.ROLE, Vocabulary.ACTIVITY_TYPE, Vocabulary.PHASE,
            Vocabulary.SUBJECT, Vocabulary.PARTNERSHIP_MODEL, Vocabulary.CORE_COMPONENT, Vocabulary.EVIDENCE_TYPE);

    private final transient GlossaryService glossary;
    private final transient Vocabularies vocabularies;
    private final boolean moderator;
    final TextField search = new TextField();
    final Div results = new Div();
    final Paragraph count = new Paragraph();

    public GlossaryView(GlossaryService glossary, Vocabularies vocabularies, AuthenticationContext authentication) {
        this.glossary = glossary;
        this.vocabularies = vocabularies;
        this.moderator = authentication.hasAnyRole("MODERATOR", "ADMIN");
        addClassName("ts-glossary-page");
        add(new H1(getTranslation("glossary.ui.title")), new Paragraph(getTranslation("glossary.ui.intro")));

        search.setLabel(getTranslation("glossary.ui.search"));
        search.setHelperText(getTranslation("glossary.ui.search.helper"));
        search.setId("glossary-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(GlossaryService.MAX_QUERY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout tools = new HorizontalLayout(search);
        tools.setAlignItems(Alignment.BASELINE);
        if (moderator) {
            Button add = new Button(getTranslation("glossary.ui.add"), e -> edit(null));
            add.setId("glossary-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            tools.add(add);
        }
        count.setId("glossary-count");
        count.getElement().setAttribute("aria-live", "polite");
        results.setId("glossary-results");
        results.setWidthFull();
        add(tools, count, results);
        refresh();
    }

    void refresh() {
        results.removeAll();
        GlossaryPage page;
        try {
            page = glossary.search(search.getValue(), 0, GlossaryService.MAX_SIZE);
        } catch (GlossaryException e) {
            search.setInvalid(true);
            search.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            return;
        }
        search.setInvalid(false);
        count.setText(getTranslation("glossary.ui.count", page.total()));
        if (page.items().isEmpty()) {
            results.add(new Paragraph(getTranslation("glossary.ui.empty")));
            return;
        }
        Map<String, List<GlossaryEntry>> byLetter = new LinkedHashMap<>();
        for (GlossaryEntry e : page.items()) {
            byLetter.computeIfAbsent(letter(e.term()), l -> new ArrayList<>()).add(e);
        }
        if (search.getValue().isBlank()) {
            Nav letters = new Nav();
            letters.getElement().setAttribute("aria-label", getTranslation("glossary.ui.letters"));
            UnorderedList list = new UnorderedList();
            list.addClassName("ts-glossary-letters");
            byLetter.keySet().forEach(l -> list.add(new ListItem(new Anchor("glossary#glossary-letter-" + l, l))));
            letters.add(list);
            results.add(letters);
        }
        byLetter.forEach((letter, entries) -> {
            H2 heading = new H2(letter);
            heading.setId("glossary-letter-" + letter);
            DescriptionList list = new DescriptionList();
            list.addClassName("ts-glossary-list");
            for (GlossaryEntry e : entries) {
                DescriptionList.Term term = new DescriptionList.Term(e.term());
                term.setId("glossary-term-" + e.id());
                Div definition = new Div();
                definition.getElement().setProperty("innerHTML", e.definitionHtml());
                DescriptionList.Description description = new DescriptionList.Description(definition);
                if (!e.allSynonyms().isEmpty()) {
                    Paragraph synonyms = new Paragraph(getTranslation("glossary.ui.synonyms",
                            String.join(", ", e.allSynonyms())));
                    synonyms.addClassName("ts-glossary-synonyms");
                    description.add(synonyms);
                }
                if (moderator) {
                    Button editButton = new Button(getTranslation("glossary.ui.edit"), click -> edit(e));
                    editButton.setAriaLabel(getTranslation("glossary.ui.edit.label", e.term()));
                    editButton.addThemeVariants(ButtonVariant.TERTIARY);
                    Button deleteButton = new Button(getTranslation("glossary.ui.delete"), click -> confirmDelete(e));
                    deleteButton.setAriaLabel(getTranslation("glossary.ui.delete.label", e.term()));
                    deleteButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    description.add(new HorizontalLayout(editButton, deleteButton));
                }
                list.add(term, description);
            }
            results.add(heading, list);
        });
    }

    private static String letter(String term) {
        String first = term.isEmpty() ? "#" : term.substring(0, term.offsetByCodePoints(0, 1));
        String plain = java.text.Normalizer.normalize(first, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        return plain.matches("[A-Z]") ? plain : "#";
    }

    private void confirmDelete(GlossaryEntry e) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("glossary.ui.delete"));
        confirm.setText(getTranslation("glossary.ui.delete.confirm", e.term()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("glossary.ui.cancel"));
        confirm.setConfirmText(getTranslation("glossary.ui.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            glossary.delete(e.id());
            Notification.show(getTranslation("glossary.ui.delete.done", e.term()));
            refresh();
        });
        confirm.open();
    }

    void edit(GlossaryEntry existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? getTranslation("glossary.ui.editor.new")
                : getTranslation("glossary.ui.editor.edit", existing.term()));
        TextField term = new TextField(getTranslation("glossary.ui.field.term"));
        term.setId("glossary-field-term");
        term.setRequired(true);
        term.setMaxLength(GlossaryService.MAX_TERM);
        term.setWidthFull();
        TextArea definition = new TextArea(getTranslation("glossary.ui.field.definition"));
        definition.setId("glossary-field-definition");
        definition.setHelperText(getTranslation("glossary.ui.field.definition.helper"));
        definition.setRequired(true);
        definition.setMaxLength(GlossaryService.MAX_DEFINITION);
        definition.setWidthFull();
        TextArea synonyms = new TextArea(getTranslation("glossary.ui.field.synonyms"));
        synonyms.setId("glossary-field-synonyms");
        synonyms.setWidthFull();
        MultiSelectComboBox<Term> vocabulary = new MultiSelectComboBox<>(getTranslation("glossary.ui.field.vocabulary"));
        vocabulary.setId("glossary-field-vocabulary");
        vocabulary.setHelperText(getTranslation("glossary.ui.field.vocabulary.helper"));
        Locale locale = getLocale();
        List<Term> choices = LINKABLE.stream().flatMap(v -> vocabularies.terms(v, locale).stream()).toList();
        vocabulary.setItems(choices);
        vocabulary.setItemLabelGenerator(t -> t.label() + " (" + t.vocabulary().code() + ")");
        vocabulary.setWidthFull();
        if (existing != null) {
            term.setValue(existing.term());
            definition.setValue(existing.definitionMarkdown());
            synonyms.setValue(String.join("\n", existing.synonyms()));
            vocabulary.setValue(choices.stream().filter(t -> existing.vocabularyTerms().stream()
                    .anyMatch(r -> r.vocabulary().equals(t.vocabulary().code()) && r.code().equals(t.code()))).toList());
        }
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("term", term, "definition", definition,
                "synonyms", synonyms, "vocabularyTerms", vocabulary);
        Button save = new Button(getTranslation("glossary.ui.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            GlossaryDraft draft = new GlossaryDraft(term.getValue(), definition.getValue(),
                    Arrays.stream(synonyms.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList(),
                    vocabulary.getValue().stream().map(t -> VocabularyTermRef.of(t.vocabulary().code(), t.code()))
                            .toList());
            try {
                GlossaryEntry saved = existing == null ? glossary.create(draft) : glossary.update(existing.id(), draft);
                dialog.close();
                Notification.show(getTranslation("glossary.ui.saved", saved.term()))
                        .addThemeVariants(NotificationVariant.SUCCESS);
                refresh();
            } catch (GlossaryException e) {
                String field = e.field() == null ? "term" : e.field().replaceAll("[\\[.].*$", "");
                com.vaadin.flow.component.HasValidation target = fields.getOrDefault(field, term);
                target.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                target.setInvalid(true);
                if (target instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                }
            }
        });
        save.setId("glossary-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("glossary.ui.cancel"), click -> dialog.close());
        VerticalLayout form = new VerticalLayout(term, definition, synonyms, vocabulary);
        form.setPadding(false);
        form.setWidth("36rem");
        form.setMaxWidth("100%");
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("glossary.ui.title") + " \u2013 ThirdSpace";
    }
}
