package org.linli.tenants.notices;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The small HTML subset a notice body may use, and the cleaning that enforces it on the server whatever the editor
 * sent: paragraphs and line breaks, headings {@code h2}–{@code h4}, bold, italic, underline, strike-through, lists,
 * quotes and links. Everything else goes — scripts, styles, frames, images, event handlers, {@code style} and
 * {@code class} attributes — and a link keeps only an absolute {@code http}/{@code https} target and opens in a new
 * tab with {@code rel="noopener"}, so a notice can neither run code in a resident's browser nor reach back into it.
 */
public final class NoticeHtml {

    /** The tags an operator may write, listed for the editor's help text. */
    public static final String[] TAGS = {"p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "ul",
            "ol", "li", "blockquote", "a"};

    private static final Safelist SAFELIST = new Safelist().addTags(TAGS)
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener")
            .addEnforcedAttribute("a", "target", "_blank");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private NoticeHtml() {
    }

    /** The body reduced to the allowed subset; {@code null} stays {@code null}. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        return Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
    }

    /** The body's words without markup, e.g. for a one-line excerpt in a list. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
