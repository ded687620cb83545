package org.ogpld.endpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A running endpoint with an in-memory store and tight limits: queries time out after 3 s and at most two run at
 * once, updates time out after 2 s, writes take {@link #TOKEN}. Every test class so annotated shares one server
 * (Spring caches the context); each sets up the data it needs before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ogpld.store.in-memory=true", "ogpld.security.token=" + LimitedServer.TOKEN,
            "ogpld.query.timeout=3s", "ogpld.query.max-concurrent=2", "ogpld.update.timeout=2s"})
public @interface LimitedServer {

    String TOKEN = "limits-token";
    String BEARER = "Bearer " + TOKEN;
}
