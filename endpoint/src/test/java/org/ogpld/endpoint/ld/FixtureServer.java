package org.ogpld.endpoint.ld;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ogpld.endpoint.OgpldApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A running endpoint on a random port with an in-memory store holding the fixture and writes disabled; every test
 * class so annotated shares one server (Spring caches the context), and none of them writes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ogpld.store.in-memory=true",
            "ogpld.load=src/test/resources/org/ogpld/endpoint/ld/fixture.trig"})
public @interface FixtureServer {}
