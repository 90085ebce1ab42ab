package org.thirdspace.forum.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Reads the JSON bodies of the forum API before Jackson does and refuses, with a problem that says
 * so, a body that is not valid UTF-8. Jackson alone reports a broken byte inside a string as
 * "Invalid UTF-8 middle byte" but one elsewhere as an unexpected character, and a body declared in
 * another charset is decoded leniently (broken bytes become U+FFFD and would be stored); JSON is
 * UTF-8 (RFC 8259), so the forum API takes UTF-8 only and checks every byte. Bodies over
 * {@link #MAX_BODY_BYTES} are refused (413) without being read further: far beyond the longest
 * post ({@code ForumService.MAX_POST} characters, even fully escaped), so an over-long post still
 * reaches the service and gets its 400 naming the limit.
 */
@ControllerAdvice(assignableTypes = {ForumsController.class, TopicsController.class,
        TopicModerationController.class, PostsController.class})
class Utf8RequestBodies extends RequestBodyAdviceAdapter {

    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = message.getHeaders().getContentType();
        Charset charset = type == null ? null : type.getCharset();
        if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
            throw new RequestBodyRefused(HttpStatus.BAD_REQUEST, "forum.api.error.charset", charset.name());
        }
        byte[] body = read(message.getBody());
        OptionalInt bad = Utf8Check.firstInvalidByte(body);
        if (bad.isPresent()) {
            int offset = bad.getAsInt();
            String value = String.format("0x%02X", body[Math.min(offset, body.length - 1)] & 0xFF);
            throw new RequestBodyRefused(HttpStatus.BAD_REQUEST, "forum.api.error.invalid-utf8", offset, value);
        }
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new RequestBodyRefused(HttpStatus.CONTENT_TOO_LARGE, "forum.api.error.body-too-large",
                    MAX_BODY_BYTES / (1024 * 1024));
        }
        return body;
    }
}
