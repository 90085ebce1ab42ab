package org.thirdspace.casestudies.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.thirdspace.casestudies.CaseStudyDiff;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyRevision;

/**
 * Shown when a save was refused because someone else saved first: nothing of the author's was
 * saved or lost. For every part the other person changed, it shows their change (the diff from the
 * revision the author started from), their version next to the author's, and "use theirs" /
 * "keep mine"; the author's version stays editable and is what will be saved. A part the author
 * had not changed takes the other person's version at once (said so next to it). Saving again
 * is based on the newest revision.
 */
class ConflictPanel extends Section {

    static final String LINKS = "links";

    /** The author's editable version of each text part, by part. */
    final Map<String, TextArea> mine = new LinkedHashMap<>();
    /** The other person's version of each text part, by part (read-only). */
    final Map<String, TextArea> theirs = new LinkedHashMap<>();
    final Map<String, Paragraph> notes = new LinkedHashMap<>();
    final Button saveMerged = new Button();

    private final CaseStudyTexts texts;
    private final CaseStudyForm form;

    /**
     * @param myDraft    what the author tried to save
     * @param base       the revision the author started from
     * @param current    the newest revision (the other change)
     * @param diff       differences from {@code base} to {@code current}
     * @param applyLinks puts {@code current}'s links into the form (names are the view's business)
     */
    ConflictPanel(CaseStudyTexts texts, CaseStudyForm form, CaseStudyDraft myDraft, CaseStudyRevision base,
            CaseStudyRevision current, CaseStudyDiff diff, Runnable applyLinks) {
        this.texts = texts;
        this.form = form;
        setId("cs-conflict");
        addClassName("ts-cs-conflict");
        H2 heading = new H2(texts.t("casestudies.ui.conflict.heading"));
        Paragraph explanation = new Paragraph(texts.t("casestudies.ui.conflict.explanation",
                String.valueOf(current.number()), CaseStudyTexts.nz(current.authorName()),
                texts.dateTime(current.createdAt()), String.valueOf(base.number())));
        explanation.setId("cs-conflict-explanation");
        add(heading, explanation);
        if (current.editSummary() != null && !current.editSummary().isBlank()) {
            add(new Paragraph(texts.t("casestudies.ui.conflict.their-summary", current.editSummary())));
        }
        add(new Paragraph(texts.t("casestudies.ui.conflict.how")));

        DiffDisplay display = new DiffDisplay(texts);
        for (CaseStudyDiff.PartDiff part : diff.parts()) {
            Div box = new Div();
            box.addClassName("ts-cs-conflict-part");
            box.setId("cs-conflict-" + part.part());
            box.add(new H3(texts.part(part.part())));
            Paragraph changeLabel = new Paragraph(texts.t("casestudies.ui.conflict.their-change"));
            changeLabel.addClassName("ts-cs-diff-side-label");
            box.add(changeLabel, display.inline(part.segments()));
            Paragraph note = new Paragraph();
            note.addClassName("ts-cs-conflict-note");
            note.setId("cs-conflict-note-" + part.part());
            notes.put(part.part(), note);
            if (isText(part.part())) {
                textPart(box, part.part(), myDraft, base, current, note);
            } else {
                otherPart(box, part.part(), myDraft, base, current, note, applyLinks);
            }
            add(box);
        }

        saveMerged.setId("cs-save-merged");
        saveMerged.setText(texts.t("casestudies.ui.conflict.save"));
        saveMerged.addThemeVariants(ButtonVariant.PRIMARY);
        saveMerged.addClickListener(e -> form.validateAndSave());
        add(saveMerged);
    }

    private static boolean isText(String part) {
        return CaseStudyForm.TITLE.equals(part) || CaseStudyForm.SUMMARY.equals(part)
                || CaseStudyForm.field(part) != null;
    }

    private static String textOf(CaseStudyRevision r, String part) {
        if (CaseStudyForm.TITLE.equals(part)) {
            return CaseStudyTexts.nz(r.title());
        }
        if (CaseStudyForm.SUMMARY.equals(part)) {
            return CaseStudyTexts.nz(r.summary());
        }
        return r.field(CaseStudyForm.field(part));
    }

    private static String textOf(CaseStudyDraft d, String part) {
        if (CaseStudyForm.TITLE.equals(part)) {
            return CaseStudyTexts.nz(d.title());
        }
        if (CaseStudyForm.SUMMARY.equals(part)) {
            return CaseStudyTexts.nz(d.summary());
        }
        return d.fields().getOrDefault(CaseStudyForm.field(part), "");
    }

