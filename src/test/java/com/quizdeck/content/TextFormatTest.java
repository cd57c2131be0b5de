package com.quizdeck.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFormatTest {

    @Test
    void html_is_sanitised_when_rendered() {
        var html = TextFormat.HTML.toSafeHtml("<b onclick=\"x()\">Hi</b><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">j</a>");
        assertThat(html).isEqualTo("<b>Hi</b><a rel=\"nofollow\">j</a>");
    }

    @Test
    void moodle_format_keeps_line_breaks() {
        assertThat(TextFormat.MOODLE.toSafeHtml("a\nb")).isEqualTo("a<br>b");
    }

    @Test
    void plain_text_is_escaped() {
        assertThat(TextFormat.PLAIN.toSafeHtml("<b>x</b>\ny")).isEqualTo("&lt;b&gt;x&lt;/b&gt;<br>y");
    }

    @Test
    void a_leading_marker_overrides_the_question_format() {
        var marked = TextFormat.split("[plain]<b>", TextFormat.HTML);
        assertThat(marked).isEqualTo(new TextFormat.Marked(TextFormat.PLAIN, "<b>"));
        assertThat(TextFormat.HTML.toSafeHtmlHonouringMarker("[plain]<b>")).isEqualTo("&lt;b&gt;");
    }

    @Test
    void unknown_markers_are_text() {
        assertThat(TextFormat.split("[1] first", TextFormat.MOODLE))
                .isEqualTo(new TextFormat.Marked(TextFormat.MOODLE, "[1] first"));
    }

    @Test
    void converting_html_to_markdown_keeps_the_words() {
        assertThat(TextFormat.MARKDOWN.convert("[html]<b>a*b</b>")).isEqualTo("a\\*b");
    }

    @Test
    void wire_names_are_lowercase() {
        assertThat(TextFormat.fromWireName("moodle")).contains(TextFormat.MOODLE);
        assertThat(TextFormat.fromWireName("MOODLE")).isEmpty();
    }
}
