package org.thirdspace.shell;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Serves the product's message bundles to Vaadin's {@code getTranslation}. A missing key shows
 * as {@code !key!} so it is easy to spot in a view and in tests.
 */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH);

    private final transient MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale == null ? Locale.ENGLISH : locale);
        } catch (NoSuchMessageException missing) {
            return "!" + key + "!";
        }
    }
}
