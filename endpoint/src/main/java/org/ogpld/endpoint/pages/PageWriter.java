package org.ogpld.endpoint.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a Thymeleaf template of {@code templates/pages/} with what every page needs: the visitor's language, the
 * other language to switch to, and the path and query the switch links keep. The page is rendered whole before anything is
 * sent, so a failure still gets a clean error response.
 */
@Component
public class PageWriter {

    private final SpringTemplateEngine engine;

    PageWriter(SpringTemplateEngine engine) {
        this.engine = engine;
    }

    /** The visitor's language, {@code az} or {@code en}. */
    public static String language(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request).getLanguage();
    }

    /** Renders {@code pages/{template}} with {@code model} and status {@code status}. */
    public void render(String template, Map<String, ?> model, int status, HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, Object> all = new HashMap<>(model);
        String language = locale.getLanguage();
        all.put("lang", language);
        all.put("otherLang", "az".equals(language) ? "en" : "az");
        all.put("path", pathWithoutLanguage(request));
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, all);
        String html = engine.process("pages/" + template, context);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", language);
        try {
            response.getWriter().write(html);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The page's path with its query but without {@code lang}, for the language links: switching language keeps the
     * search, the filters and the page being read.
     */
    static String pathWithoutLanguage(HttpServletRequest request) {
        String query = request.getQueryString();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept);
    }
}
