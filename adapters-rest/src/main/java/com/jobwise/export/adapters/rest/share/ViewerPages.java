package com.jobwise.export.adapters.rest.share;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.Export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML of the public share pages, written here rather than with a template engine (FreeMarker lives in
 * adapters-rendering, which this adapter must not depend on). Every text that comes from data goes through
 * {@link #escape}; the only markup is the constants below. No script, no external resource: one inline
 * stylesheet admitted by its SHA-256 in {@link #CSP}, images from this origin only.
 */
final class ViewerPages {
    static final String STYLE = """
            *{box-sizing:border-box}\
            html{-webkit-text-size-adjust:100%}\
            body{margin:0;background:#f1f5f9;color:#0f172a;font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",\
            Roboto,"Helvetica Neue",Arial,sans-serif}\
            main{max-width:720px;margin:0 auto;padding:20px 16px 32px}\
            header{margin:4px 0 16px}\
            .kicker{margin:0;color:#475569;font-size:13px;letter-spacing:.06em;text-transform:uppercase}\
            h1{margin:4px 0 2px;font-size:22px;line-height:1.25;overflow-wrap:anywhere}\
            .meta{margin:0;color:#475569;font-size:14px}\
            .sheet{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(15,23,42,.12),0 8px 24px rgba(15,23,42,.08);\
            overflow:hidden}\
            .sheet img{display:block;width:100%;height:auto}\
            .actions{margin:18px 0 0}\
            .button{display:block;width:100%;padding:14px 18px;border:0;border-radius:10px;background:#1d4ed8;color:#fff;\
            font:600 17px/1.2 inherit;text-align:center;text-decoration:none;cursor:pointer}\
            .button:hover,.button:focus{background:#1e40af}\
            .note{margin:14px 0 0;color:#64748b;font-size:13px;text-align:center}\
            .card{background:#fff;border-radius:12px;padding:24px 20px;box-shadow:0 1px 3px rgba(15,23,42,.12)}\
            label{display:block;margin:0 0 6px;font-weight:600}\
            input[type=password]{display:block;width:100%;margin:0 0 14px;padding:12px;border:1px solid #cbd5e1;\
            border-radius:8px;font:inherit}\
            .error{margin:0 0 14px;padding:10px 12px;border-radius:8px;background:#fef2f2;color:#991b1b}\
            @media (min-width:640px){main{padding-top:40px}h1{font-size:28px}.button{display:inline-block;width:auto}}""";
    static final String CSP = "default-src 'none'; img-src 'self'; style-src 'sha256-" + sha256(STYLE)
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private ViewerPages() {
    }

    /** The document: title, page count, first page, download button when allowed. */
    static String document(Export export, String token, boolean allowDownload) {
        String base = PublicShareController.PATH + "/" + escape(token);
        String kind = switch (export.format()) {
            case DOCX -> "Word document";
            case PDF -> "PDF document";
            default -> export.format().extension().toUpperCase(java.util.Locale.ROOT) + " file";
        };
        String pages = export.pageCount() == null ? kind
                : kind + " · " + export.pageCount() + (export.pageCount() == 1 ? " page" : " pages");
        StringBuilder html = new StringBuilder(head(export.filename()))
                .append("<main><header><p class=\"kicker\">Shared document</p><h1>").append(escape(export.filename()))
                .append("</h1><p class=\"meta\">").append(escape(pages)).append("</p></header>")
                .append("<div class=\"sheet\"><img src=\"").append(base).append("/preview.png\" width=\"1200\" ")
                .append("height=\"1557\" alt=\"First page of ").append(escape(export.filename())).append("\"></div>");
        if (allowDownload) {
            html.append("<div class=\"actions\"><a class=\"button\" href=\"").append(base)
                    .append("/download\" download>Download ")
                    .append(export.format().extension().toUpperCase(java.util.Locale.ROOT))
                    .append("</a></div>");
        }
        return html.append("<p class=\"note\">Only the first page is shown.</p></main></body></html>").toString();
    }

    /** The password form; {@code wrong} adds the error line. */
    static String password(String token, boolean wrong) {
        StringBuilder html = new StringBuilder(head("Password required"))
                .append("<main><header><p class=\"kicker\">Shared document</p><h1>Password required</h1>")
                .append("<p class=\"meta\">Enter the password you were given to open this document.</p></header>")
                .append("<form class=\"card\" method=\"post\" action=\"").append(PublicShareController.PATH).append('/')
                .append(escape(token)).append("\">");
        if (wrong) {
            html.append("<p class=\"error\" role=\"alert\">Incorrect password. Please try again.</p>");
        }
        return html.append("<label for=\"password\">Password</label>")
                .append("<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"off\" required ")
                .append("autofocus><button class=\"button\" type=\"submit\">Open document</button></form></main>")
                .append("</body></html>").toString();
    }

    /** A page for an error status (no detail that would tell one token from another). */
    static String error(String title, String message) {
        return head(title) + "<main><div class=\"card\"><h1>" + escape(title) + "</h1><p class=\"meta\">"
                + escape(message) + "</p></div></main></body></html>";
    }

    private static String head(String title) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>";
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
