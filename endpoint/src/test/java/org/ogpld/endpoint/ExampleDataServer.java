package org.ogpld.endpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A running endpoint with an in-memory store holding the example data, the seed publication and OGP's commitments
 * spreadsheet from {@code ../shared/data} (the test JVM's {@code ogpld.shared}), with writes disabled. Every test
 * class so annotated shares one server (Spring caches the context), and none of them writes: so they run beside the
 * other test classes.
 */
@Execution(ExecutionMode.CONCURRENT)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ogpld.store.in-memory=true",
            "ogpld.load=classpath:org/ogpld/examples/seed/round-table-2017.yaml,"
                + "${ogpld.shared}/data/ogp-commitments/open_parliament_0703.csv"})
public @interface ExampleDataServer {}
