package org.ogpld.endpoint.ops;

import org.ogpld.endpoint.OgpldProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** CORS: the dataset's endpoints are open to {@code ogpld.cors.allowed-origins} (default any), ops to reads. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String[] origins;

    WebConfiguration(OgpldProperties properties) {
        this.origins = properties.cors().allowedOrigins().toArray(String[]::new);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/ogp", "/ogp/**"}) {
            registry.addMapping(path)
                    .allowedOriginPatterns(origins)
                    .allowedMethods("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS")
                    .allowedHeaders("*")
                    .exposedHeaders("Location", "Content-Type", "Retry-After")
                    .maxAge(3600);
        }
        registry.addMapping("/$/**").allowedOriginPatterns(origins).allowedMethods("GET", "HEAD");
    }
}
