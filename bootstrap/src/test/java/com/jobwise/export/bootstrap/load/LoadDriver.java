package com.jobwise.export.bootstrap.load;

import com.jobwise.export.adapters.rest.TestTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark of {@code scripts/load.sh} (a plain {@code main}, not a test): deploys the service
 * ({@link Deployment}), measures start-up and the first export, drives it level by level with closed-loop clients
 * ({@link ExportClients}) while reading each process's CPU and the service's RSS from {@code /proc}, then measures
 * the renderer in-process and WeasyPrint on the same XHTML ({@link RenderCost}) and writes the report
 * ({@link LoadReport}, {@link LoadChart}). Options are {@code --name=value}; see {@code scripts/load.sh}.
 */
public final class LoadDriver {
    /** Timeout of the sequential exports around start-up (a cold export on a loaded machine can take seconds). */
    private static final Duration SEQUENTIAL_TIMEOUT = Duration.ofSeconds(60);
    private final Map<String, String> options;
    private final ProcStats proc;
    /** The measured window of each level run so far (for the service profile). */
    private final List<ServiceProfile.Window> windows = new ArrayList<>();

    private LoadDriver(Map<String, String> options) {
        this.options = options;
        this.proc = new ProcStats(Long.parseLong(option("clk-tck", "100")));
    }

