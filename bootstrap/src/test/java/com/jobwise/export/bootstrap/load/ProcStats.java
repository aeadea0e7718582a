package com.jobwise.export.bootstrap.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Linux {@code /proc} readings of the load run: CPU time of a process, its resident memory, the machine's load
 * average, cores and memory. Every reading of a process that has gone answers 0 rather than failing, so a process
 * ending between two snapshots only loses its own share.
 */
public final class ProcStats {
    private final long ticksPerSecond;

    /** @param ticksPerSecond the kernel's clock ticks per second ({@code getconf CLK_TCK}, usually 100) */
    public ProcStats(long ticksPerSecond) {
        this.ticksPerSecond = ticksPerSecond;
    }

    /** CPU time (user + system) of process {@code pid} so far, in nanoseconds; 0 when it is gone. */
    public long cpuNanos(long pid) {
        long[] fields = statFields(pid);
        return fields == null ? 0 : ticksToNanos(fields[11] + fields[12]);
    }

    /**
     * CPU time (user + system) of the waited-for children of {@code pid} ({@code cutime + cstime}), in nanoseconds;
     * 0 when it is gone.
     */
    public long childrenCpuNanos(long pid) {
        long[] fields = statFields(pid);
        return fields == null ? 0 : ticksToNanos(fields[13] + fields[14]);
    }

    /** The parent process id of {@code pid}, or -1 when it is gone. */
    public long parent(long pid) {
        long[] fields = statFields(pid);
        return fields == null ? -1 : fields[1];
    }

    /** Sum of {@link #cpuNanos} over {@code pids}. */
    public long cpuNanos(Collection<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            sum += cpuNanos(pid);
        }
        return sum;
    }

    /** Resident set size (VmRSS) of {@code pid} in bytes, or 0 when it is gone. */
    public static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** The 1-, 5- and 15-minute load averages ({@code /proc/loadavg}). */
    public static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
    }

    /** Total memory of the machine in bytes ({@code MemTotal}), or 0 when unknown. */
    public static long memTotalBytes() {
        return meminfo("MemTotal:");
    }

    /** The CPU's model name ({@code /proc/cpuinfo}), or "unknown". */
    public static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static long meminfo(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private long ticksToNanos(long ticks) {
        return ticks * 1_000_000_000L / ticksPerSecond;
    }

    /**
     * The numeric fields of {@code /proc/<pid>/stat} after the command name, indexed as in proc(5) minus 3
     * (so [1] is ppid, [11] utime, [12] stime, [13] cutime, [14] cstime); null when the process is gone.
     */
    private static long[] statFields(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return null;
        }
        // the command name is in parentheses and may itself hold spaces or parentheses
        String[] parts = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long[] fields = new long[parts.length];
        for (int i = 1; i < parts.length; i++) {
            try {
                fields[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                fields[i] = 0;
            }
        }
        return fields;
    }

    /**
     * CPU time (user + system) of each thread group of process {@code pid}: threads grouped by name with digits and
     * trailing separators dropped ({@code C2 CompilerThread0} and {@code C2 CompilerThread1} are one group). A thread
     * that ended takes its time with it, so take the difference of two calls over a period of steady load.
     */
    public java.util.Map<String, Long> cpuNanosByThreadGroup(long pid) {
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (var threads = Files.list(tasks)) {
            for (Path task : threads.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] parts = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                    long ticks = Long.parseLong(parts[11]) + Long.parseLong(parts[12]);
                    groups.merge(threadGroup(name), ticksToNanos(ticks), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return groups;
        }
        return groups;
    }

    /** A thread name without its trailing number: the group it belongs to ({@code C2 CompilerThre}, 15 characters). */
    static String threadGroup(String name) {
        String group = name.replaceAll("[-_# ]*[0-9]+$", "").replaceAll("[-_# ]+$", "").trim();
        return group.isEmpty() ? name : group;
    }

    /** Process ids of {@code pids} that still exist. */
    static List<Long> alive(Collection<Long> pids) {
        return pids.stream().filter(pid -> Files.exists(Path.of("/proc", Long.toString(pid)))).toList();
    }
}
