package org.thirdspace.security.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/** Small helpers for manual, accessible field validation (messages are shown on, and tied to, the field). */
final class Fields {

    private Fields() {
    }

    static <T extends Component & HasValidation> T manual(T field) {
        field.setManualValidation(true);
        return field;
    }

    static void error(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    static void clear(HasValidation... fields) {
        for (HasValidation f : fields) {
            f.setErrorMessage(null);
            f.setInvalid(false);
        }
    }

    static String translateAll(Component c, List<String> keys) {
        return keys.stream().map(c::getTranslation).collect(Collectors.joining(" "));
    }
}
