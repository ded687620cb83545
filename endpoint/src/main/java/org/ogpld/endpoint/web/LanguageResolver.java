package org.ogpld.endpoint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The visitor's language, Azerbaijani or English: {@code ?lang=az|en} first, then the first of the two in
 * {@code Accept-Language} (by q-value), else English. Pages show labels in it and fall back to the other.
 */
final class LanguageResolver implements LocaleResolver {

    static final Locale AZERBAIJANI = Locale.forLanguageTag("az");
    static final List<Locale> SUPPORTED = List.of(AZERBAIJANI, Locale.ENGLISH);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        if (chosen != null) {
            for (Locale locale : SUPPORTED) {
                if (locale.getLanguage().equals(chosen)) {
                    return locale;
                }
            }
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException ex) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen per request with ?lang=az|en");
    }
}
