package org.ogpld.endpoint.ops;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS: the dataset's endpoints are open to {@code ogpld.cors.allowed-origins} (default any), ops to reads; and
 * no error page after a response that has started.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String[] origins;

    WebConfiguration(OgpldProperties properties) {
        this.origins = properties.cors().allowedOrigins().toArray(String[]::new);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/ogp", "/ogp/**"}) {
            allowOrigins(registry.addMapping(path))
                    .allowedMethods("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS")
                    .allowedHeaders("*")
                    .exposedHeaders("Location", "Content-Type", "Retry-After")
                    .maxAge(3600);
        }
        allowOrigins(registry.addMapping("/$/**")).allowedMethods("GET", "HEAD");
    }

    /** Registered for error dispatches (forwarded or included) only: see {@link CommittedErrorFilter}. */
    @Bean
    static FilterRegistrationBean<CommittedErrorFilter> committedErrorFilter() {
        FilterRegistrationBean<CommittedErrorFilter> registration = new FilterRegistrationBean<>(
                new CommittedErrorFilter());
        registration.setDispatcherTypes(DispatcherType.ERROR, DispatcherType.INCLUDE);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** {@code *} answers {@code Access-Control-Allow-Origin: *}; other entries may be patterns. */
    private CorsRegistration allowOrigins(CorsRegistration registration) {
        return Arrays.asList(origins).contains("*") ? registration.allowedOrigins("*")
                : registration.allowedOriginPatterns(origins);
    }
}
