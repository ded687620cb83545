package org.ogpld.endpoint.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a Thymeleaf template of {@code templates/pages/} to a response, with what every page needs: the
 * visitor's language, the other language to switch to, and the path the switch links keep.
 */
@Component
public class PageWriter {

    private final ThymeleafViewResolver views;

    PageWriter(ThymeleafViewResolver views) {
        this.views = views;
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
        all.put("path", request.getRequestURI());
        response.setStatus(status);
        response.setHeader("Content-Language", language);
        try {
            View view = views.resolveViewName("pages/" + template, locale);
            if (view == null) {
                throw new IllegalStateException("No template pages/" + template);
            }
            view.render(all, request, response);
        } catch (RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new IllegalStateException("Cannot render page " + template + ": " + ex.getMessage(), ex);
        }
    }
}
