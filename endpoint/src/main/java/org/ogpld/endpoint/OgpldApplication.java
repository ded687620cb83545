package org.ogpld.endpoint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application behind {@code ogpld serve}.
 *
 * <pre>{@code
 * ConfigurableApplicationContext context = OgpldApplication.start("--server.port=3030");
 * }</pre>
 */
// Micrometer's Logback metrics install a turbo filter that every isTraceEnabled() of every logger goes through (TDB2
// asks on each block read): 1.4 % of request CPU in a profile, for a count of log events per level.
@SpringBootApplication(excludeName =
        "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration")
@ConfigurationPropertiesScan
public class OgpldApplication {

    /** Starts the endpoint with Spring Boot arguments ({@code --name=value}) and returns its running context. */
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(OgpldApplication.class, args);
    }
}
