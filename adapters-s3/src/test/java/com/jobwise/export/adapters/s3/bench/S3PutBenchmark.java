package com.jobwise.export.adapters.s3.bench;

import com.jobwise.export.adapters.s3.S3ObjectStore;
import com.jobwise.export.adapters.s3.S3ProxyFixture;
import com.jobwise.export.adapters.s3.S3Settings;
import com.jobwise.export.adapters.s3.WireTap;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Cost of one {@link S3ObjectStore#put} (the export's upload) against the in-process S3Proxy the contract
 * tests use. Not a test: run by hand, see docs/s3-put-path.md.
 *
 * <p>Single thread: for each payload size, {@code warm} PUTs, then {@code n} measured PUTs of the same key;
 * per PUT the calling thread's CPU time ({@code ThreadMXBean.getCurrentThreadCpuTime}) and allocated bytes
 * ({@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}); median and 90th percentile printed. The
 * S3 server runs in this JVM on Jetty threads, so "server" is the CPU of every other Java thread over the
 * run divided by {@code n} (the server's signature and checksum checks, the in-memory store); "process" is
 * the whole JVM (with GC and JIT) divided by {@code n}. Then {@code threads} threads PUT concurrently,
 * reporting PUTs per second and process CPU per PUT.
 *
 * <p>Arguments ({@code key=value}): {@code n} (default 2000), {@code warm} (3000), {@code threads} (32),
 * {@code concurrentPuts} (4000), {@code sizes} in KiB (60,200), {@code wire=true} to print the first bytes of
 * one PUT as sent and the connections 32 threads open, {@code payloadSigning=auto|always} (the {@code S3Settings}
 * option), {@code http=default|urlconnection} (the store's own Apache client, or the JDK URLConnection client it
 * used before).
 */
public final class S3PutBenchmark {
    private static final String BUCKET = "bench-exports";
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOC =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private S3PutBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int n = intArg(args, "n", 2000);
        int warm = intArg(args, "warm", 3000);
        int threads = intArg(args, "threads", 32);
        int concurrentPuts = intArg(args, "concurrentPuts", 4000);
        int[] sizesKiB = Arrays.stream(arg(args, "sizes", "60,200").split(",")).mapToInt(Integer::parseInt).toArray();
        boolean wire = Boolean.parseBoolean(arg(args, "wire", "false"));
        UnaryOperator<S3Settings> tune = SettingsTuning.from(args);
        String http = arg(args, "http", "default");
        java.util.function.Function<S3Settings, S3ObjectStore> stores = "urlconnection".equals(http)
                ? s -> S3ObjectStore.create(s, software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder()
                        .connectionTimeout(S3ObjectStore.CONNECT_TIMEOUT).socketTimeout(S3ObjectStore.READ_TIMEOUT))
                : S3ObjectStore::create;

        System.out.printf("java %s, %d CPUs, load average %.2f%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
        try (S3ProxyFixture server = S3ProxyFixture.start()) {
            S3Settings settings = tune.apply(server.settings(BUCKET));
            System.out.println("settings: " + settings + ", http client: " + http);
            if (wire) {
                try (WireTap tap = WireTap.start(server.endpoint());
                     S3ObjectStore tapped = stores.apply(settings.withEndpoint(tap.endpoint()))) {
                    tapped.ensureBucketExists();
                    tapped.put("exports/wire/a.pdf", payload(60 * 1024), "application/pdf");
                    tap.requestHeads().stream().filter(h -> h.startsWith("PUT /" + BUCKET + "/exports"))
                            .forEach(h -> System.out.println("---- wire ----\n" + h.replace("\r", "")));
                    // connections opened when `threads` threads PUT at once (HTTP keep-alive reuse)
                    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                        byte[] bytes = payload(60 * 1024);
                        for (int round = 1; round <= 2; round++) {
                            int before = tap.connections();
                            runConcurrently(tapped, bytes, 60, pool, threads, threads * 20);
                            System.out.printf("connections opened by %d threads x 20 PUTs (round %d): %d%n",
                                    threads, round, tap.connections() - before);
                        }
                    }
                }
            }
            try (S3ObjectStore store = stores.apply(settings)) {
                store.ensureBucketExists();
                for (int kib : sizesKiB) {
                    single(store, payload(kib * 1024), kib, warm, n);
                }
                for (int kib : sizesKiB) {
                    concurrent(store, payload(kib * 1024), kib, threads, concurrentPuts);
                }
            }
        }
        System.out.printf("load average at the end %.2f%n", OS.getSystemLoadAverage());
    }

    private static void single(S3ObjectStore store, byte[] bytes, int kib, int warm, int n) {
        String key = "exports/bench/single-" + kib + ".pdf";
        long self = Thread.currentThread().threadId();
        for (int i = 0; i < warm; i++) {
            store.put(key, bytes, "application/pdf");
        }
        long[] cpu = new long[n];
        long[] alloc = new long[n];
        long othersBefore = otherThreadsCpu(self);
        long processBefore = OS.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long a0 = ALLOC.getThreadAllocatedBytes(self);
            store.put(key, bytes, "application/pdf");
            alloc[i] = ALLOC.getThreadAllocatedBytes(self) - a0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        long wall = System.nanoTime() - wallBefore;
        long process = OS.getProcessCpuTime() - processBefore;
        long others = otherThreadsCpu(self) - othersBefore;
        Arrays.sort(cpu);
        Arrays.sort(alloc);
        System.out.printf("single %3d KiB x%d: client CPU median %6.1f us p90 %6.1f us | client alloc median %7.1f KiB"
                        + " p90 %7.1f KiB | server threads %6.1f us/PUT | process %6.1f us/PUT | wall %6.1f us/PUT"
                        + " | load %.2f%n",
                kib, n, cpu[n / 2] / 1e3, cpu[n * 9 / 10] / 1e3, alloc[n / 2] / 1024.0, alloc[n * 9 / 10] / 1024.0,
                others / 1e3 / n, process / 1e3 / n, wall / 1e3 / n, OS.getSystemLoadAverage());
    }

    private static void concurrent(S3ObjectStore store, byte[] bytes, int kib, int threads, int puts) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            runConcurrently(store, bytes, kib, pool, threads, puts / 2); // warm the connections and the code
            long processBefore = OS.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            runConcurrently(store, bytes, kib, pool, threads, puts);
            long wall = System.nanoTime() - wallBefore;
            long process = OS.getProcessCpuTime() - processBefore;
            System.out.printf("%2d threads %3d KiB x%d: %7.0f PUT/s | process CPU %6.1f us/PUT | load %.2f%n",
                    threads, kib, puts, puts / (wall / 1e9), process / 1e3 / puts, OS.getSystemLoadAverage());
        }
    }

    private static void runConcurrently(S3ObjectStore store, byte[] bytes, int kib, ExecutorService pool,
                                        int threads, int puts) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String key = "exports/bench/concurrent-" + kib + "-" + t + ".pdf";
            int share = puts / threads + (t < puts % threads ? 1 : 0);
            done.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    store.put(key, bytes, "application/pdf");
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }

    private static long otherThreadsCpu(long self) {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            if (id != self) {
                long t = THREADS.getThreadCpuTime(id);
                if (t > 0) {
                    sum += t;
                }
            }
        }
        return sum;
    }

    /** A PDF-like payload: a PDF header and incompressible bytes. */
    private static byte[] payload(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    static String arg(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(arg(args, name, Integer.toString(fallback)));
    }
}
