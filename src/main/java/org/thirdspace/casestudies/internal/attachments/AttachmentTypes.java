package org.thirdspace.casestudies.internal.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * The content types attachments may have, detected from the bytes with Apache Tika. The file
 * name only refines a container format the content already shows (a ZIP or OLE2 file named
 * {@code .docx} or {@code .doc}); it never makes an unknown or different content acceptable, so
 * HTML or SVG named {@code .png}, or random bytes named {@code .pdf}, are refused. A ZIP file
 * named as a Word, Excel or PowerPoint document must also contain that format's main part
 * (only the ZIP directory is read, nothing is unpacked).
 */
@Component
public class AttachmentTypes {

    /** PDF, common web images, and office documents (OOXML, OpenDocument and the legacy binary formats). */
    public static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");

    /** Container formats whose exact type needs the name: ZIP (OOXML) and OLE2 (legacy Office). */
    private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice");

    /** The part every OOXML package of the type has. */
    private static final Map<String, String> OOXML_MAIN_PART = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/presentation.xml");

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /** What the file is, and whether it may be attached. */
    public record Detected(String type, boolean allowed) {
    }

    public Detected detect(Path file, String fileName) throws IOException {
        MediaType byContent = mediaType(file, null);
        MediaType byContentAndName = fileName == null ? byContent : mediaType(file, fileName);
        String content = byContent.getBaseType().toString();
        String named = byContentAndName.getBaseType().toString();
        if (ALLOWED.contains(content)) {
            return new Detected(content, true);
        }
        if (CONTAINERS.contains(content) && ALLOWED.contains(named)
                && registry.isSpecializationOf(byContentAndName.getBaseType(), byContent.getBaseType())
                && (!OOXML_MAIN_PART.containsKey(named) || hasEntries(file, "[Content_Types].xml",
                        OOXML_MAIN_PART.get(named)))) {
            return new Detected(named, true);
        }
        return new Detected(content, false);
    }

    /** Whether the file is a ZIP archive with all these entries (read from its central directory). */
    private static boolean hasEntries(Path file, String... names) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String name : names) {
                if (zip.getEntry(name) == null) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private MediaType mediaType(Path file, String name) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MediaType.parse(tika.detect(in, name));
        }
    }
}
