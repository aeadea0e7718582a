package com.jobwise.export.adapters.s3.bench;

import com.jobwise.export.adapters.s3.S3ObjectStore;
import com.jobwise.export.adapters.s3.S3ProxyFixture;
import com.jobwise.export.adapters.s3.S3Settings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import software.amazon.awssdk.http.TlsTrustManagersProvider;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The PUT path before and after issue 14 side by side in one JVM, in interleaved blocks, so that the load of
 * the shared machine weighs on every variant alike (a run of {@link S3PutBenchmark} per version cannot promise
 * that). Variants: {@code before} (the SDK call the store made before: default S3 client, i.e. aws-chunked
 * upload with per-chunk signatures and a CRC32 trailer, {@code RequestBody.fromBytes}), {@code after}
 * ({@link S3ObjectStore#create(S3Settings)}), {@code after-apache} (the same with the SDK's Apache client).
 *
 * <p>Per PUT: the calling thread's CPU time and allocated bytes (median, p90); per variant: CPU of all other
 * Java threads (the in-process S3 server) divided by its PUTs. Arguments: {@code sizes} in KiB (60,200),
 * {@code rounds} (20), {@code block} PUTs per variant and round (100), {@code warm} PUTs per variant (2000),
 * {@code https=true} (the server on TLS with a throw-away certificate; adds the {@code after-always} variant,
 * {@code payload-signing: always}), {@code threads=N} (N threads PUT at once; process CPU per PUT instead).
 */
public final class S3PutAbBenchmark {
    private static final String BUCKET = "bench-ab";
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOC =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private S3PutAbBenchmark() {
    }

    /** Runs the comparison; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(S3PutBenchmark.arg(args, "rounds", "20"));
        int block = Integer.parseInt(S3PutBenchmark.arg(args, "block", "100"));
        int warm = Integer.parseInt(S3PutBenchmark.arg(args, "warm", "2000"));
        int[] sizesKiB = Arrays.stream(S3PutBenchmark.arg(args, "sizes", "60,200").split(","))
                .mapToInt(Integer::parseInt).toArray();
        System.out.printf("java %s, %d CPUs, load average %.2f%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
        boolean https = Boolean.parseBoolean(S3PutBenchmark.arg(args, "https", "false"));
        int threads = Integer.parseInt(S3PutBenchmark.arg(args, "threads", "0"));
        try (HttpsS3Proxy tls = https ? HttpsS3Proxy.start() : null;
             S3ProxyFixture plain = https ? null : S3ProxyFixture.start()) {
            URI endpoint = https ? tls.endpoint() : plain.endpoint();
            TlsTrustManagersProvider trust = https ? tls.trust() : null;
            S3Settings settings = S3Settings.of(BUCKET, S3ProxyFixture.REGION).withEndpoint(endpoint)
                    .withStaticCredentials(S3ProxyFixture.IDENTITY, S3ProxyFixture.CREDENTIAL);
            System.out.println("endpoint " + endpoint);
            try (S3Client before = beforeClient(endpoint, trust);
                 S3ObjectStore after = S3ObjectStore.create(settings, urlConnection(trust));
                 S3ObjectStore afterAlways = S3ObjectStore.create(
                         settings.withPayloadSigning(S3Settings.PayloadSigning.ALWAYS), urlConnection(trust));
                 S3ObjectStore afterApache = S3ObjectStore.create(settings, ApacheHttpClient.builder()
                         .tlsTrustManagersProvider(trust)
                         .connectionTimeout(S3ObjectStore.CONNECT_TIMEOUT).socketTimeout(S3ObjectStore.READ_TIMEOUT))) {
                after.ensureBucketExists();
                for (int kib : sizesKiB) {
                    byte[] bytes = payload(kib * 1024);
                    Map<String, Function<String, Consumer<byte[]>>> variants = new LinkedHashMap<>();
                    variants.put("before", key -> b -> before.putObject(r -> r.bucket(BUCKET).key(key)
                            .contentType("application/pdf").contentLength((long) b.length), RequestBody.fromBytes(b)));
                    variants.put("after", key -> b -> after.put(key, b, "application/pdf"));
                    if (https) {
                        variants.put("after-always", key -> b -> afterAlways.put(key, b, "application/pdf"));
                    }
                    variants.put("after-apache", key -> b -> afterApache.put(key, b, "application/pdf"));
                    if (threads > 0) {
                        concurrent(variants, bytes, kib, rounds, block, threads);
                    } else {
                        Map<String, Consumer<byte[]>> single = new LinkedHashMap<>();
                        variants.forEach((name, put) -> single.put(name, put.apply("exports/ab/" + kib + ".pdf")));
                        compare(single, bytes, kib, rounds, block, warm);
                    }
                }
            }
        }
        System.out.printf("load average at the end %.2f%n", OS.getSystemLoadAverage());
    }

    /** The client S3ObjectStore.create built before issue 14 (SDK defaults for checksums and chunking). */
    private static S3Client beforeClient(URI endpoint, TlsTrustManagersProvider trust) {
        return S3Client.builder().region(Region.of(S3ProxyFixture.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3ProxyFixture.IDENTITY, S3ProxyFixture.CREDENTIAL)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .endpointOverride(endpoint)
                .httpClientBuilder(urlConnection(trust))
                .build();
    }

    private static UrlConnectionHttpClient.Builder urlConnection(TlsTrustManagersProvider trust) {
        return UrlConnectionHttpClient.builder().tlsTrustManagersProvider(trust)
                .connectionTimeout(S3ObjectStore.CONNECT_TIMEOUT).socketTimeout(S3ObjectStore.READ_TIMEOUT);
    }

    /**
     * {@code threads} threads PUT at once, each variant in turn for {@code block} PUTs per thread and round;
     * process CPU (client, server, GC, TLS on both ends) per PUT and PUTs per second per variant.
     */
    private static void concurrent(Map<String, Function<String, Consumer<byte[]>>> variants, byte[] bytes, int kib,
                                   int rounds, int block, int threads) throws Exception {
        Map<String, long[]> totals = new LinkedHashMap<>(); // process CPU ns, wall ns, PUTs
        variants.keySet().forEach(name -> totals.put(name, new long[3]));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int round = -1; round < rounds; round++) { // round -1 warms up
                for (Map.Entry<String, Function<String, Consumer<byte[]>>> variant : variants.entrySet()) {
                    long cpu0 = OS.getProcessCpuTime();
                    long wall0 = System.nanoTime();
                    List<Future<?>> done = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        Consumer<byte[]> put = variant.getValue().apply("exports/ab/" + kib + "-" + t + ".pdf");
                        done.add(pool.submit(() -> {
                            for (int i = 0; i < block; i++) {
                                put.accept(bytes);
                            }
                        }));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                    if (round >= 0) {
                        long[] total = totals.get(variant.getKey());
                        total[0] += OS.getProcessCpuTime() - cpu0;
                        total[1] += System.nanoTime() - wall0;
                        total[2] += (long) threads * block;
                    }
                }
            }
        }
        totals.forEach((name, t) -> System.out.printf("%3d KiB %-13s %d threads x%d: process CPU %6.1f us/PUT | %6.0f PUT/s%n",
                kib, name, threads, t[2], t[0] / 1e3 / t[2], t[2] / (t[1] / 1e9)));
        System.out.printf("%3d KiB load average %.2f%n", kib, OS.getSystemLoadAverage());
    }

    private static void compare(Map<String, Consumer<byte[]>> variants, byte[] bytes, int kib, int rounds, int block,
                                int warm) {
        long self = Thread.currentThread().threadId();
        variants.values().forEach(put -> {
            for (int i = 0; i < warm; i++) {
                put.accept(bytes);
            }
        });
        Map<String, List<long[]>> samples = new LinkedHashMap<>();
        Map<String, long[]> others = new LinkedHashMap<>();
        variants.keySet().forEach(name -> {
            samples.put(name, new ArrayList<>());
            others.put(name, new long[1]);
        });
        double loadBefore = OS.getSystemLoadAverage();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Consumer<byte[]>> variant : variants.entrySet()) {
                long othersBefore = otherThreadsCpu(self);
                for (int i = 0; i < block; i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long a0 = ALLOC.getThreadAllocatedBytes(self);
                    variant.getValue().accept(bytes);
                    long a = ALLOC.getThreadAllocatedBytes(self) - a0;
                    samples.get(variant.getKey()).add(new long[] {THREADS.getCurrentThreadCpuTime() - c0, a});
                }
                others.get(variant.getKey())[0] += otherThreadsCpu(self) - othersBefore;
            }
        }
        for (String name : variants.keySet()) {
            List<long[]> s = samples.get(name);
            long[] cpu = s.stream().mapToLong(x -> x[0]).sorted().toArray();
            long[] alloc = s.stream().mapToLong(x -> x[1]).sorted().toArray();
            int n = cpu.length;
            System.out.printf("%3d KiB %-13s x%d: client CPU median %6.1f us p90 %6.1f us | client alloc median %6.1f KiB"
                            + " | server threads %6.1f us/PUT%n", kib, name, n, cpu[n / 2] / 1e3, cpu[n * 9 / 10] / 1e3,
                    alloc[n / 2] / 1024.0, others.get(name)[0] / 1e3 / n);
        }
        System.out.printf("%3d KiB load average %.2f -> %.2f%n", kib, loadBefore, OS.getSystemLoadAverage());
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

    private static byte[] payload(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }
}
