package org.ogpld.endpoint.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.coyote.ActionCode;
import org.apache.coyote.Adapter;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 processor that can tell, on the request's own thread, whether the client has closed the
 * connection: a non-blocking read of one byte answers end-of-stream (or a reset) when it has, nothing when the
 * client is still waiting; a byte that did arrive (a pipelined request) is handed back to Tomcat unread. It looks
 * only once the request's body has been read whole, so it never takes a byte of the body. The processor offers this
 * as a {@link ClientConnection} in a note of its request, which {@link RequestBodyValve} passes to the application.
 */
final class WatchedHttp11Processor extends Http11Processor {

    /** The note of Tomcat's request that holds its {@link ClientConnection}; Tomcat itself uses only the first few. */
    static final int CLIENT_CONNECTION_NOTE = 30;

    WatchedHttp11Processor(AbstractHttp11Protocol<?> protocol, Adapter adapter) {
        super(protocol, adapter);
        request.setNote(CLIENT_CONNECTION_NOTE, (ClientConnection) this::clientGone);
    }

    private boolean clientGone() {
        SocketWrapperBase<?> socket = getSocketWrapper();
        if (socket == null || socket.isClosed()) {
            return true;
        }
        AtomicBoolean bodyRead = new AtomicBoolean();
        request.action(ActionCode.REQUEST_BODY_FULLY_READ, bodyRead);
        if (!bodyRead.get()) {
            return false;
        }
        ByteBuffer probe = ByteBuffer.allocate(1);
        try {
            if (socket.read(false, probe) > 0) {
                probe.flip();
                socket.unRead(probe);
            }
            return false;
        } catch (IOException ex) {
            return true;
        }
    }
}
