package org.thirdspace.glossary;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Marks glossary terms in already sanitised HTML (a pure function of the terms it was built with).
 * The HTML is parsed with jsoup and only its text nodes are searched; the first occurrence of each
 * term (by its name or any synonym, whole words, ignoring case) across all fragments of one call
 * becomes
 * <pre>{@code
 * <span class="ts-glossary"><button type="button" class="ts-glossary-term" aria-describedby="ID">word</button>
 * <span class="ts-glossary-tip" role="tooltip" id="ID"><strong>Term</strong> definition</span></span>
 * }</pre>
 * built as jsoup nodes (text is never concatenated into markup). Text inside links, code,
 * preformatted blocks, headings and buttons is left alone. The tooltip carries the definition as
 * plain text: a tooltip may not contain interactive content, and block markup would break the
 * paragraph it sits in. Fragments without a match are returned unchanged.
 */
public final class GlossaryAnnotator {

    /** One term to mark: its display name, its plain-text definition and every phrase naming it. */
    public record Entry(String term, String definitionText, List<String> phrases) {
    }

    private static final Set<String> SKIPPED = Set.of("a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4", "h5",
            "h6", "button", "script", "style", "textarea", "select", "option", "label", "summary");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final GlossaryAnnotator EMPTY = new GlossaryAnnotator(List.of(), Map.of(), null);

    private final List<Entry> entries;
    private final Map<String, Integer> byPhrase;
    private final Pattern pattern;

    private GlossaryAnnotator(List<Entry> entries, Map<String, Integer> byPhrase, Pattern pattern) {
        this.entries = entries;
        this.byPhrase = byPhrase;
        this.pattern = pattern;
    }

    /** An annotator for these terms; a phrase that names two terms belongs to the first. */
    public static GlossaryAnnotator of(List<Entry> entries) {
        Map<String, Integer> byPhrase = new HashMap<>();
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            List<String> names = new ArrayList<>();
            names.add(entries.get(i).term());
            names.addAll(entries.get(i).phrases());
            for (String name : names) {
                String key = key(name);
                if (!key.isEmpty() && byPhrase.putIfAbsent(key, i) == null) {
                    phrases.add(key);
                }
            }
        }
        if (phrases.isEmpty()) {
            return EMPTY;
        }
        // longest first, so "third space professional" wins over "third space"
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            List<String> words = new ArrayList<>();
            for (String word : phrase.split(" ")) {
                words.add(Pattern.quote(word));
            }
            alternatives.append(String.join("\\s+", words));
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new GlossaryAnnotator(List.copyOf(entries), Map.copyOf(byPhrase), pattern);
    }

    /** The key two names are the same by: NFKC, lower case, single spaces, trimmed. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .strip();
    }

    /** Marks the first occurrence of each term in one fragment of safe HTML. */
    public String annotate(String safeHtml) {
        return annotate(List.of(safeHtml == null ? "" : safeHtml)).getFirst();
    }

    /**
     * Marks the first occurrence of each term across the fragments (one page: a term marked in
     * the summary is not marked again further down); the answer has one fragment per input.
     */
    public List<String> annotate(List<String> fragments) {
        if (pattern == null) {
            return List.copyOf(fragments);
        }
        Set<Integer> seen = new HashSet<>();
        String prefix = "ts-gl-" + HexFormat.of().formatHex(randomBytes()) + "-";
        int[] counter = {0};
        List<String> out = new ArrayList<>(fragments.size());
        for (String html : fragments) {
            out.add(annotateFragment(html, seen, prefix, counter));
        }
        return out;
    }

    private String annotateFragment(String html, Set<Integer> seen, String prefix, int[] counter) {
        if (html == null || html.isBlank() || seen.size() == entries.size()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !text.isBlank() && !insideSkipped(text)) {
                    texts.add(text);
                }
            }
        }, document.body());
        boolean changed = false;
        for (TextNode text : texts) {
            changed |= mark(text, seen, prefix, counter);
            if (seen.size() == entries.size()) {
                break;
            }
        }
        return changed ? document.body().html() : html;
    }

    private static boolean insideSkipped(TextNode text) {
        for (Element parent = text.parent() instanceof Element e ? e : null; parent != null; parent = parent.parent()) {
            if (SKIPPED.contains(parent.normalName()) || parent.hasClass("ts-glossary")) {
                return true;
            }
        }
        return false;
    }

    private boolean mark(TextNode text, Set<Integer> seen, String prefix, int[] counter) {
        String whole = text.getWholeText();
        Matcher m = pattern.matcher(whole);
        List<Node> replacement = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            Integer index = byPhrase.get(key(m.group()));
            if (index == null || !seen.add(index)) {
                continue;
            }
            if (m.start() > last) {
                replacement.add(new TextNode(whole.substring(last, m.start())));
            }
            replacement.add(marked(m.group(), entries.get(index), prefix + (++counter[0])));
            last = m.end();
        }
        if (replacement.isEmpty()) {
            return false;
        }
        if (last < whole.length()) {
            replacement.add(new TextNode(whole.substring(last)));
        }
        for (Node node : replacement) {
            text.before(node);
        }
        text.remove();
        return true;
    }

    private static Element marked(String word, Entry entry, String id) {
        Element wrapper = new Element("span").addClass("ts-glossary");
        Element button = new Element("button").attr("type", "button").addClass("ts-glossary-term")
                .attr("aria-describedby", id).text(word);
        Element tip = new Element("span").addClass("ts-glossary-tip").attr("role", "tooltip").attr("id", id);
        tip.appendChild(new Element("strong").text(entry.term()));
        tip.appendText(": " + entry.definitionText());
        wrapper.appendChild(button);
        wrapper.appendChild(tip);
        return wrapper;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
