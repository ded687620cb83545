package org.ogpld.endpoint.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ogpld.endpoint.OgpldApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A running endpoint with the fixture and writes enabled by {@link #TOKEN}, for tests that publish data; shared by
 * the classes so annotated, apart from the read-only fixture server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ogpld.store.in-memory=true",
            "ogpld.load=src/test/resources/org/ogpld/endpoint/ld/fixture.trig",
            "ogpld.security.token=" + WritableServer.TOKEN})
public @interface WritableServer {

    /** The bearer token that admits writes. */
    String TOKEN = "linked-data-tests";
}
