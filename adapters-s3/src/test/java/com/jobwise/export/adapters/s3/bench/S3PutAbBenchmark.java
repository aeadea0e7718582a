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

import java.lang.management.ManagementFactory;
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
 * {@code rounds} (20), {@code block} PUTs per variant and round (100), {@code warm} PUTs per variant (2000).
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
        try (S3ProxyFixture server = S3ProxyFixture.start();
             S3Client before = beforeClient(server);
             S3ObjectStore after = S3ObjectStore.create(server.settings(BUCKET));
             S3ObjectStore afterApache = S3ObjectStore.create(server.settings(BUCKET), ApacheHttpClient.builder()
                     .connectionTimeout(S3ObjectStore.CONNECT_TIMEOUT).socketTimeout(S3ObjectStore.READ_TIMEOUT))) {
            after.ensureBucketExists();
            for (int kib : sizesKiB) {
                byte[] bytes = payload(kib * 1024);
                String key = "exports/ab/" + kib + ".pdf";
                Map<String, Consumer<byte[]>> variants = new LinkedHashMap<>();
                variants.put("before", b -> before.putObject(r -> r.bucket(BUCKET).key(key).contentType("application/pdf")
                        .contentLength((long) b.length), RequestBody.fromBytes(b)));
                variants.put("after", b -> after.put(key, b, "application/pdf"));
                variants.put("after-apache", b -> afterApache.put(key, b, "application/pdf"));
                compare(variants, bytes, kib, rounds, block, warm);
            }
        }
        System.out.printf("load average at the end %.2f%n", OS.getSystemLoadAverage());
    }

    /** The client S3ObjectStore.create built before issue 14 (SDK defaults for checksums and chunking). */
    private static S3Client beforeClient(S3ProxyFixture server) {
        return S3Client.builder().region(Region.of(S3ProxyFixture.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3ProxyFixture.IDENTITY, S3ProxyFixture.CREDENTIAL)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .endpointOverride(server.endpoint())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(S3ObjectStore.CONNECT_TIMEOUT).socketTimeout(S3ObjectStore.READ_TIMEOUT))
                .build();
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
