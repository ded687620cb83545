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
@SpringBootApplication
@ConfigurationPropertiesScan
public class OgpldApplication {

    /** Starts the endpoint with Spring Boot arguments ({@code --name=value}) and returns its running context. */
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(OgpldApplication.class, args);
    }
}
