package org.thirdspace.casestudies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** Hostile input for every text field, and the check that rendered HTML stays inert. */
public final class XssCorpus {

    public static final String MARKDOWN = """
            <script>alert('xss-script')</script>
            <img src=x onerror=alert('xss-img')>
            <svg onload=alert('xss-svg')><circle r=5/></svg>
            [click me](javascript:alert('xss-link'))
            [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            <a href="javascript:alert('xss-a')">anchor</a>
            <div style="width: expression(alert('xss-css'))">styled</div>
            <iframe src="https://evil.example/"></iframe>
            <img src=x onerror=alert(1)//
            <<script>script>alert('nested')<</script>/script>
            <math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>
            ![pic](javascript:alert('xss-image'))
            <form action="javascript:alert(1)"><input type=submit></form>
            **bold** still works
            """;

    private static final Pattern TAG = Pattern.compile("<\\s*(script|svg|iframe|img|style|math|form|input|object|embed)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern BAD_URL = Pattern.compile("(href|src|action)\\s*=\\s*\"?\\s*(javascript|data|vbscript):",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    private XssCorpus() {
    }

    /** No executable markup: no script-capable elements, event handlers, script URLs or inline styles. */
    public static void assertInert(String html) {
        assertThat(TAG.matcher(html).find()).as("script-capable element in %s", html).isFalse();
        assertThat(HANDLER.matcher(html).find()).as("event handler in %s", html).isFalse();
        assertThat(BAD_URL.matcher(html).find()).as("script URL in %s", html).isFalse();
        assertThat(STYLE.matcher(html).find()).as("inline style in %s", html).isFalse();
    }
}
