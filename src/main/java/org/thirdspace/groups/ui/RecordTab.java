package org.thirdspace.groups.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;

import jakarta.validation.ConstraintViolationException;

import org.thirdspace.groups.CoreComponent;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.groups.NewSelfReview;
import org.thirdspace.groups.PartnershipRecord;
import org.thirdspace.groups.SelfReview;
import org.thirdspace.groups.Stage;

/**
 * The partnership record: stage (closing needs a reason), model level, self-reviews over time
 * with the server-rendered chart and the same numbers as a data table, and the form facilitators
 * record a new self-review with (ten components, each scored 1 to 4, with notes).
 */
class RecordTab extends Section {

    /** Reviews compared in the data table, newest first. */
    static final int COLUMNS = 4;

    private final GroupPage page;
    private final GroupTexts texts;
    final Select<Stage> stage = new Select<>();
    final TextArea closureReason = new TextArea();
    final Select<ModelLevel> modelLevel = new Select<>();
    final DatePicker reviewedOn = new DatePicker();
    final Map<CoreComponent, RadioButtonGroup<Integer>> scores = new EnumMap<>(CoreComponent.class);
    final Map<CoreComponent, TextField> notes = new EnumMap<>(CoreComponent.class);
    final Checkbox aimsReaffirmed = new Checkbox();
    final TextArea aimsNote = new TextArea();
    final Paragraph reviewStatus = new Paragraph();

    RecordTab(GroupPage page) {
        this.page = page;
        this.texts = page.texts;
        setId("group-record");
        PartnershipRecord record = page.records.record(page.id());
        add(new H2(texts.t("groups.ui.tab.record")));
        add(summary(record));
        if (page.manage()) {
            add(stageForm(record), modelForm(record));
        }
        add(reviews(record));
        if (page.manage()) {
            add(reviewForm());
        }
    }

    private Component summary(PartnershipRecord r) {
        DescriptionList list = new DescriptionList();
        list.addClassName("ts-group-facts");
        list.add(new DescriptionList.Term(texts.t("groups.ui.record.stage")), new DescriptionList.Description(
                r.stageChangedOn() == null ? texts.stage(r.stage())
                        : texts.t("groups.ui.record.stage-since", texts.stage(r.stage()), texts.date(r.stageChangedOn()))));
        if (r.closureReason() != null && !r.closureReason().isBlank()) {
            list.add(new DescriptionList.Term(texts.t("groups.ui.record.closure-reason")),
                    new DescriptionList.Description(r.closureReason()));
        }
        list.add(new DescriptionList.Term(texts.t("groups.ui.field.model-level")),
                new DescriptionList.Description(texts.modelLevel(r.modelLevel())));
        if (r.reviewDueOn() != null) {
            list.add(new DescriptionList.Term(texts.t("groups.ui.record.review-due-on")),
                    new DescriptionList.Description(r.reviewDue()
                            ? texts.t("groups.ui.record.review-overdue", texts.date(r.reviewDueOn()))
                            : texts.date(r.reviewDueOn())));
        }
        return list;
    }

    // ------------------------------------------------------------------ stage and level

