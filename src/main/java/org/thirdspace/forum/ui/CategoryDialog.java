package org.thirdspace.forum.ui;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.thirdspace.forum.Category;
import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumService;

/**
 * Moderators create or change a category: its address (slug), name, description, who may read
 * it, its place in the list and whether it is archived. Errors show at the field they concern.
 */
class CategoryDialog extends Dialog {

    final TextField slug = new TextField();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final RadioButtonGroup<CategoryVisibility> visibility = new RadioButtonGroup<>();
    final IntegerField position = new IntegerField();
    final Checkbox archived = new Checkbox();
    final Paragraph problem = new Paragraph();
    final Button save = new Button();
    private final ForumService service;
    private final ForumTexts texts;
    private final Category existing;
    private final Consumer<Category> saved;
    private boolean slugTouched;

    CategoryDialog(ForumService service, ForumTexts texts, Category existing, Consumer<Category> saved) {
        this.service = service;
        this.texts = texts;
        this.existing = existing;
        this.saved = saved;
        setId("forum-category-dialog");
        setHeaderTitle(existing == null ? texts.t("forum.ui.category.new")
                : texts.t("forum.ui.category.edit", existing.name()));

        name.setId("forum-category-name");
        name.setLabel(texts.t("forum.ui.category.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        slug.setId("forum-category-slug");
        slug.setLabel(texts.t("forum.ui.category.slug"));
        slug.setHelperText(texts.t("forum.ui.category.slug.help"));
        slug.setRequiredIndicatorVisible(true);
        slug.setMaxLength(80);
        description.setId("forum-category-description");
        description.setLabel(texts.t("forum.ui.category.description"));
        description.setMaxLength(1000);
        visibility.setId("forum-category-visibility");
        visibility.setLabel(texts.t("forum.ui.category.visibility"));
        visibility.setItems(CategoryVisibility.values());
        visibility.setItemLabelGenerator(texts::visibility);
        position.setId("forum-category-position");
        position.setLabel(texts.t("forum.ui.category.position"));
        position.setHelperText(texts.t("forum.ui.category.position.help"));
        position.setMin(0);
        archived.setId("forum-category-archived");
        archived.setLabel(texts.t("forum.ui.category.archived"));
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("ts-forum-problem");
        problem.setVisible(false);

        if (existing != null) {
            name.setValue(existing.name());
            slug.setValue(existing.slug());
            description.setValue(ForumTexts.nz(existing.description()));
            visibility.setValue(existing.visibility());
            position.setValue(existing.position());
            archived.setValue(existing.archived());
            slugTouched = true;
        } else {
            visibility.setValue(CategoryVisibility.PUBLIC);
            name.addValueChangeListener(e -> {
                if (!slugTouched) {
                    slug.setValue(slugOf(e.getValue()));
                }
            });
            slug.addValueChangeListener(e -> slugTouched |= e.isFromClient());
        }

        FormLayout form = new FormLayout(name, slug, description, visibility, position, archived);
        form.setColspan(description, 2);
        add(problem, form);

        save.setId("forum-category-save");
        save.setText(texts.t("forum.ui.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(texts.t("forum.ui.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** A suggested address from a name: lower-case words joined by hyphens. */
    static String slugOf(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    private void save() {
        for (HasValidation f : new HasValidation[] {name, slug, description, visibility, position}) {
            f.setInvalid(false);
        }
        problem.setVisible(false);
        boolean ok = true;
        if (name.getValue().isBlank()) {
            fieldError("name", texts.t("forum.ui.category.name.required"));
            ok = false;
        }
        if (!slug.getValue().strip().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            fieldError("slug", texts.t("forum.ui.category.slug.invalid"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        CategoryDraft draft = new CategoryDraft(slug.getValue().strip(), name.getValue().strip(),
                description.getValue().isBlank() ? null : description.getValue().strip(), visibility.getValue(),
                position.getValue(), archived.getValue());
        try {
            Category result = existing == null ? service.createCategory(draft)
                    : service.updateCategory(existing.id(), draft);
            close();
            saved.accept(result);
        } catch (ForumException e) {
            if (!fieldError(e.field(), texts.error(e))) {
                problem.setText(texts.error(e));
                problem.setVisible(true);
            }
        } catch (ConstraintViolationException e) {
            boolean shown = false;
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                shown |= fieldError(ForumTexts.leaf(v), texts.t("forum.ui.category.invalid", v.getMessage()));
            }
            if (!shown) {
                problem.setText(texts.error(e));
                problem.setVisible(true);
            }
        }
    }

    private boolean fieldError(String field, String message) {
        if (field == null) {
            return false;
        }
        HasValidation target = switch (field) {
            case "slug" -> slug;
            case "name" -> name;
            case "description" -> description;
            case "visibility" -> visibility;
            case "position" -> position;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
