package com.jobwise.export.adapters.s3.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder in front of an HTTP server that keeps the first bytes each connection sends
 * (request line, headers, the start of the body), so a benchmark can show what the SDK really puts on the
 * wire. One thread per direction per connection; for a handful of requests only.
 */
final class WireTap implements AutoCloseable {
    private static final int KEPT_BYTES = 1200;

    private final ServerSocket listener;
    private final List<String> captured = new CopyOnWriteArrayList<>();

    private WireTap(ServerSocket listener, URI target) {
        this.listener = listener;
        Thread.ofPlatform().daemon().name("wiretap-accept").start(() -> accept(target));
    }

    /** Listens on a free loopback port and forwards every connection to {@code target}'s host and port. */
    static WireTap start(URI target) throws IOException {
        return new WireTap(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), target);
    }

    /** {@code http://127.0.0.1:<port>} of the forwarder. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** The first {@value #KEPT_BYTES} bytes (ISO-8859-1) of each client-to-server stream seen so far. */
    List<String> captured() {
        return List.copyOf(captured);
    }

    private void accept(URI target) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(target.getHost(), target.getPort());
                Thread.ofPlatform().daemon().start(() -> pump(client, server, true));
                Thread.ofPlatform().daemon().start(() -> pump(server, client, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean keep) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (keep) {
                    // one capture per request: a new request line after a finished one starts a new entry
                    int room = KEPT_BYTES - head.size();
                    if (room > 0) {
                        head.write(buffer, 0, Math.min(room, n));
                        if (head.size() == KEPT_BYTES) {
                            captured.add(head.toString(StandardCharsets.ISO_8859_1));
                        }
                    } else if (startsRequest(buffer, n)) {
                        head.reset();
                        head.write(buffer, 0, Math.min(KEPT_BYTES, n));
                        if (head.size() == KEPT_BYTES) {
                            captured.add(head.toString(StandardCharsets.ISO_8859_1));
                        }
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // connection closed
        } finally {
            if (keep && head.size() > 0 && head.size() < KEPT_BYTES) {
                captured.add(head.toString(StandardCharsets.ISO_8859_1));
            }
            try {
                to.shutdownOutput();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private static boolean startsRequest(byte[] buffer, int n) {
        String start = new String(buffer, 0, Math.min(n, 8), StandardCharsets.ISO_8859_1);
        return start.startsWith("PUT ") || start.startsWith("GET ") || start.startsWith("HEAD ")
                || start.startsWith("POST ") || start.startsWith("DELETE ");
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
