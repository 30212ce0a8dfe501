package org.cep.content.common;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;

/** Renders stored Markdown to HTML that is safe to insert into any page. */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code", "br").toFactory());

    private Markdown() {
    }

    /** The text without markup, for places that take plain text only, such as a calendar entry's description. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))).strip();
    }
}
