package org.thirdspace.vocabularies.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;
import org.thirdspace.vocabularies.VocabularyAdministration;
import org.thirdspace.vocabularies.VocabularyException;

/** Moderators keep the vocabularies tidy: add terms and synonyms, relabel, retire and map. */
@Route("admin/vocabularies")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(title = "vocabularies.title", order = 850, icon = "vaadin:tags")
public class VocabulariesView extends Div implements HasDynamicTitle {

    private final transient Vocabularies vocabularies;
    private final transient VocabularyAdministration administration;

    final Select<Vocabulary> vocabulary = new Select<>();
    final Paragraph structuralNote = new Paragraph();
    final Grid<Term> grid = new Grid<>();
    final TextField newTerm = new TextField();
    final Button addTerm = new Button();
    final Paragraph status = new Paragraph();

    final Section editor = new Section();
    final H2 editorHeading = new H2();
    final TextField label = new TextField();
    final Button relabel = new Button();
    final HorizontalLayout synonymList = new HorizontalLayout();
    final TextField synonym = new TextField();
    final Button addSynonym = new Button();
    final Button retire = new Button();
    final Paragraph editorStatus = new Paragraph();

    final Dialog retireDialog = new Dialog();
    final ComboBox<Term> successor = new ComboBox<>();
    final Button confirmRetire = new Button();

    private Term selected;

