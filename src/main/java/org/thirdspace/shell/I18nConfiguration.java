package org.thirdspace.shell;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source for the whole product: every feature keeps its texts in its own bundle
 * {@code i18n/<feature>.properties} (plus {@code i18n/<feature>_<locale>.properties}); all of them
 * are found on the class path and served together, to Vaadin views (through
 * {@link MessageSourceI18NProvider}), mails and API problem documents alike.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    static final String BUNDLE_PATTERN = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBaseNames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        source.setCacheSeconds(-1);
        return source;
    }

    /** {@code i18n/security.properties} and {@code i18n/security_de.properties} give {@code classpath:i18n/security}. */
    static String[] bundleBaseNames() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
        var names = new TreeSet<String>();
        Arrays.stream(resources)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(name -> name.substring(0, name.length() - ".properties".length()))
                .map(name -> name.contains("_") ? name.substring(0, name.indexOf('_')) : name)
                .forEach(name -> names.add("classpath:i18n/" + name));
        return names.toArray(String[]::new);
    }
}
