package org.thirdspace.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The forum views ask for most texts through {@code texts.t("…")}, which the project-wide bundle
 * test does not read: every literal {@code forum.*} key in the views' sources is defined in the
 * forum bundles, and the keys built from enum names exist for every value.
 */
class ForumUiTextsTest {

    private static final Pattern LITERAL = Pattern.compile("\"(forum\\.[a-z0-9][a-z0-9.\\-]*[a-z0-9])\"");

    @Test
    void everyForumKeyInTheViewsIsDefined() throws IOException {
        Properties defined = new Properties();
        for (String bundle : List.of("forum.properties", "forum-ui.properties")) {
            try (var in = Files.newInputStream(Path.of("src/main/resources/i18n", bundle))) {
                defined.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/thirdspace/forum/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (!defined.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        for (String kind : List.of("discussion", "question")) {
            assertThat(defined).containsKey("forum.ui.new.kind." + kind).containsKey("forum.kind." + kind);
        }
        for (String facet : ForumSearchView.FACETS) {
            assertThat(defined).containsKey("forum.ui.search.facet." + facet);
        }
        for (String visibility : List.of("public", "members")) {
            assertThat(defined).containsKey("forum.category-visibility." + visibility);
        }
    }

    @Test
    void aCategoryAddressIsSuggestedFromItsName() {
        assertThat(CategoryDialog.slugOf("Teaching Science: Ponds & Rivers!")).isEqualTo("teaching-science-ponds-rivers");
        assertThat(CategoryDialog.slugOf("Éducation  à l’école")).isEqualTo("education-a-l-ecole");
        assertThat(CategoryDialog.slugOf("  ")).isEmpty();
    }

    @Test
    void tagsAreSplitOnCommasAndSpaces() {
        assertThat(NewTopicView.parseTags(" ponds, #science  year-5,,")).containsExactly("ponds", "science", "year-5");
        assertThat(NewTopicView.parseTags("")).isEmpty();
    }
}