    private Component stageForm(PartnershipRecord r) {
        Section section = new Section(new H3(texts.t("groups.ui.record.change-stage")));
        stage.setLabel(texts.t("groups.ui.record.stage"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(texts::stage);
        stage.setValue(r.stage());
        closureReason.setLabel(texts.t("groups.ui.record.closure-reason"));
        closureReason.setHelperText(texts.t("groups.ui.record.closure-reason.help"));
        closureReason.setMaxLength(1000);
        closureReason.setVisible(r.stage() == Stage.CLOSED);
        closureReason.setValue(GroupTexts.nz(r.closureReason()));
        stage.addValueChangeListener(e -> closureReason.setVisible(e.getValue() == Stage.CLOSED));
        Button save = new Button(texts.t("groups.ui.record.change-stage.save"), e -> saveStage());
        section.add(new FlexLayout(stage, closureReason), save);
        return section;
    }

    void saveStage() {
        stage.setInvalid(false);
        closureReason.setInvalid(false);
        if (stage.getValue() == Stage.CLOSED && closureReason.getValue().isBlank()) {
            closureReason.setErrorMessage(texts.t("groups.ui.record.closure-reason.required"));
            closureReason.setInvalid(true);
            return;
        }
        try {
            page.records.changeStage(page.id(), stage.getValue(),
                    stage.getValue() == Stage.CLOSED ? closureReason.getValue() : null);
            Parts.done(texts.t("groups.ui.record.stage-changed", texts.stage(stage.getValue())));
            page.reload();
        } catch (GroupException e) {
            if ("reason".equals(e.field())) {
                closureReason.setErrorMessage(texts.errorMessage(e));
                closureReason.setInvalid(true);
            } else {
                stage.setErrorMessage(texts.errorMessage(e));
                stage.setInvalid(true);
            }
        }
    }

    private Component modelForm(PartnershipRecord r) {
        Section section = new Section(new H3(texts.t("groups.ui.record.change-model")));
        modelLevel.setLabel(texts.t("groups.ui.field.model-level"));
        modelLevel.setHelperText(texts.t("groups.ui.field.model-level.help"));
        modelLevel.setItems(ModelLevel.values());
        modelLevel.setEmptySelectionAllowed(true);
        modelLevel.setEmptySelectionCaption(texts.t("groups.ui.model-level.none"));
        modelLevel.setItemLabelGenerator(m -> m == null ? texts.t("groups.ui.model-level.none") : texts.modelLevel(m));
        modelLevel.setValue(r.modelLevel());
        Button save = new Button(texts.t("groups.ui.record.change-model.save"), e -> {
            try {
                page.records.changeModelLevel(page.id(), modelLevel.getValue());
                Parts.done(texts.t("groups.ui.record.model-changed", texts.modelLevel(modelLevel.getValue())));
                page.reload();
            } catch (GroupException ex) {
                modelLevel.setErrorMessage(texts.errorMessage(ex));
                modelLevel.setInvalid(true);
            }
        });
        section.add(modelLevel, new Div(save));
        return section;
    }

    // ------------------------------------------------------------------ reviews

    private Component reviews(PartnershipRecord r) {
        Section section = new Section(new H3(texts.t("groups.ui.record.reviews")));
        section.setId("self-reviews");
        List<SelfReview> reviews = GroupTexts.orEmpty(r.reviews());
        if (reviews.isEmpty()) {
            section.add(new Paragraph(texts.t("groups.ui.record.reviews.none")));
            return section;
        }
        String svg = page.records.reviewChartSvg(page.id(), texts.locale());
        if (svg != null && !svg.isBlank()) {
            Element figure = new Element("figure");
            figure.getClassList().add("ts-group-chart");
            Div chart = new Div();
            chart.setId("review-chart");
            chart.getElement().setProperty("innerHTML", accessibleSvg(svg, texts.t("groups.ui.record.chart.title")));
            figure.appendChild(chart.getElement());
            Element caption = new Element("figcaption");
            caption.setText(texts.t("groups.ui.record.chart.caption"));
            figure.appendChild(caption);
            section.getElement().appendChild(figure);
        }
        section.add(scoreTable(reviews));
        UnorderedList list = new UnorderedList();
        list.addClassName("ts-group-reviews");
        for (SelfReview review : reviews) {
            ListItem item = new ListItem();
            item.add(new Paragraph(texts.t("groups.ui.record.review-line", texts.date(review.reviewedOn()),
                    GroupTexts.nz(review.recordedByName()), String.format(texts.locale(), "%.1f", review.average()))));
            item.add(new Paragraph(texts.t(review.aimsReaffirmed() ? "groups.ui.record.aims-reaffirmed"
                    : "groups.ui.record.aims-not-reaffirmed")
                    + (review.aimsNote() == null || review.aimsNote().isBlank() ? "" : " " + review.aimsNote())));
            List<String> withNotes = new ArrayList<>();
            for (SelfReview.ComponentScore s : review.scores()) {
                if (s.notes() != null && !s.notes().isBlank()) {
                    withNotes.add(texts.component(s.component()) + ": " + s.notes());
                }
            }
            if (!withNotes.isEmpty()) {
                UnorderedList notesList = new UnorderedList();
                withNotes.forEach(n -> notesList.add(new ListItem(n)));
                item.add(notesList);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** The chart's numbers as a table: one row per component, one column per review (newest first). */
    private NativeTable scoreTable(List<SelfReview> reviews) {
        List<SelfReview> shown = reviews.stream().limit(COLUMNS).toList();
        List<String> headers = new ArrayList<>();
        headers.add(texts.t("groups.ui.record.component"));
        shown.forEach(r -> headers.add(texts.date(r.reviewedOn())));
        NativeTable table = Parts.table(texts.t("groups.ui.record.table.caption"), headers.toArray(String[]::new));
        table.setId("review-scores");
        for (CoreComponent c : CoreComponent.values()) {
            Object[] cells = shown.stream().map(r -> r.scores().stream().filter(s -> s.component() == c).findFirst()
                    .map(s -> (Object) Integer.toString(s.score())).orElse("\u2013")).toArray();
            Parts.headedRow(table, texts.component(c), cells);
        }
        Parts.headedRow(table, texts.t("groups.ui.record.average"), shown.stream()
                .map(r -> (Object) String.format(texts.locale(), "%.1f", r.average())).toArray());
        return table;
    }

    /** Makes sure the chart is announced as one image with a name, whatever the renderer wrote. */
    static String accessibleSvg(String svg, String title) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            return "";
        }
        String s = svg.substring(start);
        int end = s.indexOf('>');
        if (end < 0) {
            return "";
        }
        String open = s.substring(0, end);
        String rest = s.substring(end);
        if (!open.contains("role=")) {
            open = open + " role=\"img\"";
        }
        if (!s.contains("<title")) {
            rest = ">" + "<title>" + escape(title) + "</title>" + rest.substring(1);
        }
        return open + rest;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private Component reviewForm() {
        Section section = new Section(new H3(texts.t("groups.ui.record.new-review")));
        section.setId("new-review");
        section.add(new Paragraph(texts.t("groups.ui.record.new-review.intro")));
        reviewedOn.setLabel(texts.t("groups.ui.record.reviewed-on"));
        reviewedOn.setValue(texts.today());
        reviewedOn.setMax(texts.today());
        reviewedOn.setLocale(texts.locale());
        section.add(reviewedOn);
        for (CoreComponent c : CoreComponent.values()) {
            Div set = new Div();
            set.addClassName("ts-group-score");
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
            score.setLabel(texts.t("groups.ui.record.score", texts.component(c)));
            score.setItems(1, 2, 3, 4);
            score.setItemLabelGenerator(i -> texts.t("groups.ui.record.score." + i));
            score.setRequiredIndicatorVisible(true);
            TextField note = new TextField(texts.t("groups.ui.record.score-notes", texts.component(c)));
            note.setMaxLength(2000);
            note.setWidthFull();
            scores.put(c, score);
            notes.put(c, note);
            set.add(score, note);
            section.add(set);
        }
        aimsReaffirmed.setLabel(texts.t("groups.ui.record.aims-reaffirmed.field"));
        aimsNote.setLabel(texts.t("groups.ui.record.aims-note"));
        aimsNote.setMaxLength(2000);
        aimsNote.setWidthFull();
        reviewStatus.getElement().setAttribute("role", "alert");
        reviewStatus.setVisible(false);
        Button save = new Button(texts.t("groups.ui.record.new-review.save"), e -> saveReview());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(aimsReaffirmed, aimsNote, reviewStatus, save);
        return section;
    }

    void saveReview() {
        reviewStatus.setVisible(false);
        boolean ok = true;
        List<NewSelfReview.Score> list = new ArrayList<>();
        for (CoreComponent c : CoreComponent.values()) {
            RadioButtonGroup<Integer> score = scores.get(c);
            score.setInvalid(false);
            if (score.getValue() == null) {
                score.setErrorMessage(texts.t("groups.ui.record.score.required", texts.component(c)));
                score.setInvalid(true);
                ok = false;
            } else {
                String note = notes.get(c).getValue();
                list.add(new NewSelfReview.Score(c, score.getValue(), note == null || note.isBlank() ? null : note));
            }
        }
        if (!ok) {
            reviewStatus.setText(texts.t("groups.ui.record.new-review.incomplete"));
            reviewStatus.setVisible(true);
            return;
        }
        try {
            page.records.addReview(page.id(), new NewSelfReview(reviewedOn.getValue(), aimsReaffirmed.getValue(),
                    aimsNote.getValue().isBlank() ? null : aimsNote.getValue(), list));
            Parts.done(texts.t("groups.ui.record.new-review.saved"));
            page.reload();
        } catch (GroupException e) {
            String text = texts.errorMessage(e);
            String field = e.field() == null ? "" : e.field();
            java.util.regex.Matcher indexed = java.util.regex.Pattern.compile("scores\\[(\\d+)]\\.(score|notes)")
                    .matcher(field);
            if ("reviewedOn".equals(field)) {
                reviewedOn.setErrorMessage(text);
                reviewedOn.setInvalid(true);
            } else if ("aimsNote".equals(field)) {
                aimsNote.setErrorMessage(text);
                aimsNote.setInvalid(true);
            } else if (indexed.matches() && Integer.parseInt(indexed.group(1)) < list.size()) {
                CoreComponent c = list.get(Integer.parseInt(indexed.group(1))).component();
                com.vaadin.flow.component.HasValidation target = "score".equals(indexed.group(2)) ? scores.get(c)
                        : notes.get(c);
                target.setErrorMessage(text);
                target.setInvalid(true);
            }
            reviewStatus.setText(text);
            reviewStatus.setVisible(true);
        } catch (ConstraintViolationException e) {
            reviewStatus.setText(e.getConstraintViolations().iterator().next().getMessage());
            reviewStatus.setVisible(true);
        }
    }
}
