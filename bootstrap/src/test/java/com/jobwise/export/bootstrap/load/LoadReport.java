package com.jobwise.export.bootstrap.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load run written down: the Markdown of {@code docs/benchmarks.md}'s "Whole service under load" section (between
 * {@code <!-- load:begin -->} and {@code <!-- load:end -->}, so that a rerun replaces only it) and its targets.
 */
final class LoadReport {
    static final String BEGIN = "<!-- load:begin -->";
    static final String END = "<!-- load:end -->";
    static final String HEADING = "## Whole service under load";

    /** One level: what the clients saw and the CPU (nanoseconds) each process spent in its measured period. */
    record Level(ExportClients.LevelResult result, long serviceCpu, long s3Cpu, long postgresCpu, long driverCpu,
                 long maxRssBytes, double loadBefore, double loadAfter, Map<String, Long> serviceThreads) {
        /** Milliseconds of {@code cpuNanos} per successful export (NaN without one). */
        double perExport(long cpuNanos) {
            return result.exports() == 0 ? Double.NaN : cpuNanos / 1e6 / result.exports();
        }

        double totalPerExport() {
            return perExport(serviceCpu + s3Cpu + postgresCpu + driverCpu);
        }

        /** Cores the four processes kept busy on average over the measured period. */
        double coresUsed() {
            return (serviceCpu + s3Cpu + postgresCpu + driverCpu) / 1e9 / result.seconds();
        }
    }

    /**
     * Start-up: process start to readiness, the first export after it, the median of the {@code warmCount} next ones
     * ({@code nextMedianMillis}) and of {@code warmCount} more after {@code warmUp} of exports with
     * {@code warmUpClients} clients ({@code warmMedianMillis}, the warm figure).
     */
    record StartUp(Duration toReadiness, double firstExportMillis, double nextMedianMillis, double warmMedianMillis,
                   int warmCount, Duration warmUp, int warmUpClients, long rssAfterStartBytes,
                   double compilerShareAtEnd) {
    }

    /** Everything the section shows. {@code weasyPrint} is null when {@code weasyPrintMissing} says why. */
    record Run(Instant date, String commit, String machine, double[] loadAtStart, String jdk, String postgres,
               String jvmOptions, List<String> settings, String sample, String template, Duration warmUp,
               Duration measured, StartUp startUp, List<Level> levels, RenderCost.Figures render,
               RenderCost.Figures weasyPrint, String weasyPrintVersion, String weasyPrintMissing, String profile,
               String png) {
    }

    private LoadReport() {
    }

