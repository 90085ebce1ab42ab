package org.thirdspace.casestudies.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

import org.thirdspace.casestudies.CaseStudyDiff;
import org.thirdspace.casestudies.DiffSegment;

/**
 * Shows a {@link CaseStudyDiff} as page elements. Every piece of text becomes a text node (never
 * parsed as HTML), so markup written into a field shows as the characters it is. Insertions are
 * {@code <ins>} (underlined), deletions {@code <del>} (struck through), each starting with a
 * visually hidden "added" / "removed" for screen readers: the colour only repeats the meaning.
 */
final class DiffDisplay {

    enum Mode { INLINE, SIDE_BY_SIDE }

    private final CaseStudyTexts texts;

    DiffDisplay(CaseStudyTexts texts) {
        this.texts = texts;
    }

    /** The whole diff, part by part, each under a heading. */
    Div show(CaseStudyDiff diff, Mode mode) {
        Div all = new Div();
        all.addClassName("ts-cs-diff");
        all.setId("cs-diff");
        if (diff.parts().isEmpty()) {
            all.add(new Paragraph(texts.t("casestudies.ui.diff.same")));
            return all;
        }
        Paragraph legend = new Paragraph(texts.t("casestudies.ui.diff.legend"));
        legend.addClassName("ts-cs-diff-legend");
        all.add(legend);
        for (CaseStudyDiff.PartDiff part : diff.parts()) {
            Div section = new Div();
            section.addClassName("ts-cs-diff-part");
            section.setId("cs-diff-" + part.part());
            section.add(new H3(texts.part(part.part())));
            section.add(mode == Mode.INLINE ? inline(part.segments())
                    : sideBySide(part.segments(), diff.from(), diff.to()));
            all.add(section);
        }
        return all;
    }

    /** One text with insertions and deletions in place. */
    Component inline(List<DiffSegment> segments) {
        Div text = new Div();
        text.addClassName("ts-cs-diff-text");
        segments.forEach(s -> text.getElement().appendChild(segment(s)));
        return text;
    }

    /** The old text (with deletions) next to the new text (with insertions). */
    Component sideBySide(List<DiffSegment> segments, int from, int to) {
        Div before = new Div();
        before.addClassName("ts-cs-diff-side");
        Div beforeText = new Div();
        beforeText.addClassName("ts-cs-diff-text");
        Div after = new Div();
        after.addClassName("ts-cs-diff-side");
        Div afterText = new Div();
        afterText.addClassName("ts-cs-diff-text");
        for (DiffSegment s : segments) {
            if (s.op() != DiffSegment.Op.INSERT) {
                beforeText.getElement().appendChild(segment(s));
            }
            if (s.op() != DiffSegment.Op.DELETE) {
                afterText.getElement().appendChild(segment(s));
            }
        }
        Paragraph beforeLabel = new Paragraph(texts.t("casestudies.ui.diff.before", String.valueOf(from)));
        beforeLabel.addClassName("ts-cs-diff-side-label");
        Paragraph afterLabel = new Paragraph(texts.t("casestudies.ui.diff.after", String.valueOf(to)));
        afterLabel.addClassName("ts-cs-diff-side-label");
        before.add(beforeLabel, beforeText);
        after.add(afterLabel, afterText);
        Div columns = new Div(before, after);
        columns.addClassName("ts-cs-diff-columns");
        return columns;
    }

    private Element segment(DiffSegment s) {
        return switch (s.op()) {
            case EQUAL -> new Element("span").setText(s.text());
            case INSERT -> marked("ins", "ts-cs-ins", texts.t("casestudies.ui.diff.added"), s.text());
            case DELETE -> marked("del", "ts-cs-del", texts.t("casestudies.ui.diff.removed"), s.text());
        };
    }

    private static Element marked(String tag, String className, String label, String text) {
        Element element = new Element(tag);
        element.getClassList().add(className);
        Element hidden = new Element("span").setText(label + " ");
        hidden.getClassList().add("ts-cs-sr-only");
        element.appendChild(hidden, new Element("span").setText(text));
        return element;
    }
}
