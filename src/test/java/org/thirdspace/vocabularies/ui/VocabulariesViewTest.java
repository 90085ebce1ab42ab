package org.thirdspace.vocabularies.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class VocabulariesViewTest extends SpringBrowserlessTest {

    @Autowired
    Vocabularies vocabularies;

    private int rowOf(VocabulariesView view, String label) {
        for (int i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getCellText(i, 0).equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    @WithMockUser(username = "moderator@vocabview.example", roles = "MODERATOR")
    void moderatorsAddSynonymsAndRetireTermsWithASuccessor() {
        VocabulariesView view = navigate(VocabulariesView.class);
        assertThat(view.vocabulary.getValue()).isEqualTo(Vocabulary.ROLE);
        int mentor = rowOf(view, "Mentor");
        assertThat(test(view.grid).getCellText(mentor, 1)).isEqualTo("mentor");
        assertThat(test(view.grid).getCellText(mentor, 2)).contains("teacher tutor");
        assertThat(test(view.grid).getCellText(mentor, 3)).isEqualTo("Active");

        String label = "Partnership Champion " + System.nanoTime();
        test(view.newTerm).setValue(label);
        test(view.addTerm).click();
        assertThat(view.status.getText()).contains(label);
        test(view.newTerm).setValue("  ");
        test(view.addTerm).click();
        assertThat(view.newTerm.isInvalid()).isTrue();
        assertThat(view.newTerm.getErrorMessage()).isEqualTo("Enter a label.");

        test(view.grid).clickRow(rowOf(view, label));
        assertThat(view.editor.isVisible()).isTrue();
        test(view.synonym).setValue("Subject Mentor");
        test(view.addSynonym).click();
        assertThat(view.synonym.getErrorMessage()).isEqualTo("This name is already used by the term \u201cMentor\u201d.");
        test(view.synonym).setValue("Champion " + System.nanoTime());
        test(view.addSynonym).click();
        assertThat(view.editorStatus.getText()).isEqualTo("Saved.");

        test(view.retire).click();
        assertThat(view.retireDialog.isOpened()).isTrue();
        Term mentorTerm = vocabularies.term(Vocabulary.ROLE, "mentor", Locale.ENGLISH).orElseThrow();
        view.successor.setValue(mentorTerm);
        test(view.confirmRetire).click();
        assertThat(view.retireDialog.isOpened()).isFalse();
        assertThat(test(view.grid).getCellText(rowOf(view, label), 3)).isEqualTo("Retired, now Mentor");
    }

    @Test
    @WithMockUser(username = "moderator@vocabview.example", roles = "MODERATOR")
    void structuralVocabulariesAreReadOnly() {
        VocabulariesView view = navigate(VocabulariesView.class);
        view.vocabulary.setValue(Vocabulary.SECTOR);
        assertThat(view.structuralNote.isVisible()).isTrue();
        assertThat(view.addTerm.isEnabled()).isFalse();
        assertThat(test(view.grid).getCellText(rowOf(view, "University (HEI)"), 1)).isEqualTo("university");
    }

    @Test
    @WithMockUser(username = "member@vocabview.example", roles = "MEMBER")
    void membersCannotOpenTheView() {
        Throwable t = catchThrowable(() -> navigate(VocabulariesView.class));
        assertThat(t != null || !(getCurrentView() instanceof VocabulariesView)).isTrue();
    }
}