    /** The section's body (markers included). */
    static String markdown(Run run) {
        StringBuilder md = new StringBuilder();
        md.append(BEGIN).append('\n');
        md.append("""
                `scripts/load.sh` measures the service as an operator deploys it: the packaged jar started as its own
                process (`java [@bootstrap/jvm.options] -jar bootstrap/target/export-service.jar`) on PostgreSQL (a fresh
                database per run) and S3Proxy as a second JVM (`org.gaul.s3proxy.Main`, filesystem store, AWS v4
                signatures), configured by environment variables only. A Java driver (`LoadDriver`, bootstrap test
                sources, package `load`) times the first exports after start-up, imports the sample once per user, warms
                the service up (exports from 8 clients, not recorded, until the JIT compilers have settled: on two
                cores they take more than a core for the first minute), then for each level runs that many closed-loop
                clients, each its own user exporting its own generation to PDF (`POST /api/v1/exports/pdf`, JDK
                HttpClient, HTTP/1.1, 10 s timeout) again as soon as the previous export answered: a warm-up, then a
                measured period. Each export renders the PDF, checks it (ATS), uploads it to S3, takes the per-user quota
                lock, inserts the row and spends one unit of the PostgreSQL-backed rate limit. Latencies are of successful exports (HdrHistogram); a 503 with `Retry-After` counts as
                rejected, anything else that is not 2xx as an error. CPU per export is each process's user + system time
                (`/proc/<pid>/stat`) over the measured period divided by the successful exports: the service JVM, the
                S3Proxy JVM, PostgreSQL (the run database's backends, the background processes and the postmaster;
                other databases' sessions left out) and the driver itself. Clients, service, S3 server and PostgreSQL
                share the same cores.

                The service runs with its flight recorder (Java samples every 20 ms, `--no-profile` to leave it out): the
                report shows where its CPU goes per level, by component and by thread.

                Rerun: `scripts/load.sh` (options `--levels 1,8,32,64`, `--seconds 20`, `--warmup 5`,
                `--no-weasyprint`, `--no-profile`); it rewrites this section and `docs/benchmarks-load.png`, and keeps
                the run's logs and the flight recording (`service.jfr`) under `target/load-run/`.

                """);
        md.append(String.format(Locale.ROOT, "### Run of %s, commit %s%n%n",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(run.date()),
                run.commit()));
        md.append("| | |\n|---|---|\n");
        md.append(String.format(Locale.ROOT, "| machine | %s; load average %s at the start |%n", run.machine(),
                loads(run.loadAtStart())));
        md.append("| JDK | ").append(run.jdk()).append(" |\n");
        md.append("| PostgreSQL | ").append(run.postgres()).append(" |\n");
        md.append("| service JVM options | ").append(run.jvmOptions()).append(" |\n");
        md.append("| service settings | ").append(String.join(", ", run.settings().stream()
                .map(s -> "`" + s + "`").toList())).append(" |\n");
        md.append(String.format(Locale.ROOT, "| document | `%s`, template `%s` with its defaults, %d pages |%n",
                run.sample(), run.template(), run.render().pages()));
        md.append(String.format(Locale.ROOT, "| periods | %d s warm-up (not recorded), then %d s measured, per level |%n%n",
                run.warmUp().toSeconds(), run.measured().toSeconds()));
        levels(md, run);
        md.append("\n![Throughput and p99 latency against clients](").append(run.png()).append(")\n\n");
        threads(md, run);
        if (run.profile() != null) {
            md.append("**Where the service's time goes** (its flight recording, samples of Java code taken in each "
                    + "level's measured period; a sample counts for the first of these components found in its "
                    + "stack, so PDFBox called by the ATS check counts as the ATS check, and the rest goes to the server or service code of its innermost frame):\n\n");
            md.append(run.profile()).append('\n');
        }
        startUpAndRender(md, run);
        targets(md, run);
        md.append(END).append('\n');
        return md.toString();
    }

