package org.thirdspace.groups.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thirdspace.groups.CoreComponent;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws the self-review comparison chart: one group of horizontal bars per core component, one
 * bar per review (oldest first, the latest last and darkest), as SVG text for inline use. The SVG
 * has {@code role="img"}, a {@code <title>} and a {@code <desc>} listing every score, so a screen
 * reader gets the same information as the picture. Colours have at least 4.5:1 contrast on white.
 */
@Component
public class ReviewChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 560;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Bar colours, oldest review first; the latest review always gets {@link #LATEST}. */
    private static final List<Color> EARLIER = List.of(
            new Color(0x8A, 0x4B, 0x08),   // brown
            new Color(0x2E, 0x6B, 0x30),   // green
            new Color(0x6A, 0x3D, 0x9A));  // purple
    private static final Color LATEST = new Color(0x1F, 0x4E, 0x9C);  // dark blue
    private static final Color TEXT = new Color(0x1F, 0x1F, 0x1F);
    private static final Color GRID = new Color(0x75, 0x75, 0x75);

    private final Vocabularies vocabularies;
    private final MessageSource messages;

    ReviewChart(Vocabularies vocabularies, MessageSource messages) {
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    /**
     * @param reviews    the reviews to compare, oldest first, the latest last (1 to 4 of them)
     * @param idPrefix   makes the title and description ids unique on a page
     */
    public String render(List<Review> reviews, Locale locale, String idPrefix) {
        if (reviews.isEmpty()) {
            return "";
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<String> series = seriesNames(reviews, dates, locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < reviews.size(); i++) {
            for (CoreComponent c : CoreComponent.values()) {
                data.addValue(reviews.get(i).score(c), series.get(i), label(c, locale));
            }
        }
        String title = text("groups.record.chart.title", locale);
        JFreeChart chart = ChartFactory.createBarChart(title, text("groups.record.chart.axis-components", locale),
                text("groups.record.chart.axis-score", locale), data, PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, reviews.size());
        return toSvg(chart, title, description(reviews, series, locale), idPrefix);
    }

    private List<String> seriesNames(List<Review> reviews, DateTimeFormatter dates, Locale locale) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reviews.size(); i++) {
            String date = dates.format(reviews.get(i).reviewedOn());
            String name = i == reviews.size() - 1
                    ? messages.getMessage("groups.record.chart.latest", new Object[] {date}, locale)
                    : date;
            // two reviews on one day still need two series
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + " (" + n + ")";
            }
            names.add(unique);
        }
        return names;
    }

    private String description(List<Review> reviews, List<String> series, Locale locale) {
        Review latest = reviews.getLast();
        StringJoiner parts = new StringJoiner("; ", "", ".");
        for (CoreComponent c : CoreComponent.values()) {
            String earlier = reviews.subList(0, reviews.size() - 1).stream()
                    .map(r -> String.valueOf(r.score(c))).reduce((a, b) -> a + ", " + b).orElse(null);
            parts.add(earlier == null
                    ? messages.getMessage("groups.record.chart.desc-component", new Object[] {label(c, locale),
                            latest.score(c)}, locale)
                    : messages.getMessage("groups.record.chart.desc-component-earlier", new Object[] {label(c, locale),
                            latest.score(c), earlier}, locale));
        }
        String intro = messages.getMessage("groups.record.chart.desc", new Object[] {series.getLast(),
                reviews.size() - 1, String.join(", ", series.subList(0, series.size() - 1))}, locale);
        return intro + " " + parts;
    }

    private void style(JFreeChart chart, int seriesCount) {
        StandardChartTheme theme = new StandardChartTheme("thirdspace", false);
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setTitlePaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {3f, 3f}, 0f));
        NumberAxis scores = (NumberAxis) plot.getRangeAxis();
        scores.setRange(0, 4);
        scores.setTickUnit(new NumberTickUnit(1));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setItemMargin(0.04);
        bars.setDrawBarOutline(false);
        for (int i = 0; i < seriesCount; i++) {
            boolean latest = i == seriesCount - 1;
            // the earlier reviews take the last colours of the list, so the one before the latest is always purple
            bars.setSeriesPaint(i, latest ? LATEST : EARLIER.get(EARLIER.size() - (seriesCount - 1) + i));
        }
    }

    private static String toSvg(JFreeChart chart, String title, String description, String idPrefix) {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        // ids unique to this chart, so that two charts on one page do not share clip paths
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return super.generateID(idPrefix + "-" + prefix);
            }
        });
        var defaults = new SVGGeneratorContext.GraphicContextDefaults();
        defaults.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        context.setGraphicContextDefaults(defaults);
        context.setEmbeddedFontsOn(false);
        context.setPrecision(3);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));

        Element root = graphics.getRoot();
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        root.setAttributeNS(null, "viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        root.setAttributeNS(null, "role", "img");
        root.setAttributeNS(null, "aria-labelledby", titleId + " " + descId);
        Element desc = document.createElementNS(SVG_NS, "desc");
        desc.setAttributeNS(null, "id", descId);
        desc.setTextContent(description);
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setAttributeNS(null, "id", titleId);
        titleElement.setTextContent(title);
        root.insertBefore(desc, root.getFirstChild());
        root.insertBefore(titleElement, root.getFirstChild());

        StringWriter out = new StringWriter();
        try {
            graphics.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException("Cannot write the review chart", e);
        }
        // inline use: no XML declaration or DOCTYPE before the svg element
        String svg = out.toString();
        return svg.substring(svg.indexOf("<svg"));
    }

    private String label(CoreComponent component, Locale locale) {
        return vocabularies.label(Vocabulary.CORE_COMPONENT, component.code(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
