package org.thirdspace.forum.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The forum API passes its message keys through helpers that the project-wide bundle check does
 * not see: every {@code "forum..."} key in its sources is defined, and every key of its own bundle
 * is used.
 */
class ForumApiMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/thirdspace/forum/api");
    private static final Pattern KEY = Pattern.compile("\"(forum\\.[a-z0-9][a-z0-9.\\-]*[a-z0-9])\"");

    @Test
    void everyKeyTheApiUsesIsDefinedAndEveryKeyOfItsBundleIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Properties api = load("i18n/forum-api.properties");
        Properties core = load("i18n/forum.properties");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(api.stringPropertyNames());
        missing.removeAll(core.stringPropertyNames());
        assertThat(missing).as("keys used by the forum API but in no bundle").isEmpty();

        Set<String> unused = new TreeSet<>(api.stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys of forum-api.properties the API never uses").isEmpty();
        assertThat(used).contains("forum.api.error.invalid-utf8", "forum.error.post-too-long");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                ForumApiMessagesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