    private void textPart(Div box, String part, CaseStudyDraft myDraft, CaseStudyRevision base,
            CaseStudyRevision current, Paragraph note) {
        String theirText = textOf(current, part);
        String myText = textOf(myDraft, part);
        boolean iChangedIt = !same(myText, textOf(base, part));

        TextArea their = new TextArea(texts.t("casestudies.ui.conflict.theirs", CaseStudyTexts.nz(current.authorName())));
        their.setId("cs-theirs-" + part);
        their.setValue(theirText);
        their.setReadOnly(true);
        their.setWidthFull();
        TextArea my = new TextArea(texts.t("casestudies.ui.conflict.mine"));
        my.setId("cs-mine-" + part);
        my.setHelperText(texts.t("casestudies.ui.conflict.mine.help"));
        my.setWidthFull();
        my.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        my.setValue(iChangedIt ? myText : theirText);
        my.addValueChangeListener(e -> form.setText(part, e.getValue()));
        form.setText(part, my.getValue());
        theirs.put(part, their);
        mine.put(part, my);

        Button useTheirs = new Button(texts.t("casestudies.ui.conflict.use-theirs"), e -> {
            my.setValue(theirText);
            note.setText(texts.t("casestudies.ui.conflict.using-theirs"));
        });
        useTheirs.setId("cs-use-theirs-" + part);
        useTheirs.setAriaLabel(texts.t("casestudies.ui.conflict.use-theirs.part", texts.part(part)));
        Button keepMine = new Button(texts.t("casestudies.ui.conflict.keep-mine"), e -> {
            my.setValue(myText);
            note.setText(texts.t("casestudies.ui.conflict.keeping-mine"));
        });
        keepMine.setId("cs-keep-mine-" + part);
        keepMine.setAriaLabel(texts.t("casestudies.ui.conflict.keep-mine.part", texts.part(part)));
        note.setText(texts.t(iChangedIt ? "casestudies.ui.conflict.both-changed"
                : "casestudies.ui.conflict.taken-theirs"));

        Div columns = new Div(column(their), column(my));
        columns.addClassName("ts-cs-diff-columns");
        box.add(note, columns, new HorizontalLayout(useTheirs, keepMine));
    }

    private static Div column(TextArea area) {
        Div column = new Div(area);
        column.addClassName("ts-cs-diff-side");
        return column;
    }

    /** Facets or links: not free text, so the choice is theirs or mine as a whole. */
    private void otherPart(Div box, String part, CaseStudyDraft myDraft, CaseStudyRevision base,
            CaseStudyRevision current, Paragraph note, Runnable applyLinks) {
        boolean links = LINKS.equals(part);
        boolean iChangedIt = links ? !sameLinks(myDraft, base) : !sameFacets(myDraft, base);
        // the form holds the author's links now: remember their names before taking theirs
        Map<Long, String> myGroups = form.groupNames();
        Map<Long, String> myInstitutions = form.institutionNames();
        Map<Long, String> myPeople = form.personNames();
        CaseStudyRevision myValues = asRevision(myDraft, base);
        Runnable useTheirs = links ? applyLinks : () -> {
            form.setFacets(current);
            form.voice.setValue(current.voice());
        };
        Runnable keepMine = links ? () -> form.setLinks(myValues, myGroups, myInstitutions, myPeople) : () -> {
            form.setFacets(myValues);
            form.voice.setValue(myValues.voice());
        };
        if (!iChangedIt) {
            useTheirs.run();
            note.setText(texts.t("casestudies.ui.conflict.taken-theirs"));
        } else {
            note.setText(texts.t("casestudies.ui.conflict.both-changed.other"));
        }
        Runnable mineAction = keepMine;
        Button theirsButton = new Button(texts.t("casestudies.ui.conflict.use-theirs"), e -> {
            useTheirs.run();
            note.setText(texts.t("casestudies.ui.conflict.using-theirs"));
        });
        theirsButton.setId("cs-use-theirs-" + part);
        theirsButton.setAriaLabel(texts.t("casestudies.ui.conflict.use-theirs.part", texts.part(part)));
        Button mineButton = new Button(texts.t("casestudies.ui.conflict.keep-mine"), e -> {
            mineAction.run();
            note.setText(texts.t("casestudies.ui.conflict.keeping-mine"));
        });
        mineButton.setId("cs-keep-mine-" + part);
        mineButton.setAriaLabel(texts.t("casestudies.ui.conflict.keep-mine.part", texts.part(part)));
        box.add(note, new HorizontalLayout(theirsButton, mineButton));
    }

    private static boolean same(String a, String b) {
        return CaseStudyTexts.nz(a).strip().equals(CaseStudyTexts.nz(b).strip());
    }

    private static boolean sameFacets(CaseStudyDraft d, CaseStudyRevision r) {
        return d.voice() == r.voice() && d.activities().equals(orEmpty(r.activities()))
                && d.sectors().equals(orEmpty(r.sectors())) && d.phases().equals(orEmpty(r.phases()))
                && d.regions().equals(orEmpty(r.regions())) && Objects.equals(d.modelLevel(), r.modelLevel())
                && Objects.equals(d.evidenceStrength(), r.evidenceStrength())
                && d.evidenceTypes().equals(orEmpty(r.evidenceTypes()));
    }

    private static boolean sameLinks(CaseStudyDraft d, CaseStudyRevision r) {
        return Objects.equals(d.groupId(), r.groupId()) && d.groupIds().equals(orEmpty(r.groupIds()))
                && d.institutionIds().equals(orEmpty(r.institutionIds()))
                && d.personIds().equals(orEmpty(r.personIds()));
    }

    private static <T> java.util.Set<T> orEmpty(java.util.Set<T> set) {
        return set == null ? java.util.Set.of() : set;
    }

    /** The author's draft as a revision-shaped value (to put its facets or links back into the form). */
    private static CaseStudyRevision asRevision(CaseStudyDraft d, CaseStudyRevision base) {
        return new CaseStudyRevision(base.caseStudyId(), base.number(), d.title(), d.summary(), d.fields(), d.voice(),
                d.activities(), d.sectors(), d.phases(), d.regions(), d.modelLevel(), d.evidenceStrength(),
                d.evidenceTypes(), d.groupId(), d.groupIds(), d.institutionIds(), d.personIds(), base.authorPersonId(),
                base.authorName(), base.createdAt(), d.editSummary(), d.basedOnRevision(), null);
    }
}
