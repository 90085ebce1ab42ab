package org.thirdspace.casestudies.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads an exported PDF back with PDFBox and checks that nothing in it can run or load anything. */
public final class PdfSafety {

    /** What a PDF holds: its text and the targets of its links. */
    public record Parsed(String text, List<String> linkTargets, int pages) {
    }

    private PdfSafety() {
    }

    /**
     * Parses the PDF and asserts it is inert: no document JavaScript, no open action, no
     * additional actions, every annotation a link whose action is a URI to a web or mail address,
     * and no object anywhere of a JavaScript, launch, form-submit or import action type.
     */
    public static Parsed parseInert(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.OPEN_ACTION)).isNull();
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.AA)).isNull();
            if (catalog.getNames() != null) {
                assertThat(catalog.getNames().getJavaScript()).isNull();
            }
            List<String> targets = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                assertThat(page.getCOSObject().getDictionaryObject(COSName.AA)).isNull();
                for (PDAnnotation annotation : page.getAnnotations()) {
                    assertThat(annotation).isInstanceOf(PDAnnotationLink.class);
                    PDAction action = ((PDAnnotationLink) annotation).getAction();
                    if (action != null) {
                        assertThat(action).isInstanceOf(PDActionURI.class);
                        String uri = ((PDActionURI) action).getURI();
                        assertThat(uri.toLowerCase(Locale.ROOT)).matches("(https?://|mailto:|#).*");
                        targets.add(uri);
                    }
                }
            }
            var cos = document.getDocument();
            for (var key : cos.getXrefTable().keySet()) {
                COSObject object = cos.getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSDictionary dictionary) {
                    COSName subtype = dictionary.getCOSName(COSName.S);
                    assertThat(subtype).as("action type").isNotIn(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
                            COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"),
                            COSName.getPDFName("RichMediaExecute"));
                    assertThat(dictionary.containsKey(COSName.JS)).as("JavaScript in the PDF").isFalse();
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            return new Parsed(text, targets, document.getNumberOfPages());
        }
    }
}
