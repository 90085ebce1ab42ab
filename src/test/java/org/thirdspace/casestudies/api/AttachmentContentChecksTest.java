package org.thirdspace.casestudies.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thirdspace.casestudies.internal.attachments.AttachmentTypes;
import org.thirdspace.casestudies.internal.attachments.FileNames;

/**
 * What attachments may be, decided on their bytes (Tika): office formats by their container and
 * parts, images and PDF by their signatures; names only refine a container and are sanitised for
 * display and download headers.
 */
class AttachmentContentChecksTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private final AttachmentTypes types = new AttachmentTypes();

    @TempDir
    Path dir;

    private AttachmentTypes.Detected detect(byte[] bytes, String name) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".part");
        Files.write(file, bytes);
        return types.detect(file, name);
    }

    private static byte[] zip(Map<String, String> entries, String storedFirst) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (storedFirst != null) {
                byte[] bytes = storedFirst.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> ooxml(String mainPart, boolean contentTypesFirst) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!contentTypesFirst) {
            entries.put("docProps/app.xml", "<Properties/>");
        }
        entries.put("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        entries.put("_rels/.rels", "<Relationships/>");
        entries.put(mainPart, "<document/>");
        return entries;
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static byte[] ole2() {
        byte[] bytes = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    @Test
    void officeDocumentsAreRecognisedByTheirContainerAndParts() throws IOException {
        assertThat(detect(zip(ooxml("word/document.xml", true), null), "minutes.docx"))
                .isEqualTo(new AttachmentTypes.Detected(DOCX, true));
        // a package whose first entry is not [Content_Types].xml is only a ZIP to Tika: its parts decide
        assertThat(detect(zip(ooxml("word/document.xml", false), null), "minutes.docx"))
                .isEqualTo(new AttachmentTypes.Detected(DOCX, true));
        assertThat(detect(zip(ooxml("xl/workbook.xml", false), null), "budget.xlsx"))
                .isEqualTo(new AttachmentTypes.Detected(XLSX, true));
        assertThat(detect(zip(ooxml("ppt/presentation.xml", false), null), "talk.pptx"))
                .isEqualTo(new AttachmentTypes.Detected(PPTX, true));
        assertThat(detect(zip(Map.of("content.xml", "<office/>"), "application/vnd.oasis.opendocument.text"),
                "report.odt")).isEqualTo(new AttachmentTypes.Detected("application/vnd.oasis.opendocument.text", true));
        assertThat(detect(ole2(), "minutes.doc")).isEqualTo(new AttachmentTypes.Detected("application/msword", true));
        assertThat(detect(ole2(), "budget.xls").type()).isEqualTo("application/vnd.ms-excel");
        assertThat(detect(ole2(), "talk.ppt").type()).isEqualTo("application/vnd.ms-powerpoint");
    }

    @Test
    void aNameNeverMakesOtherContentAcceptable() throws IOException {
        // any ZIP named .docx: not a Word document
        assertThat(detect(zip(Map.of("setup.exe", "MZ"), null), "report.docx"))
                .isEqualTo(new AttachmentTypes.Detected("application/zip", false));
        // a workbook named as a Word document
        assertThat(detect(zip(ooxml("xl/workbook.xml", false), null), "report.docx").allowed()).isFalse();
        // an OLE2 file named as an image, a Windows program named as a PDF, bytes without a signature
        assertThat(detect(ole2(), "photo.png").allowed()).isFalse();
        assertThat(detect("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), "report.pdf").allowed())
                .isFalse();
        assertThat(detect(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, (byte) 0xfe}, "report.pdf").allowed()).isFalse();
        assertThat(detect("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "photo.jpg"))
                .isEqualTo(new AttachmentTypes.Detected("text/html", false));
        assertThat(detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), "a.gif")
                .allowed()).isFalse();
    }

    @Test
    void imagesAndPdfAreRecognisedByTheirSignaturesWhateverTheirName() throws IOException {
        assertThat(detect(image("png"), "a.bin")).isEqualTo(new AttachmentTypes.Detected("image/png", true));
        assertThat(detect(image("jpg"), null)).isEqualTo(new AttachmentTypes.Detected("image/jpeg", true));
        assertThat(detect(image("gif"), "a.png")).isEqualTo(new AttachmentTypes.Detected("image/gif", true));
        byte[] webp = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(detect(webp, "a.webp")).isEqualTo(new AttachmentTypes.Detected("image/webp", true));
        assertThat(detect("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), "scan.png"))
                .isEqualTo(new AttachmentTypes.Detected("application/pdf", true));
    }

    @Test
    void displayNamesLoseTheirPathsControlCharactersAndExcessLength() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\amy\\Reports\\Term 2.pdf")).isEqualTo("Term 2.pdf");
        assertThat(FileNames.sanitise("pay\u0000slip\u202Egpj.exe")).isEqualTo("payslipgpj.exe");
        assertThat(FileNames.sanitise("  ..hidden\tname\n.pdf ")).isEqualTo("hidden name .pdf");
        assertThat(FileNames.sanitise("/")).isEmpty();
        assertThat(FileNames.sanitise(null)).isEmpty();
        String longName = "é".repeat(300) + ".pdf";
        assertThat(FileNames.sanitise(longName)).hasSize(FileNames.MAX_LENGTH).endsWith("é.pdf");
        String emoji = "a" + "😀".repeat(200) + ".png";
        String cut = FileNames.sanitise(emoji);
        assertThat(cut.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 5))).isFalse();
        assertThat(cut).endsWith(".png");
    }

    @Test
    void downloadHeadersCarryAnyNameSafely() {
        assertThat(Downloads.attachment("naïve \"plan\"; v2.pdf")).isEqualTo(
                "attachment; filename=\"na_ve _plan__ v2.pdf\"; filename*=UTF-8''na%C3%AFve%20%22plan%22%3B%20v2.pdf");
        assertThat(Downloads.attachment("日本.pdf")).isEqualTo("attachment; filename=\"__.pdf\"; "
                + "filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf");
        assertThat(Downloads.attachment("ééé")).isEqualTo("attachment; filename=\"download\"; "
                + "filename*=UTF-8''%C3%A9%C3%A9%C3%A9");
        assertThat(Downloads.attachment("a\r\nSet-Cookie: x=1")).doesNotContain("\r", "\n");
    }
}
