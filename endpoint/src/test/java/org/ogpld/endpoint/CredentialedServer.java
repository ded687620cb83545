package org.ogpld.endpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A running endpoint with an in-memory store whose writes take the bearer {@link #TOKEN} or the Basic user
 * {@link #USER} with {@link #PASSWORD} (a colon inside, as passwords may have), and whose answer cache is small
 * (64 KB, so at most 8 KB an answer). Every test class so annotated shares one server (Spring caches the context);
 * each sets up the data it needs before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ogpld.store.in-memory=true", "ogpld.security.token=" + CredentialedServer.TOKEN,
            "ogpld.security.users=" + CredentialedServer.USER + ":" + CredentialedServer.PASSWORD,
            "ogpld.query.cache-size=64KB"})
public @interface CredentialedServer {

    String TOKEN = "w3c-suite-token";
    String USER = "alice";
    String PASSWORD = "s3cr:et";
    String BEARER = "Bearer " + TOKEN;
}
