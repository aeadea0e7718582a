package com.jobwise.export.adapters.s3;

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
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP forwarder in front of an HTTP/1.1 server that reads the client's requests as they pass
 * (keep-alive connections, {@code Content-Length} bodies): it keeps each request's head, counts connections,
 * and can flip the first byte of every PUT body to prove the server notices. For tests and benchmarks with a
 * handful of requests; two platform threads per connection.
 */
public final class WireTap implements AutoCloseable {
    private final ServerSocket listener;
    private final boolean tamper;
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private WireTap(ServerSocket listener, URI target, boolean tamper) {
        this.listener = listener;
        this.tamper = tamper;
        Thread.ofPlatform().daemon().name("wiretap-accept").start(() -> accept(target));
    }

    /** Forwards every connection on a free loopback port to {@code target}'s host and port, unchanged. */
    public static WireTap start(URI target) throws IOException {
        return new WireTap(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), target, false);
    }

    /** Like {@link #start}, but flips every bit of the first body byte of each PUT on its way. */
    public static WireTap tampering(URI target) throws IOException {
        return new WireTap(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), target, true);
    }

    /** {@code http://127.0.0.1:<port>} of the forwarder. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Request line and headers (CRLF line ends) of every request seen so far, in order. */
    public List<String> requestHeads() {
        return List.copyOf(heads);
    }

    /** TCP connections the client opened so far. */
    public int connections() {
        return connections.get();
    }

    private void accept(URI target) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                Socket server = new Socket(target.getHost(), target.getPort());
                Thread.ofPlatform().daemon().start(() -> requests(client, server));
                Thread.ofPlatform().daemon().start(() -> pump(server, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Client to server: parses heads and skips bodies by Content-Length, flipping a PUT body's first byte. */
    private void requests(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            long bodyLeft = 0;
            boolean flipNext = false;
            int last4 = 0;
            int b;
            byte[] buffer = new byte[16 * 1024];
            while (true) {
                if (bodyLeft > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, bodyLeft));
                    if (n < 0) {
                        return;
                    }
                    if (flipNext) {
                        buffer[0] = (byte) ~buffer[0];
                        flipNext = false;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    bodyLeft -= n;
                    continue;
                }
                if ((b = in.read()) < 0) {
                    return;
                }
                head.write(b);
                last4 = (last4 << 8) | b;
                if (last4 == 0x0D0A0D0A) {
                    String text = head.toString(StandardCharsets.ISO_8859_1);
                    heads.add(text);
                    bodyLeft = contentLength(text);
                    flipNext = tamper && text.startsWith("PUT ") && bodyLeft > 0;
                    out.write(head.toByteArray());
                    out.flush();
                    head.reset();
                    last4 = 0;
                }
            }
        } catch (IOException e) {
            // connection closed
        } finally {
            shutdownOutput(to);
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // connection closed
        } finally {
            shutdownOutput(to);
        }
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring("content-length:".length()).strip());
            }
        }
        return 0;
    }

    private static void shutdownOutput(Socket socket) {
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
