package org.thirdspace.markdown;

import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/**
 * Counts the links to other sites in Markdown as the renderer sees them: inline and reference
 * links, images, {@code <https://…>} autolinks and bare URLs or {@code www.} addresses (the
 * autolink extension the renderer uses). Links inside code are not links. Addresses without a
 * web or mail scheme (forum mentions {@code person:12}, in-page anchors, relative links) are not
 * counted: they cannot point elsewhere.
 */
public final class MarkdownLinks {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(AutolinkExtension.create(), TablesExtension.create())).build();

    private MarkdownLinks() {
    }

    public static int count(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        int[] count = {0};
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (external(link.getDestination())) {
                    count[0]++;
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (external(image.getDestination())) {
                    count[0]++;
                }
                visitChildren(image);
            }
        });
        return count[0];
    }

    static boolean external(String destination) {
        if (destination == null) {
            return false;
        }
        String d = destination.strip().toLowerCase(java.util.Locale.ROOT);
        return d.startsWith("http:") || d.startsWith("https:") || d.startsWith("mailto:") || d.startsWith("www.")
                || d.startsWith("//") || d.startsWith("ftp:");
    }
}
