package org.thirdspace.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A logical search index: its name (e.g. {@code people}) and the body used to create each of its
 * concrete indices, i.e. a JSON object with {@code settings} and {@code mappings}.
 * <p>
 * Mappings must work on the minimal distribution of the managed node and on a full cluster:
 * built-in analyzers ({@code standard}, {@code simple}, {@code keyword}, {@code whitespace}) and
 * {@code lowercase}/{@code shingle} filters only; no {@code english} analyzer, stemmers,
 * synonyms, {@code edge_ngram} or {@code asciifolding} (module {@code analysis-common}).
 * <p>
 * Declare definitions as beans to have their aliases created at start-up.
 *
 * @param name logical name: lower case letters, digits and dashes
 * @param body create-index JSON (may be empty: {@code {}})
 */
public record IndexDefinition(String name, String body) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Index name must be lower case letters, digits and dashes: " + name);
        }
        body = body == null || body.isBlank() ? "{}" : body;
    }

    /** A definition whose body is a classpath resource, e.g. {@code search/people.json}. */
    public static IndexDefinition fromClasspath(String name, String resource) {
        ClassLoader loader = IndexDefinition.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Index definition not found on the classpath: " + resource);
            }
            return new IndexDefinition(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
