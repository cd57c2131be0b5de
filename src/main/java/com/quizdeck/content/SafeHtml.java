package com.quizdeck.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one place where text becomes HTML that may reach a browser. Everything rendered from a
 * bank (Markdown, Moodle HTML, plain text) passes through {@link #clean(String)}, so a hostile
 * bank cannot inject scripts, event handlers or {@code javascript:} links.
 */
public final class SafeHtml {

    /**
     * jsoup's basic list (inline formatting, lists, links) minus {@code ftp:}; links may only be
     * http, https or mailto. Relative links are dropped, as a bank has no base address.
     */
    private static final Safelist SAFELIST = Safelist.basic().removeProtocols("a", "href", "ftp");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private SafeHtml() {
    }

    /** Sanitised HTML: only the tags and attributes of the safelist survive. */
    public static String clean(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return Jsoup.clean(html, "", SAFELIST, COMPACT);
    }

    /** Escapes the characters that are markup in HTML text and attribute values. */
    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text as HTML: escaped, with its line breaks kept. */
    public static String fromPlainText(String text) {
        return escape(normalizeNewlines(text)).replace("\n", "<br>");
    }

    /** The visible text of an HTML fragment, tags removed, line breaks kept. */
    public static String toPlainText(String html) {
        var body = Jsoup.parseBodyFragment(normalizeNewlines(html).replaceAll("(?i)<br\\s*/?>", "\n")).body();
        return body.wholeText().strip();
    }

    static String normalizeNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
