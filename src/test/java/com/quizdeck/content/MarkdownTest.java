package com.quizdeck.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MarkdownTest {

    @Test
    void plain_text_becomes_a_paragraph() {
        assertThat(Markdown.toSafeHtml("Hello world")).isEqualTo("<p>Hello world</p>");
    }

    @Test
    void blank_lines_separate_paragraphs_and_single_newlines_break_lines() {
        assertThat(Markdown.toSafeHtml("one\ntwo\n\nthree")).isEqualTo("<p>one<br>two</p><p>three</p>");
    }

    @Test
    void bold_italic_and_code_are_rendered() {
        assertThat(Markdown.toSafeHtml("**bold**, *it* and `x < y`"))
                .isEqualTo("<p><strong>bold</strong>, <em>it</em> and <code>x &lt; y</code></p>");
    }

    @Test
    void nested_emphasis_is_rendered() {
        assertThat(Markdown.toSafeHtml("**very *much***")).isEqualTo("<p><strong>very <em>much</em></strong></p>");
    }

    @Test
    void snake_case_words_are_not_italic() {
        assertThat(Markdown.toSafeHtml("a_long_name")).isEqualTo("<p>a_long_name</p>");
    }

    @Test
    void unclosed_markers_stay_literal() {
        assertThat(Markdown.toSafeHtml("2 * 3 and **open")).isEqualTo("<p>2 * 3 and **open</p>");
    }

    @Test
    void backslash_escapes_markers() {
        assertThat(Markdown.toSafeHtml("\\*not italic\\*")).isEqualTo("<p>*not italic*</p>");
    }

    @Test
    void bulleted_and_numbered_lists_are_rendered() {
        assertThat(Markdown.toSafeHtml("- a\n- b\n\n1. x\n2. y"))
                .isEqualTo("<ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>");
    }

    @Test
    void https_links_are_kept() {
        assertThat(Markdown.toSafeHtml("[site](https://example.org/a?b=1&c=2)"))
                .isEqualTo("<p><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow\">site</a></p>");
    }

    @Test
    void mailto_links_are_kept() {
        assertThat(Markdown.toSafeHtml("[me](mailto:a@b.org)")).contains("href=\"mailto:a@b.org\"");
    }

    @Test
    void javascript_links_lose_their_target() {
        var html = Markdown.toSafeHtml("[click](javascript:alert(1))");
        assertThat(html).doesNotContainIgnoringCase("javascript").doesNotContain("<a");
        assertThat(html).contains("click");
    }

    @Test
    void raw_html_is_shown_as_text() {
        var html = Markdown.toSafeHtml("<script>alert(1)</script><img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void escape_makes_plain_text_render_literally() {
        var plain = "2 * 3 = 6, [not a link](x) and a_b_c\n- not a list\n1. not numbered";
        var html = Markdown.toSafeHtml(Markdown.escape(plain));
        assertThat(SafeHtml.toPlainText(html)).isEqualTo(plain);
    }

    @Test
    @Timeout(5)
    void thousands_of_unclosed_brackets_render_quickly() {
        var hostile = "[".repeat(200_000) + "*".repeat(100_000) + "`".repeat(1) + "_a".repeat(50_000);
        assertThat(Markdown.toSafeHtml(hostile)).startsWith("<p>[[[");
    }

    @Test
    @Timeout(5)
    void deeply_nested_emphasis_does_not_overflow_the_stack() {
        var hostile = "**".repeat(20_000) + "x" + "**".repeat(20_000);
        assertThat(Markdown.toSafeHtml(hostile)).contains("x");
    }
}
