package com.jobwise.export.bootstrap.load;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the service's CPU goes, from the Java Flight Recorder recording the service wrote
 * ({@code -XX:StartFlightRecording}, default settings: a Java execution sample every 20 ms per running thread): the
 * samples taken inside each level's measured window, each given to the first component in {@link #COMPONENTS}
 * that has a frame anywhere in its stack (so the ATS check's PDFBox calls count as the ATS check, the logging
 * encoder's JSON as logging), or else to the server or service code of its innermost frame, and the collector's
 * pauses in the same windows. Samples cover Java code only: the
 * JIT compilers and the collector's own threads are not sampled.
 */
final class ServiceProfile {
    /** Component name and the class-name prefixes whose frames mark it, in order of precedence. */
    static final Map<String, List<String>> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("ATS check (PDFBox text layer)", List.of("com.jobwise.export.adapters.rendering.ats."));
        COMPONENTS.put("logging (access log, JSON encoder)", List.of("ch.qos.logback.", "net.logstash."));
        COMPONENTS.put("S3 client (AWS SDK PUT)", List.of("software.amazon.awssdk."));
        COMPONENTS.put("database (JDBC, Hikari, Micronaut Data)", List.of("org.postgresql.", "com.zaxxer.hikari.",
                "io.micronaut.data.", "io.micronaut.transaction."));
        COMPONENTS.put("FreeMarker (XHTML from the template)", List.of("freemarker."));
        COMPONENTS.put("PDF writing (OpenPDF)", List.of("com.lowagie.", "org.openpdf."));
        COMPONENTS.put("layout (Flying Saucer)", List.of("org.xhtmlrenderer."));
        COMPONENTS.put("XHTML parsing", List.of("com.jobwise.export.adapters.rendering.pdf.SecureXhtmlParser",
                "com.sun.org.apache.xerces.", "org.apache.xerces."));
        COMPONENTS.put("PDFBox (embedded resume.json, other)", List.of("org.apache.pdfbox.", "org.apache.fontbox."));
        COMPONENTS.put("authentication (JWT)", List.of("com.nimbusds.", "io.micronaut.security."));
        COMPONENTS.put("JSON (request and response bodies)", List.of("io.micronaut.serde.", "io.micronaut.json.",
                "com.fasterxml.jackson."));
        COMPONENTS.put("HTTP server (Netty)", List.of("io.netty."));
        COMPONENTS.put("Micronaut (routing, filters)", List.of("io.micronaut."));
        COMPONENTS.put("service code (other)", List.of("com.jobwise.export."));
    }

    static final String OTHER = "JDK and other";

    /**
     * One level's profile.
     *
     * @param clients   the level's clients
     * @param samples   execution samples in its window
     * @param shares    share of the samples (0..1) per component, in {@link #COMPONENTS} order, then {@link #OTHER}
     * @param gcPauses  the collector's pauses in its window, summed
     * @param gcCount   collections in its window
     * @param window    the window's length
     */
    record Level(int clients, long samples, Map<String, Double> shares, Duration gcPauses, long gcCount,
                 Duration window) {
        /** The collector's pauses as a share of the window (0..1). */
        double gcShare() {
            return window.isZero() ? 0 : (double) gcPauses.toNanos() / window.toNanos();
        }
    }

    /** A measured window of a level. */
    record Window(int clients, Instant from, Instant to) {
        boolean holds(Instant t) {
            return !t.isBefore(from) && !t.isAfter(to);
        }
    }

    private ServiceProfile() {
    }

    /** Reads {@code recording} and profiles each window. */
    static List<Level> read(Path recording, List<Window> windows) throws IOException {
        int n = windows.size();
        long[] samples = new long[n];
        List<Map<String, Long>> counts = new ArrayList<>();
        long[] gcNanos = new long[n];
        long[] gcCount = new long[n];
        for (int i = 0; i < n; i++) {
            counts.add(new LinkedHashMap<>());
        }
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                boolean sample = type.equals("jdk.ExecutionSample");
                boolean gc = type.equals("jdk.GarbageCollection");
                if (!sample && !gc) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (!windows.get(i).holds(event.getStartTime())) {
                        continue;
                    }
                    if (gc) {
                        gcNanos[i] += event.getDuration("sumOfPauses").toNanos();
                        gcCount[i]++;
                    } else {
                        samples[i]++;
                        counts.get(i).merge(component(event.getStackTrace()), 1L, Long::sum);
                    }
                }
            }
        }
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (String name : names()) {
                shares.put(name, samples[i] == 0 ? 0 : counts.get(i).getOrDefault(name, 0L) / (double) samples[i]);
            }
            Window w = windows.get(i);
            levels.add(new Level(w.clients(), samples[i], shares, Duration.ofNanos(gcNanos[i]), gcCount[i],
                    Duration.between(w.from(), w.to())));
        }
        return levels;
    }

    /** Component names in report order. */
    static List<String> names() {
        List<String> names = new ArrayList<>(COMPONENTS.keySet());
        names.add(OTHER);
        return names;
    }

    /** Components given to a sample by its innermost frame (they sit under everything else in a stack). */
    static final List<String> BY_INNERMOST_FRAME = List.of("JSON (request and response bodies)",
            "HTTP server (Netty)", "Micronaut (routing, filters)", "service code (other)");

    /**
     * The first component in precedence order with a frame anywhere in {@code stack}; for the general components
     * ({@link #BY_INNERMOST_FRAME}: the server and our own code, which every request's stack holds) the one of the
     * innermost frame that belongs to any of them.
     */
    static String component(RecordedStackTrace stack) {
        if (stack == null) {
            return OTHER;
        }
        List<String> classes = stack.getFrames().stream().map(RecordedFrame::getMethod)
                .map(m -> m.getType().getName()).toList();
        for (Map.Entry<String, List<String>> component : COMPONENTS.entrySet()) {
            if (BY_INNERMOST_FRAME.contains(component.getKey())) {
                continue;
            }
            for (String type : classes) {
                if (matches(type, component.getValue())) {
                    return component.getKey();
                }
            }
        }
        for (String type : classes) { // innermost (leaf) frame first
            for (String name : BY_INNERMOST_FRAME) {
                if (matches(type, COMPONENTS.get(name))) {
                    return name;
                }
            }
        }
        return OTHER;
    }

    private static boolean matches(String type, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (type.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A Markdown table: a row per component, a column per level (share of samples), then the collector. */
    static String markdown(List<Level> levels) {
        StringBuilder md = new StringBuilder("| where the service's CPU samples fall |");
        levels.forEach(l -> md.append(' ').append(l.clients()).append(" clients |"));
        md.append('\n').append("|---|").append("---:|".repeat(levels.size())).append('\n');
        for (String name : names()) {
            md.append("| ").append(name).append(" |");
            levels.forEach(l -> md.append(String.format(Locale.ROOT, " %.1f %% |", 100 * l.shares().get(name))));
            md.append('\n');
        }
        md.append("| *execution samples* |");
        levels.forEach(l -> md.append(' ').append(l.samples()).append(" |"));
        md.append('\n').append("| *collector pauses, share of wall time (collections)* |");
        levels.forEach(l -> md.append(String.format(Locale.ROOT, " %.1f %% (%d) |", 100 * l.gcShare(), l.gcCount())));
        md.append('\n');
        return md.toString();
    }
}
