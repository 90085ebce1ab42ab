package org.thirdspace.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownLinksTest {

    @Test
    void countsEveryKindOfLinkTheRendererWouldShow() {
        assertThat(MarkdownLinks.count(null)).isZero();
        assertThat(MarkdownLinks.count("No links, just example.org and a.b")).isZero();
        assertThat(MarkdownLinks.count("[a](https://x.example/a)")).isEqualTo(1);
        assertThat(MarkdownLinks.count("[a][r]\n\n[r]: https://x.example/ref")).isEqualTo(1);
        assertThat(MarkdownLinks.count("![chart](https://x.example/c.png)")).isEqualTo(1);
        assertThat(MarkdownLinks.count("<https://x.example/auto>")).isEqualTo(1);
        assertThat(MarkdownLinks.count("bare https://x.example/bare and www.x.example")).isEqualTo(2);
        assertThat(MarkdownLinks.count("write to someone@x.example")).isEqualTo(1);
        assertThat(MarkdownLinks.count("[outer ![img](https://x.example/i.png)](https://x.example/o)")).isEqualTo(2);
    }

    @Test
    void codeMentionsAndRelativeLinksAreNotCounted() {
        assertThat(MarkdownLinks.count("`https://x.example/code`\n\n```\nhttps://x.example/block\n```")).isZero();
        assertThat(MarkdownLinks.count("@[Ann Lee](person:12) and [top](#top) and [page](people/3)")).isZero();
        assertThat(MarkdownLinks.count("<a href=\"https://x.example/raw\">raw html is escaped</a>")).isZero();
    }
}
