package org.thirdspace.casestudies.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import org.thirdspace.casestudies.CaseStudyDiff;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.RevisionSummary;

/**
 * Word-level differences between two revisions ({@code ?tab=compare&from=2&to=5}), inline or side
 * by side ({@code &view=side}). The texts are shown as text: nothing in a field becomes markup.
 */
class CompareTab extends Div {

    static final String SIDE = "side";

    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final RadioButtonGroup<DiffDisplay.Mode> mode = new RadioButtonGroup<>();
    final Div result = new Div();
    private final CaseStudyPage page;

    CompareTab(CaseStudyPage page) {
        this.page = page;
        addClassName("ts-cs-compare");
        setId("cs-compare");
        CaseStudyTexts texts = page.texts;
        List<Integer> numbers = page.service.revisions(page.id()).stream().map(RevisionSummary::number).toList();
        if (numbers.size() < 2) {
            add(new Paragraph(texts.t("casestudies.ui.compare.only-one")));
            return;
        }
        Integer wantedTo = page.intParameter("to");
        Integer wantedFrom = page.intParameter("from");
        int toNumber = wantedTo != null && numbers.contains(wantedTo) ? wantedTo : numbers.get(0);
        int fromNumber = wantedFrom != null && numbers.contains(wantedFrom) ? wantedFrom
                : numbers.stream().filter(n -> n < toNumber).findFirst().orElse(numbers.get(numbers.size() - 1));

        from.setId("cs-compare-from");
        from.setLabel(texts.t("casestudies.ui.compare.from"));
        from.setItems(numbers);
        from.setItemLabelGenerator(n -> texts.t("casestudies.ui.history.number", String.valueOf(n)));
        from.setValue(fromNumber);
        to.setId("cs-compare-to");
        to.setLabel(texts.t("casestudies.ui.compare.to"));
        to.setItems(numbers);
        to.setItemLabelGenerator(n -> texts.t("casestudies.ui.history.number", String.valueOf(n)));
        to.setValue(toNumber);
        mode.setId("cs-compare-mode");
        mode.setLabel(texts.t("casestudies.ui.compare.mode"));
        mode.setItems(DiffDisplay.Mode.values());
        mode.setItemLabelGenerator(m -> texts.t(m == DiffDisplay.Mode.INLINE ? "casestudies.ui.compare.inline"
                : "casestudies.ui.compare.side-by-side"));
        mode.setValue(SIDE.equals(page.parameters.get("view")) ? DiffDisplay.Mode.SIDE_BY_SIDE
                : DiffDisplay.Mode.INLINE);
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        mode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            } else {
                showDiff();
            }
        });
        HorizontalLayout controls = new HorizontalLayout(from, to, mode);
        controls.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        controls.addClassName("ts-cs-compare-controls");
        result.getElement().setAttribute("aria-live", "polite");
        add(controls, result);
        showDiff();
    }

    /** Writes the choice to the URL, so the comparison can be linked and the back button works. */
    private void changed() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", String.valueOf(from.getValue()));
        params.put("to", String.valueOf(to.getValue()));
        if (mode.getValue() == DiffDisplay.Mode.SIDE_BY_SIDE) {
            params.put("view", SIDE);
        }
        page.showTab(CaseStudyView.COMPARE, params);
    }

    private void showDiff() {
        result.removeAll();
        try {
            CaseStudyDiff diff = page.service.diff(page.id(), from.getValue(), to.getValue());
            result.add(new DiffDisplay(page.texts).show(diff, mode.getValue()));
        } catch (CaseStudyException e) {
            Paragraph problem = new Paragraph(page.texts.error(e));
            problem.getElement().setAttribute("role", "alert");
            result.add(problem);
        }
    }
}
