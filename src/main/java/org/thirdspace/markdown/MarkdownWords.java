package org.thirdspace.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown as the words a reader sees, for search indexes and their highlights: syntax removed;
 * link and image text kept but not their addresses (so a forum mention {@code @[Ann Lee](person:12)}
 * reads "@Ann Lee"); code and raw HTML kept as the literal text the author typed (highlights are
 * always escaped); blocks separated; whitespace collapsed. Features add their own syntax on top
 * (case-study wiki links).
 */
public final class MarkdownWords {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(AutolinkExtension.create(), TablesExtension.create())).build();
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private MarkdownWords() {
    }

    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Collector collector = new Collector();
        PARSER.parse(markdown).accept(collector);
        return SPACE.matcher(collector.out).replaceAll(" ").strip();
    }

    private static final class Collector extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();

        private void separate() {
            if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append('\n');
            }
        }

        private void block(Node node) {
            separate();
            visitChildren(node);
            separate();
        }

        private void literal(String text) {
            separate();
            out.append(text);
            separate();
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(html.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HtmlBlock html) {
            literal(html.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock code) {
            literal(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            literal(code.getLiteral());
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            block(heading);
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            block(blockQuote);
        }

        @Override
        public void visit(BulletList list) {
            block(list);
        }

        @Override
        public void visit(OrderedList list) {
            block(list);
        }

        @Override
        public void visit(ListItem item) {
            block(item);
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            separate();
        }

        @Override
        public void visit(CustomBlock block) {
            block(block);
        }

        @Override
        public void visit(CustomNode node) {
            // table rows and cells: keep cells apart
            out.append(' ');
            visitChildren(node);
            out.append(' ');
        }
    }
}
