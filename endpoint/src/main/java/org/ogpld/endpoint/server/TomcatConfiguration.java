package org.ogpld.endpoint.server;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds how long and how many requests Tomcat reads ({@link ConnectionSettings}): the idle timeout on headers,
 * bodies and kept-alive connections, the total time for headers ({@link WatchedHttp11Protocol}), the body deadline and the number of bodies read at once
 * ({@link RequestBodyValve}), and the optional operations connector with its own threads.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(TomcatConfiguration.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestBounds(ConnectionSettings settings) {
        return factory -> {
            RequestBodyValve valve = new RequestBodyValve(settings.bodyTimeout(), settings.maxBodies());
            factory.setProtocol(WatchedHttp11Protocol.class.getName());
            factory.addEngineValves(valve);
            factory.addConnectorCustomizers(connector -> idleTimeouts(connector, settings));
            if (settings.opsPort() != null) {
                Connector operations = new Connector(WatchedHttp11Protocol.class.getName());
                operations.setPort(settings.opsPort());
                idleTimeouts(operations, settings);
                AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) operations.getProtocolHandler();
                protocol.setMaxThreads(settings.opsThreads());
                protocol.setMinSpareThreads(1);
                protocol.setMaxConnections(64);
                factory.addAdditionalConnectors(operations);
                valve.operations(operations);
                LOG.info("Operations connector: /$/ping, /$/stats, /$/metrics, /actuator/health on port {}, {} threads",
                        settings.opsPort(), settings.opsThreads());
            }
        };
    }

    private static void idleTimeouts(Connector connector, ConnectionSettings settings) {
        AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
        int idle = Math.toIntExact(settings.idleTimeout().toMillis());
        protocol.setConnectionTimeout(idle);
        protocol.setKeepAliveTimeout(idle);
        protocol.setConnectionUploadTimeout(idle);
        protocol.setDisableUploadTimeout(false);
        ((WatchedHttp11Protocol) protocol).headerTimeout(settings.headerTimeout());
    }
}