    public VocabulariesView(Vocabularies vocabularies, VocabularyAdministration administration) {
        this.vocabularies = vocabularies;
        this.administration = administration;

        vocabulary.setLabel(getTranslation("vocabularies.vocabulary"));
        vocabulary.setItems(Vocabulary.values());
        vocabulary.setItemLabelGenerator(v -> getTranslation("vocabularies.vocabulary." + v.code()));
        vocabulary.addValueChangeListener(e -> showVocabulary());

        grid.addColumn(Term::label).setHeader(getTranslation("vocabularies.column.label")).setFlexGrow(2);
        grid.addColumn(Term::code).setHeader(getTranslation("vocabularies.column.code"));
        grid.addColumn(t -> String.join(", ", t.synonyms())).setHeader(getTranslation("vocabularies.column.synonyms"))
                .setFlexGrow(2);
        grid.addColumn(this::statusText).setHeader(getTranslation("vocabularies.column.status"));
        grid.setAriaLabel(getTranslation("vocabularies.heading"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        newTerm.setLabel(getTranslation("vocabularies.new-term"));
        newTerm.setManualValidation(true);
        newTerm.addKeyPressListener(Key.ENTER, e -> addTerm());
        addTerm.setText(getTranslation("vocabularies.add"));
        addTerm.addThemeVariants(ButtonVariant.PRIMARY);
        addTerm.addClickListener(e -> addTerm());
        HorizontalLayout adder = new HorizontalLayout(newTerm, addTerm);
        adder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        status.getElement().setAttribute("role", "status");

        label.setLabel(getTranslation("vocabularies.edit.label"));
        label.setManualValidation(true);
        relabel.setText(getTranslation("vocabularies.edit.relabel"));
        relabel.addClickListener(e -> relabel());
        synonym.setLabel(getTranslation("vocabularies.edit.synonym"));
        synonym.setManualValidation(true);
        synonym.addKeyPressListener(Key.ENTER, e -> addSynonym());
        addSynonym.setText(getTranslation("vocabularies.edit.add-synonym"));
        addSynonym.addClickListener(e -> addSynonym());
        retire.setText(getTranslation("vocabularies.edit.retire"));
        retire.addThemeVariants(ButtonVariant.ERROR);
        retire.addClickListener(e -> openRetireDialog());
        Button close = new Button(getTranslation("vocabularies.edit.close"), e -> grid.deselectAll());
        synonymList.setWrap(true);
        synonymList.getElement().setAttribute("aria-label", getTranslation("vocabularies.edit.synonyms"));
        synonymList.getElement().setAttribute("role", "group");
        editorStatus.getElement().setAttribute("role", "status");
        HorizontalLayout labelRow = new HorizontalLayout(label, relabel);
        labelRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout synonymRow = new HorizontalLayout(synonym, addSynonym);
        synonymRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.add(editorHeading, labelRow, new Paragraph(getTranslation("vocabularies.edit.synonyms")), synonymList,
                synonymRow, new HorizontalLayout(retire, close), editorStatus);
        editor.setVisible(false);

        successor.setLabel(getTranslation("vocabularies.retire.successor"));
        successor.setItemLabelGenerator(t -> t.label() + " (" + t.code() + ")");
        successor.setClearButtonVisible(true);
        successor.setManualValidation(true);
        successor.setWidthFull();
        confirmRetire.setText(getTranslation("vocabularies.retire.confirm"));
        confirmRetire.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirmRetire.addClickListener(e -> confirmRetire());
        retireDialog.add(new Paragraph(getTranslation("vocabularies.retire.explanation")), successor);
        retireDialog.getFooter().add(new Button(getTranslation("vocabularies.retire.cancel"), e -> retireDialog.close()),
                confirmRetire);

        add(new H1(getTranslation("vocabularies.heading")), new Paragraph(getTranslation("vocabularies.intro")),
                vocabulary, structuralNote, adder, status, grid, editor, retireDialog);
        vocabulary.setValue(Vocabulary.ROLE);
    }

    private String statusText(Term t) {
        if (!t.retired()) {
            return getTranslation("vocabularies.status.active");
        }
        if (t.successorCode() == null) {
            return getTranslation("vocabularies.status.retired");
        }
        return getTranslation("vocabularies.status.retired-to",
                vocabularies.label(t.vocabulary(), t.successorCode(), getLocale()));
    }

    private void showVocabulary() {
        Vocabulary v = vocabulary.getValue();
        boolean editable = v != null && v.editable();
        structuralNote.setText(editable ? "" : getTranslation("vocabularies.structural"));
        structuralNote.setVisible(!editable);
        newTerm.setEnabled(editable);
        addTerm.setEnabled(editable);
        status.setText("");
        grid.deselectAll();
        reload();
    }

    private void reload() {
        Vocabulary v = vocabulary.getValue();
        grid.setItems(v == null ? List.of() : vocabularies.allTerms(v, getLocale()));
    }

    private void edit(Term term) {
        selected = term;
        editorStatus.setText("");
        clearErrors(label, synonym);
        if (term == null || !term.vocabulary().editable()) {
            editor.setVisible(false);
            return;
        }
        editorHeading.setText(getTranslation("vocabularies.edit.heading", term.label()));
        label.setValue(term.label());
        synonym.clear();
        synonymList.removeAll();
        for (String s : term.synonyms()) {
            Button remove = new Button(s + " \u00d7", e -> removeSynonym(s));
            remove.addThemeVariants(ButtonVariant.SMALL);
            remove.setAriaLabel(getTranslation("vocabularies.edit.remove-synonym", s));
            synonymList.add(remove);
        }
        retire.setEnabled(!term.retired());
        editor.setVisible(true);
    }

    private void addTerm() {
        clearErrors(newTerm);
        try {
            Term added = administration.addTerm(vocabulary.getValue(), newTerm.getValue());
            newTerm.clear();
            reload();
            status.setText(getTranslation("vocabularies.added", added.label()));
        } catch (VocabularyException e) {
            error(newTerm, e);
        }
    }

    private void relabel() {
        clearErrors(label);
        act(() -> administration.relabel(selected.vocabulary(), selected.code(), label.getValue()), label);
    }

    private void addSynonym() {
        clearErrors(synonym);
        act(() -> administration.addSynonym(selected.vocabulary(), selected.code(), synonym.getValue()), synonym);
    }

    private void removeSynonym(String s) {
        act(() -> administration.removeSynonym(selected.vocabulary(), selected.code(), s), null);
    }

    private void openRetireDialog() {
        if (selected == null) {
            return;
        }
        retireDialog.setHeaderTitle(getTranslation("vocabularies.retire.heading", selected.label()));
        successor.setItems(vocabularies.terms(selected.vocabulary(), getLocale()).stream()
                .filter(t -> !t.code().equals(selected.code())).toList());
        successor.clear();
        clearErrors(successor);
        retireDialog.open();
    }

    private void confirmRetire() {
        clearErrors(successor);
        Term replacement = successor.getValue();
        try {
            administration.retire(selected.vocabulary(), selected.code(), replacement == null ? null : replacement.code());
            retireDialog.close();
            refreshSelection();
            editorStatus.setText(getTranslation("vocabularies.retired"));
        } catch (VocabularyException e) {
            successor.setErrorMessage(message(e));
            successor.setInvalid(true);
        }
    }

    private void act(Runnable action, TextField field) {
        try {
            action.run();
            refreshSelection();
            if (field != null) {
                field.clear();
            }
            editorStatus.setText(getTranslation("vocabularies.saved"));
        } catch (VocabularyException e) {
            if (field != null) {
                error(field, e);
            } else {
                editorStatus.setText(message(e));
            }
        }
    }

    private void refreshSelection() {
        Vocabulary v = selected.vocabulary();
        String code = selected.code();
        reload();
        Term fresh = vocabularies.term(v, code, getLocale()).orElse(null);
        grid.asSingleSelect().setValue(fresh);
        edit(fresh);
        if (fresh != null) {
            label.setValue(fresh.label());
        }
    }

    private void error(TextField field, VocabularyException e) {
        field.setErrorMessage(message(e));
        field.setInvalid(true);
    }

    private String message(VocabularyException e) {
        return getTranslation(e.messageKey(), Objects.requireNonNullElse(e.argument(), ""));
    }

    private static void clearErrors(com.vaadin.flow.component.HasValidation... fields) {
        for (var f : fields) {
            f.setErrorMessage(null);
            f.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vocabularies.title");
    }
}
