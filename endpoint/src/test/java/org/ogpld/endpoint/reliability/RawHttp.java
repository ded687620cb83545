package org.ogpld.endpoint.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, read until the server closes: for what {@code java.net.http} will not
 * send (a {@code Host} header of the client's choosing) or would hide (how a response ends).
 */
final class RawHttp {

    private RawHttp() {}

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body}; returns all bytes. */
    static String exchange(int port, String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            String headers = head + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return new String(readToEnd(socket.getInputStream()), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (SocketException ex) {
            // A reset ends the exchange as a close does; what arrived is the answer.
        }
        return all.toByteArray();
    }
}
