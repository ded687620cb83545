package org.ogpld.endpoint.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The visitor's language for pages and their messages ({@code messages.properties}, {@code messages_az}). */
@Configuration(proxyBeanMethods = false)
class WebPagesConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }
}
