package org.thirdspace.glossary;

import com.vaadin.flow.component.Component;

/**
 * The browser side of marked glossary terms, for views that show annotated HTML: the stylesheet
 * ({@code styles/glossary.css}: the definition shows while the term is hovered or focused, and
 * stays while the pointer is over the definition itself) and a small script on the container
 * that hides the shown definition on Escape until the pointer and the focus have left the term
 * (WCAG 1.4.13), and flips the definition above the term or to its end when the container
 * would cut it off. No frontend build is involved: the stylesheet is a static resource and the script
 * runs through {@code executeJs}.
 */
public final class GlossaryTooltips {

    static final String STYLESHEET = "styles/glossary.css";

    private static final String SCRIPT = """
            const root = this;
            if (root.__tsGlossary) { return; }
            root.__tsGlossary = true;
            root.classList.add('ts-glossary-js');
            const term = (node) => node && node.closest ? node.closest('.ts-glossary') : null;
            // below the term, or above it / aligned to its end when the container would cut it off
            const place = (g) => {
              const tip = g.querySelector('.ts-glossary-tip');
              if (!tip) { return; }
              g.classList.remove('ts-glossary-above', 'ts-glossary-end');
              const box = root.getBoundingClientRect();
              const t = tip.getBoundingClientRect();
              if (t.width === 0) { return; }
              if (t.bottom > Math.min(box.bottom, window.innerHeight) && g.getBoundingClientRect().top - t.height > box.top) {
                g.classList.add('ts-glossary-above');
              }
              if (t.right > box.right) { g.classList.add('ts-glossary-end'); }
            };
            const placeShown = () => root.querySelectorAll('.ts-glossary:hover, .ts-glossary:focus-within').forEach(place);
            root.addEventListener('focusin', (e) => { const g = term(e.target); if (g && !g.matches(':hover')) { place(g); } });
            root.addEventListener('mouseover', (e) => { const g = term(e.target); if (g && !g.contains(e.relatedTarget)) { place(g); } });
            window.addEventListener('resize', placeShown);
            root.addEventListener('keydown', (e) => {
              if (e.key !== 'Escape') { return; }
              const shown = root.querySelectorAll('.ts-glossary:hover, .ts-glossary:focus-within');
              shown.forEach((g) => g.classList.add('ts-glossary-dismissed'));
              if (shown.length) { e.stopPropagation(); }
            });
            document.addEventListener('keydown', (e) => {
              if (e.key === 'Escape') {
                root.querySelectorAll('.ts-glossary:hover').forEach((g) => g.classList.add('ts-glossary-dismissed'));
              }
            });
            root.addEventListener('focusout', (e) => {
              const g = term(e.target);
              if (g && !g.contains(e.relatedTarget) && !g.matches(':hover')) { g.classList.remove('ts-glossary-dismissed'); }
            });
            root.addEventListener('mouseout', (e) => {
              const g = term(e.target);
              if (g && !g.contains(e.relatedTarget) && !g.matches(':focus-within')) { g.classList.remove('ts-glossary-dismissed'); }
            });
            root.addEventListener('click', (e) => {
              const button = e.target.closest ? e.target.closest('.ts-glossary-term') : null;
              if (button) { button.focus(); term(button).classList.remove('ts-glossary-dismissed'); }
            });
            """;

    private GlossaryTooltips() {
    }

    /** Makes the marked terms inside {@code container} work (call once per container). */
    public static void install(Component container) {
        container.getElement().executeJs(SCRIPT);
        container.addAttachListener(event -> event.getUI().getPage().addStyleSheet(STYLESHEET));
        container.getUI().ifPresent(ui -> ui.getPage().addStyleSheet(STYLESHEET));
    }
}
