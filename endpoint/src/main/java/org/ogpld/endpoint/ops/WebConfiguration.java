package org.ogpld.endpoint.ops;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.List;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS, for {@code ogpld.cors.allowed-origins} (default any): the dataset's SPARQL and graph store endpoints for
 * every method; every Linked Data read ({@link #READS}) and the operations' reads for GET and HEAD. Responses expose
 * the headers a client of those reads needs ({@code ETag}, {@code Link}, {@code Content-Location},
 * {@code Location}); credentials are never allowed, since reads are anonymous and writes take a token header.
 * Also: no error page after a response that has started.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The Linked Data reads a browser application on another origin may make. */
    static final List<String> READS = List.of("/id/**", "/doc/**", "/ns", "/ns.ttl", "/ns/**", "/harvest",
            "/harvest/**", "/catalog", "/.well-known/void", "/dump/**", "/sitemap.xml", "/search");

    private static final String[] EXPOSED = {"ETag", "Last-Modified", "Link", "Content-Location", "Location",
        "Content-Type", "Retry-After"};

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
                    .exposedHeaders(EXPOSED)
                    .allowCredentials(false)
                    .maxAge(3600);
        }
        for (String path : READS) {
            allowOrigins(registry.addMapping(path)).allowedMethods("GET", "HEAD").allowedHeaders("*")
                    .exposedHeaders(EXPOSED).allowCredentials(false).maxAge(3600);
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
