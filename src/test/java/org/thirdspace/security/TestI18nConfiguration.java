package org.thirdspace.security;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/**
 * TEMPORARY: a Vaadin I18NProvider over Spring's MessageSource for the tests of this module, until the shell's
 * provider lands. Missing keys fail loudly (NoSuchMessageException), so tests catch them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestI18nConfiguration {

    @Bean
    @ConditionalOnMissingBean(I18NProvider.class)
    I18NProvider testI18nProvider(MessageSource messages) {
        return new I18NProvider() {
            @Override
            public List<Locale> getProvidedLocales() {
                return List.of(Locale.ENGLISH);
            }

            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                return messages.getMessage(key, params.length == 0 ? null : params, locale);
            }
        };
    }
}
