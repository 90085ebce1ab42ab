package org.thirdspace.casestudies.export;

import java.util.List;

/** Markup that must stay inert wherever member text is shown or exported. */
public final class XssCorpus {

    private XssCorpus() {
    }

    /** One line each: script tags, event handlers, javascript: and data: URLs, SVG, CSS tricks, broken markup. */
    public static final List<String> SNIPPETS = List.of(
            "<script>alert('xss-script')</script>",
            "<img src=x onerror=\"alert('xss-onerror')\">",
            "[click me](javascript:alert('xss-md-link'))",
            "<a href=\"javascript:alert('xss-a-href')\">js link</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">mixed case</a>",
            "<a href=\"&#106;avascript:alert(1)\">entity link</a>",
            "[vb](vbscript:msgbox(1))",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<svg onload=\"alert('xss-svg')\"><script>alert(2)</script></svg>",
            "<div style=\"background:url(javascript:alert(1));width:expression(alert('xss-css'))\">css</div>",
            "<iframe src=\"https://evil.example/frame\"></iframe>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "<<b>broken <i>markup <a href='",
            "![pixel](https://evil.example/pixel.png)",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<form action=\"https://evil.example/\"><input name=q></form>");

    /** The corpus as one Markdown text, each snippet in its own paragraph after a marker word. */
    public static String markdown(String marker) {
        StringBuilder md = new StringBuilder(marker).append("\n\n");
        SNIPPETS.forEach(s -> md.append(s).append("\n\n"));
        return md.toString();
    }
}