    /** Runs the benchmark; exits with status 1 and a message when a part cannot start. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        // children die with this JVM, whatever ends it (load.sh also stops the pids it finds in the run directory)
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                ProcessHandle.current().children().forEach(ProcessHandle::destroy)));
        try {
            new LoadDriver(options).run();
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.exit(1);
        }
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing option --" + name + "=...");
        }
        return value;
    }

    private void run() throws Exception {
        Instant date = Instant.now();
        double[] loadAtStart = ProcStats.loadAverage();
        Path runDir = Files.createDirectories(Path.of(required("run-dir")));
        List<Integer> levels = Arrays.stream(option("levels", "1,8,32,64").split(",")).map(String::trim)
                .map(Integer::parseInt).toList();
        Duration warmUp = Duration.ofSeconds(Long.parseLong(option("warmup", "5")));
        Duration measured = Duration.ofSeconds(Long.parseLong(option("seconds", "20")));
        long maxRequests = Long.parseLong(option("max-requests", "100000"));
        Path sample = Path.of(option("sample", "examples/generations/resume-backend-engineer.json"));
        byte[] sampleBytes = Files.readAllBytes(sample);
        String java = ProcessHandle.current().info().command().orElse("java");
        String pgHost = option("pg-host", "127.0.0.1");
        String pgPort = option("pg-port", "5432");
        String database = required("database");
        Path jvmOptions = Path.of(option("jvm-options", "bootstrap/jvm.options"));

        boolean profile = Boolean.parseBoolean(option("profile", "true"));
        Path recording = profile ? runDir.resolve("service.jfr") : null;
        List<LoadReport.Level> results = new ArrayList<>();
        LoadReport.StartUp startUp;
        String postgresVersion;
        try (PostgresCpu postgres = new PostgresCpu("jdbc:postgresql://" + pgHost + ":" + pgPort + "/postgres",
                "postgres", database, proc);
             Deployment deployment = new Deployment(runDir)) {
            postgresVersion = postgres.version();
            say("starting S3Proxy and the service (logs in %s)", runDir);
            var s3 = deployment.startS3(java, Files.readString(Path.of(required("s3-classpath-file"))).trim());
            Duration toReady = deployment.startService(java, Path.of(required("jar")), jvmOptions,
                    "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database, s3, recording);
            long rssAfterStart = ProcStats.rssBytes(deployment.servicePid());
            ExportClients clients = new ExportClients(deployment.base());
            String firstUser = "load-first-" + UUID.randomUUID().toString().substring(0, 8);
            String firstToken = token(deployment, firstUser);
            ExportClients.User first = new ExportClients.User(firstUser, firstToken,
                    clients.importGeneration(firstToken, sampleBytes));
            ExportClients.Outcome firstExport = clients.export(first, SEQUENTIAL_TIMEOUT);
            check(firstExport);
            int warmCount = Integer.parseInt(option("warm-exports", "20"));
            double next = sequentialMedian(clients, first, warmCount);
            say("ready after %.1f s; first export %.0f ms, median of the next %d %.0f ms", toReady.toMillis() / 1000.0,
                    firstExport.nanos() / 1e6, warmCount, next);

            int maxClients = levels.stream().mapToInt(Integer::intValue).max().orElse(1);
            List<ExportClients.User> users = users(clients, deployment, sampleBytes, maxClients);
            // the JIT compiles for a minute or more on two cores: warm up until the compilers have (nearly) settled,
            // so the levels measure the steady state, not the compilers
            Duration jitMin = Duration.ofSeconds(Long.parseLong(option("jit-warmup", "10")));
            Duration jitMax = Duration.ofSeconds(Long.parseLong(option("jit-warmup-max", "150")));
            double settled = Double.parseDouble(option("jit-settled", "0.10"));
            int jitClients = Math.min(8, maxClients);
            long jitStarted = System.nanoTime();
            double compilerShare = Double.NaN;
            if (!jitMax.isZero()) {
                say("warming up with %d clients until the JIT compilers use under %.0f %% of a core (at most %d s), "
                        + "not recorded", jitClients, settled * 100, jitMax.toSeconds());
                while (true) {
                    long compilerBefore = compilerNanos(deployment);
                    long chunkStarted = System.nanoTime();
                    clients.run(jitClients, users, Duration.ofSeconds(5), Duration.ZERO, maxRequests,
                            new ExportClients.Window() {
                                @Override
                                public void opened() {
                                }

                                @Override
                                public void closed() {
                                }
                            });
                    compilerShare = (compilerNanos(deployment) - compilerBefore) / (double) (System.nanoTime() - chunkStarted);
                    Duration spent = Duration.ofNanos(System.nanoTime() - jitStarted);
                    if ((spent.compareTo(jitMin) >= 0 && compilerShare < settled) || spent.compareTo(jitMax) >= 0) {
                        break;
                    }
                }
            }
            Duration jitWarmUp = Duration.ofNanos(System.nanoTime() - jitStarted);
            say("warmed up for %d s; the compilers used %.0f %% of a core in its last 5 s", jitWarmUp.toSeconds(),
                    compilerShare * 100);
            double warm = sequentialMedian(clients, first, warmCount);
            startUp = new LoadReport.StartUp(toReady, firstExport.nanos() / 1e6, next, warm, warmCount, jitWarmUp,
                    jitClients, rssAfterStart, compilerShare);
            say("warm: median of %d sequential exports %.0f ms", warmCount, warm);
            RssSampler rss = new RssSampler(deployment.servicePid());
            Thread sampler = Thread.ofPlatform().daemon().name("rss-sampler").start(rss);
            try {
                for (int level : levels) {
                    results.add(level(clients, users, level, warmUp, measured, maxRequests, deployment, postgres, rss,
                            windows));
                }
            } finally {
                sampler.interrupt();
            }
            say("stopping the service and S3Proxy");
        }

        String profileTable = null;
        if (recording != null && Files.isRegularFile(recording) && !windows.isEmpty()) {
            try {
                profileTable = ServiceProfile.markdown(ServiceProfile.read(recording, windows));
            } catch (IOException | RuntimeException e) {
                System.err.println("load: the service's flight recording could not be read (" + e + ")");
            }
        }

        RenderCost render = new RenderCost(sample);
        say("timing the renderer in-process");
        RenderCost.Figures renderFigures = render.renderAndCheck(Integer.parseInt(option("render-warmup", "300")),
                Integer.parseInt(option("renders", "100")));
        RenderCost.Figures weasy = null;
        String weasyVersion = null;
        String weasyMissing = option("weasyprint-missing", "no Python with WeasyPrint was given");
        String python = options.get("weasyprint");
        if (python != null && !python.isBlank()) {
            say("timing WeasyPrint on the same XHTML");
            try {
                Path xhtml = render.writeXhtml(Files.createDirectories(runDir.resolve("weasyprint")));
                weasyVersion = RenderCost.weasyPrintVersion(python);
                weasy = RenderCost.weasyPrint(python, xhtml, Integer.parseInt(option("weasy-warmup", "3")),
                        Integer.parseInt(option("weasy-renders", "10")));
            } catch (IOException e) {
                weasyMissing = "WeasyPrint failed: " + e.getMessage();
            }
        }

        Path png = Path.of(option("png", "docs/benchmarks-load.png"));
        Path doc = Path.of(option("doc", "docs/benchmarks.md"));
        String commit = option("commit", "unknown");
        int cores = Runtime.getRuntime().availableProcessors();
        LoadReport.Run run = new LoadReport.Run(date, commit,
                String.format(Locale.ROOT, "%d cores (%s), %.1f GiB RAM", cores, ProcStats.cpuModel(),
                        ProcStats.memTotalBytes() / (double) (1L << 30)),
                loadAtStart, System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + Runtime.version(), postgresVersion, jvmOptionsText(jvmOptions), Deployment.reportedSettings(),
                sample.getFileName().toString(), render.templateId(), warmUp, measured, startUp, results,
                renderFigures, weasy, weasyVersion, weasyMissing, profileTable,
                doc.toAbsolutePath().getParent().relativize(png.toAbsolutePath()).toString());
        try {
            LoadChart.write(results, String.format(Locale.ROOT, "%s, commit %s, %d cores, %d s per level, load average %.1f at the start",
                    date.toString().substring(0, 16).replace('T', ' ') + " UTC", commit, cores, measured.toSeconds(),
                    loadAtStart[0]), png);
        } catch (RuntimeException | Error e) {
            System.err.println("load: the plot could not be drawn (" + e + "); the report links a missing image");
        }
        String section = LoadReport.markdown(run);
        Files.writeString(runDir.resolve("report.md"), section);
        LoadReport.replaceSection(doc, section);
        say("wrote %s and %s", doc, png);
        System.out.println();
        System.out.println(section);
    }

    /** The median duration (ms) of {@code count} exports of {@code user}, one after another. */
    private static double sequentialMedian(ExportClients clients, ExportClients.User user, int count)
            throws IOException, InterruptedException {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            ExportClients.Outcome outcome = clients.export(user, SEQUENTIAL_TIMEOUT);
            check(outcome);
            millis[i] = outcome.nanos() / 1e6;
        }
        return RenderCost.median(millis);
    }

    private static void check(ExportClients.Outcome outcome) throws IOException {
        if (!outcome.succeeded()) {
            throw new IOException("an export failed before the load started: " + outcome.errorName()
                    + "; see the service log");
        }
    }

    private List<ExportClients.User> users(ExportClients clients, Deployment deployment, byte[] sample, int count)
            throws IOException, InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ExportClients.User> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "load-" + run + "-" + i;
            String token = token(deployment, id);
            users.add(new ExportClients.User(id, token, clients.importGeneration(token, sample)));
        }
        return users;
    }

    private static String token(Deployment deployment, String user) {
        return TestTokens.hs256(deployment.jwtSecret(), TestTokens.claims(user, Instant.now().plus(Duration.ofHours(3))));
    }

    private LoadReport.Level level(ExportClients clients, List<ExportClients.User> users, int count, Duration warmUp,
                                   Duration measured, long maxRequests, Deployment deployment, PostgresCpu postgres,
                                   RssSampler rss, List<ServiceProfile.Window> windows) throws InterruptedException {
        Instant[] window = new Instant[2];
        List<Map<String, Long>> threads = new ArrayList<>();
        double loadBefore = ProcStats.loadAverage()[0];
        long self = ProcessHandle.current().pid();
        long[] before = new long[3];
        long[] after = new long[3];
        List<Map<Long, Long>> pg = new ArrayList<>();
        ExportClients.LevelResult result = clients.run(count, users, warmUp, measured, maxRequests,
                new ExportClients.Window() {
                    @Override
                    public void opened() {
                        pg.add(postgres.snapshot());
                        before[0] = proc.cpuNanos(deployment.servicePid());
                        before[1] = proc.cpuNanos(deployment.s3Pid());
                        before[2] = proc.cpuNanos(self);
                        rss.reset();
                        threads.add(proc.cpuNanosByThreadGroup(deployment.servicePid()));
                        window[0] = Instant.now();
                    }

                    @Override
                    public void closed() {
                        after[0] = proc.cpuNanos(deployment.servicePid());
                        after[1] = proc.cpuNanos(deployment.s3Pid());
                        after[2] = proc.cpuNanos(self);
                        pg.add(postgres.snapshot());
                        threads.add(proc.cpuNanosByThreadGroup(deployment.servicePid()));
                        window[1] = Instant.now();
                    }
                });
        if (window[0] != null && window[1] != null) {
            windows.add(new ServiceProfile.Window(count, window[0], window[1]));
        }
        LoadReport.Level level = new LoadReport.Level(result, after[0] - before[0], after[1] - before[1],
                PostgresCpu.between(pg.get(0), pg.get(1)), after[2] - before[2], rss.max(), loadBefore,
                ProcStats.loadAverage()[0], threads.size() == 2 ? difference(threads.get(0), threads.get(1)) : Map.of());
        say("%2d clients: %5d exports, %6.1f/s, p50 %4.0f ms, p99 %5.0f ms, %d errors, %d rejected, "
                        + "service CPU %.1f ms/export, RSS max %d MB, load %.1f",
                count, result.exports(), result.throughput(), result.millis(50), result.millis(99),
                result.errorCount(), result.rejected(), level.perExport(level.serviceCpu()), rss.max() >> 20,
                level.loadAfter());
        return level;
    }

    /** CPU time of the service's JIT compiler threads so far. */
    private long compilerNanos(Deployment deployment) {
        return proc.cpuNanosByThreadGroup(deployment.servicePid()).entrySet().stream()
                .filter(e -> e.getKey().contains("CompilerThre")).mapToLong(Map.Entry::getValue).sum();
    }

    /** {@code after - before} per key (threads that started in between count from zero). */
    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> difference = new java.util.TreeMap<>();
        after.forEach((group, nanos) -> difference.put(group, Math.max(0, nanos - before.getOrDefault(group, 0L))));
        return difference;
    }

    private static String jvmOptionsText(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "none: JVM defaults (no `" + file + "`)";
        }
        List<String> lines = Files.readAllLines(file).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        return "`@" + file + "`: `" + String.join(" ", lines) + "`";
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "load: " + format + "%n", args);
    }

    /** Samples the service's RSS every 250 ms; {@link #max()} since the last {@link #reset()}. */
    private static final class RssSampler implements Runnable {
        private final long pid;
        private final AtomicLong max = new AtomicLong();

        RssSampler(long pid) {
            this.pid = pid;
        }

        void reset() {
            max.set(ProcStats.rssBytes(pid));
        }

        long max() {
            return Math.max(max.get(), ProcStats.rssBytes(pid));
        }

        @Override
        public void run() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    long now = ProcStats.rssBytes(pid);
                    max.accumulateAndGet(now, Math::max);
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
