package org.thirdspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message key the code asks for literally ({@code getTranslation("...")},
 * {@code @Menu(title = "...")}, {@code messages.getMessage("...")}) exists in a bundle, and no
 * two bundles define the same key differently.
 */
class MessageBundlesTest {

    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([a-z0-9][a-z0-9.\\-]+)\"\\s*[,)]"),
            Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([a-z0-9][a-z0-9.\\-]+)\""),
            Pattern.compile("getMessage\\(\\s*\"([a-z0-9][a-z0-9.\\-]+)\"\\s*[,)]"));

    @Test
    void everyLiteralKeyUsedInCodeIsDefined() throws IOException {
        Set<String> defined = definedKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern use : KEY_USES) {
                    var matcher = use.matcher(source);
                    while (matcher.find()) {
                        if (!defined.contains(matcher.group(1))) {
                            missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in code but missing from src/main/resources/i18n").isEmpty();
    }

    @Test
    void bundleBaseNamesAreFoundOnTheClassPath() throws IOException {
        assertThat(I18nConfiguration.bundleBaseNames()).contains("classpath:i18n/shell");
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        for (Resource bundle : englishBundles()) {
            for (String key : load(bundle).stringPropertyNames()) {
                if (!seen.add(key)) {
                    duplicates.add(key);
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    private static Set<String> definedKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Resource bundle : englishBundles()) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        return keys;
    }

    private static List<Resource> englishBundles() throws IOException {
        return Stream.of(new PathMatchingResourcePatternResolver().getResources(I18nConfiguration.BUNDLE_PATTERN))
                .filter(r -> r.getFilename() != null && !r.getFilename().contains("_"))
                .toList();
    }

    private static Properties load(Resource bundle) throws IOException {
        var properties = new Properties();
        try (InputStream in = bundle.getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