    private static void levels(StringBuilder md, Run run) {
        md.append("| clients | exports | exports/s | p50 ms | p95 ms | p99 ms | max ms | errors | rejected "
                + "| CPU ms/export: service | S3 server | PostgreSQL | driver | total | service ÷ render "
                + "| cores busy | max RSS MB | load avg (start → end) |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        Map<String, Long> errors = new TreeMap<>();
        for (Level level : run.levels()) {
            ExportClients.LevelResult r = level.result();
            md.append(String.format(Locale.ROOT,
                    "| %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f "
                            + "| %.2f | %d | %.1f → %.1f |%n",
                    r.clients(), r.exports(), r.throughput(), r.millis(50), r.millis(95), r.millis(99), r.maxMillis(),
                    r.errorCount(), r.rejected(), level.perExport(level.serviceCpu()), level.perExport(level.s3Cpu()),
                    level.perExport(level.postgresCpu()), level.perExport(level.driverCpu()), level.totalPerExport(),
                    level.perExport(level.serviceCpu()) / run.render().cpuMillis(), level.coresUsed(),
                    level.maxRssBytes() >> 20,
                    level.loadBefore(), level.loadAfter()));
            r.errors().forEach((name, count) -> errors.merge(r.clients() + " clients: " + name, count, Long::sum));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        md.append(String.format(Locale.ROOT, "%n\"cores busy\" is the four processes' CPU time over the measured "
                + "period's length: what the run got of the %d cores (the load average tells what else ran). With all %d "
                + "cores to themselves, the measured total CPU per export would allow at most ", cores, cores));
        md.append(String.join(", ", run.levels().stream().map(l -> String.format(Locale.ROOT, "%.0f exports/s at %d "
                + "client%s", cores * 1000 / l.totalPerExport(), l.result().clients(), l.result().clients() == 1 ? "" : "s")).toList())).append(".\n");
        if (!errors.isEmpty()) {
            md.append("\nErrors by kind: ");
            md.append(String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                    .toList())).append(".\n");
        }
    }

    /** The service's CPU per export by thread group: request threads, compilers, the collector, Netty. */
    private static void threads(StringBuilder md, Run run) {
        Map<String, Long> total = new TreeMap<>();
        run.levels().forEach(l -> l.serviceThreads().forEach((g, n) -> total.merge(g, n, Long::sum)));
        long all = total.values().stream().mapToLong(Long::longValue).sum();
        if (all == 0) {
            return;
        }
        List<String> shown = total.entrySet().stream().filter(e -> e.getValue() >= all / 50)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        md.append("**The service's CPU by thread** (`/proc/<pid>/task`, threads grouped by name; ms of CPU per export; "
                + "virtual threads run on the `ForkJoinPool` carriers):\n\n| thread group |");
        run.levels().forEach(l -> md.append(' ').append(l.result().clients()).append(" clients |"));
        md.append('\n').append("|---|").append("---:|".repeat(run.levels().size())).append('\n');
        for (String group : shown) {
            md.append("| ").append(group).append(" |");
            run.levels().forEach(l -> md.append(String.format(Locale.ROOT, " %.1f |",
                    l.perExport(l.serviceThreads().getOrDefault(group, 0L)))));
            md.append('\n');
        }
        md.append("| others |");
        run.levels().forEach(l -> md.append(String.format(Locale.ROOT, " %.1f |", l.perExport(l.serviceThreads()
                .entrySet().stream().filter(e -> !shown.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum()))));
        md.append("\n\n");
    }

    private static void startUpAndRender(StringBuilder md, Run run) {
        StartUp s = run.startUp();
        md.append("**Start-up.** ").append(String.format(Locale.ROOT,
                "Process start to `/health/readiness` 200: %.1f s (RSS then %d MB). First export after readiness "
                        + "(one user, its generation imported just before): %.0f ms; the next %d, one after another: "
                        + "median %.0f ms; %d more after %d s of exports with %d clients, when the JIT compilers had "
                        + "settled to %.0f %% of a core (the warm service, before the levels): median %.0f ms. "
                        + "First ÷ warm = %.2f.%n%n",
                s.toReadiness().toMillis() / 1000.0, s.rssAfterStartBytes() >> 20, s.firstExportMillis(), s.warmCount(),
                s.nextMedianMillis(), s.warmCount(), s.warmUp().toSeconds(), s.warmUpClients(),
                s.compilerShareAtEnd() * 100, s.warmMedianMillis(), s.firstExportMillis() / s.warmMedianMillis()));
        RenderCost.Figures render = run.render();
        md.append("**Rendering alone.** ").append(String.format(Locale.ROOT,
                "The service's PDF renderer called in the driver's JVM after the run (FreeMarker XHTML, Flying Saucer "
                        + "layout and PDF, embedded `resume.json`, ATS check with PDFBox; median of %d renders after a "
                        + "warm-up of 300 by default): %.1f ms of CPU (rendering thread, ThreadMXBean), %.1f ms wall. The column "
                        + "\"service ÷ render\" is the service's CPU per export over this.%n%n",
                render.renders(), render.cpuMillis(), render.wallMillis()));
        md.append("**WeasyPrint on the same XHTML.** ");
        if (run.weasyPrint() == null) {
            md.append("Not measured: ").append(run.weasyPrintMissing()).append(".\n\n");
            return;
        }
        RenderCost.Figures w = run.weasyPrint();
        md.append(String.format(Locale.ROOT,
                "The XHTML the template produces for this document, with the same font files declared by "
                        + "`@font-face`, rendered to PDF by WeasyPrint %s in one Python process (median of %d renders "
                        + "after a warm-up; interpreter start-up not counted), against our render + check above:%n%n",
                run.weasyPrintVersion(), w.renders()));
        md.append("| engine | CPU ms per PDF | wall ms per PDF | pages |\n|---|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| Flying Saucer render + ATS check (from the content) | %.1f | %.1f | %d |%n",
                render.cpuMillis(), render.wallMillis(), render.pages()));
        md.append(String.format(Locale.ROOT, "| WeasyPrint %s (from the XHTML) | %.1f | %.1f | %d |%n%n",
                run.weasyPrintVersion(), w.cpuMillis(), w.wallMillis(), w.pages()));
        md.append(String.format(Locale.ROOT, "WeasyPrint takes %.0f× the CPU of our render + check (%.0f× the wall time).%n%n",
                w.cpuMillis() / render.cpuMillis(), w.wallMillis() / render.wallMillis()));
    }

    private static void targets(StringBuilder md, Run run) {
        md.append("**Against the targets** (issue 14; measured on the machine and load stated above):\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        Level at32 = run.levels().stream().filter(l -> l.result().clients() == 32).findFirst().orElse(null);
        if (at32 == null) {
            md.append("| ≥ 100 PDF exports/s at 32 clients, p99 ≤ 600 ms, 0 errors | 32 clients not run | — |\n");
            md.append("| service CPU per export ≤ 2× render + check (32 clients) | 32 clients not run | — |\n");
        } else {
            ExportClients.LevelResult r = at32.result();
            boolean met = r.throughput() >= 100 && r.millis(99) <= 600 && r.errorCount() == 0 && r.rejected() == 0;
            md.append(String.format(Locale.ROOT, "| ≥ 100 PDF exports/s at 32 clients, p99 ≤ 600 ms, 0 errors "
                            + "| %.1f/s, p99 %.0f ms, %d errors, %d rejected | %s |%n",
                    r.throughput(), r.millis(99), r.errorCount(), r.rejected(), met ? "yes" : "no"));
            double ratio = at32.perExport(at32.serviceCpu()) / run.render().cpuMillis();
            md.append(String.format(Locale.ROOT, "| service CPU per export ≤ 2× render + check (32 clients) "
                    + "| %.1f ms ÷ %.1f ms = %.2f× | %s |%n", at32.perExport(at32.serviceCpu()),
                    run.render().cpuMillis(), ratio, ratio <= 2 ? "yes" : "no"));
        }
        if (run.weasyPrint() == null) {
            md.append("| render + check ≥ 30× faster than WeasyPrint | not measured: ").append(run.weasyPrintMissing())
                    .append(" | — |\n");
        } else {
            double ratio = run.weasyPrint().cpuMillis() / run.render().cpuMillis();
            md.append(String.format(Locale.ROOT, "| render + check ≥ 30× faster than WeasyPrint (CPU) | %.0f× | %s |%n",
                    ratio, ratio >= 30 ? "yes" : "no"));
        }
        StartUp s = run.startUp();
        double first = s.firstExportMillis() / s.warmMedianMillis();
        md.append(String.format(Locale.ROOT, "| first export after start ≤ 1.5× a warm one | %.0f ms ÷ %.0f ms = %.2f× | %s |%n",
                s.firstExportMillis(), s.warmMedianMillis(), first, first <= 1.5 ? "yes" : "no"));
        long maxRss = run.levels().stream().mapToLong(Level::maxRssBytes).max().orElse(0);
        md.append(String.format(Locale.ROOT, "| service RSS under load ≤ 400 MB | %d MB (max over the levels) | %s |%n%n",
                maxRss >> 20, maxRss <= 400L << 20 ? "yes" : "no"));
        double worstLoad = run.levels().stream().mapToDouble(l -> Math.max(l.loadBefore(), l.loadAfter())).max().orElse(0);
        int cores = Runtime.getRuntime().availableProcessors();
        if (worstLoad > cores) {
            md.append(String.format(Locale.ROOT, "The 1-minute load average reached %.1f on %d cores during this run, "
                    + "partly from the run itself; where it exceeds what the run explains, other work shared the cores "
                    + "and the figures are a floor. Rerun on a quiet machine for the service's own figures.%n%n",
                    worstLoad, cores));
        }
    }

    private static String loads(double[] load) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f (1 / 5 / 15 min)", load[0], load[1], load[2]);
    }

    /**
     * Puts {@code section} (markers included) into {@code doc}: in place of the previous one between the markers,
     * else in place of the body of the "Whole service under load" section, else at the end.
     */
    static void replaceSection(Path doc, String section) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated;
        if (begin >= 0 && end > begin) {
            int after = end + END.length();
            if (after < text.length() && text.charAt(after) == '\n') {
                after++;
            }
            updated = text.substring(0, begin) + section + text.substring(after);
        } else {
            int heading = text.indexOf(HEADING + "\n");
            if (heading >= 0) {
                int bodyStart = heading + HEADING.length() + 1;
                int next = text.indexOf("\n## ", bodyStart);
                String rest = next < 0 ? "" : text.substring(next + 1);
                updated = text.substring(0, bodyStart) + "\n" + section + (rest.isEmpty() ? "" : "\n" + rest);
            } else {
                updated = text + (text.endsWith("\n") ? "\n" : "\n\n") + HEADING + "\n\n" + section;
            }
        }
        Files.writeString(doc, updated);
    }
}
