package org.ogpld.endpoint.reconcile;

import org.ogpld.endpoint.OgpldProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Browser clients of the service (OpenRefine's suggest and preview) on other origins: reads only. */
@Configuration
class ReconcileWebConfiguration implements WebMvcConfigurer {

    private final String[] origins;

    ReconcileWebConfiguration(OgpldProperties properties) {
        this.origins = properties.cors().allowedOrigins().toArray(String[]::new);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/reconcile", "/reconcile/**"}) {
            registry.addMapping(path).allowedOriginPatterns(origins).allowedMethods("GET", "HEAD", "POST")
                    .allowedHeaders("*").allowCredentials(false).maxAge(3600);
        }
    }
}
