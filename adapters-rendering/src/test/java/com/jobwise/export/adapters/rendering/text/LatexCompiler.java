package com.jobwise.export.adapters.rendering.text;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Test helper: compiles a LaTeX source with the installed {@code pdflatex} in a fresh temporary directory, with
 * shell escape off, paranoid file access ({@code openin_any=p}, {@code openout_any=p}), non-interactive and a
 * 90-second timeout, and reads the PDF's text with {@code pdftotext}. Tests that call it are skipped (JUnit
 * assumption) when either tool or the Latin Modern fonts are missing ({@code scripts/ensure-tools.sh} installs
 * them).
 */
public final class LatexCompiler {
    private static final boolean AVAILABLE = probe();

    private LatexCompiler() {
    }

    /** Whether pdflatex, lmodern and pdftotext are installed. */
    public static boolean available() {
        return AVAILABLE;
    }

    /** Skips the calling test when the tools are missing. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(AVAILABLE, "pdflatex, lmodern or pdftotext not installed (scripts/ensure-tools.sh)");
    }

    private static boolean probe() {
        try {
            return run(List.of("pdflatex", "-version"), null).exitCode == 0
                    && run(List.of("kpsewhich", "lmodern.sty"), null).exitCode == 0
                    && run(List.of("pdftotext", "-v"), null).exitCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The PDF pdflatex makes of {@code tex}; fails the test with pdflatex's log when it does not compile. */
    public static byte[] compile(byte[] tex) {
        assumeAvailable();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("export-tex-");
            Files.write(dir.resolve("document.tex"), tex);
            Result result = run(List.of("pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error",
                    "-file-line-error", "document.tex"), dir);
            Path pdf = dir.resolve("document.pdf");
            if (result.exitCode != 0 || !Files.exists(pdf)) {
                throw new AssertionError("pdflatex failed (exit " + result.exitCode + "):\n" + tail(result.output));
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new AssertionError("pdflatex could not run", e);
        } finally {
            delete(dir);
        }
    }

    /** The text {@code pdftotext} reads from {@code pdf}, ligatures expanded, whitespace collapsed to spaces. */
    public static String text(byte[] pdf) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("export-pdf-");
            Files.write(dir.resolve("document.pdf"), pdf);
            Result result = run(List.of("pdftotext", "-enc", "UTF-8", "document.pdf", "document.txt"), dir);
            if (result.exitCode != 0) {
                throw new AssertionError("pdftotext failed: " + result.output);
            }
            return Files.readString(dir.resolve("document.txt"), StandardCharsets.UTF_8)
                    .replace("ﬁ", "fi").replace("ﬂ", "fl").replace("ﬀ", "ff").replace("ﬃ", "ffi").replace("ﬄ", "ffl")
                    .replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new AssertionError("pdftotext could not run", e);
        } finally {
            delete(dir);
        }
    }

    /** The page count of a PDF (PDFBox). */
    public static int pages(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Path dir) throws IOException {
        Path log = Files.createTempFile("export-tool-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (dir != null) {
                builder.directory(dir.toFile());
            }
            builder.environment().put("openin_any", "p");
            builder.environment().put("openout_any", "p");
            builder.environment().put("shell_escape", "f");
            Process process = builder.start();
            try {
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(command.get(0) + " timed out after 90 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new AssertionError("interrupted", e);
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String tail(String log) {
        return log.length() > 3000 ? log.substring(log.length() - 3000) : log;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
