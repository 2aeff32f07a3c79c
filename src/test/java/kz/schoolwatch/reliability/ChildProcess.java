// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashChild} JVM and the complete lines it printed. A line cut off by the kill (no newline yet) does not
 * count: the save it would announce was never reported.
 */
final class ChildProcess implements AutoCloseable {

    /** Start-up flags that trade peak speed for a quicker start; the child lives a second or two. */
    private static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Xmx256m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Dlogback.configurationFile=quiet-logback.xml");

    private final Process process;
    private final long startNanos = System.nanoTime();
    private final List<String> lines = new ArrayList<>();
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> readLines(process.getInputStream()), "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a child on {@code folder}; its standard error (warnings, stack traces) is appended to {@code log}. */
    static ChildProcess start(Path folder, int run, ReliabilityFixture.Seed seed, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                folder.toString(), Integer.toString(run), seed.toArg()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildProcess(p);
    }

    long pid() {
        return process.pid();
    }

    /** Milliseconds since the JVM was started. */
    long ageMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Waits for a line starting with {@code prefix}; null when the child ends or the time runs out first. */
    String await(String prefix, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            String line = queue.poll(Math.min(left, 50_000_000), TimeUnit.NANOSECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !process.isAlive() && !reader.isAlive() && queue.isEmpty()) {
                return null;
            }
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hooks, no H2 close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Asks for a clean stop (closes its standard input) and waits for the exit code. */
    int stop(long timeoutMillis) throws InterruptedException, IOException {
        process.getOutputStream().close();
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    /** Every complete line, once the process has ended and its output is drained. */
    List<String> lines() throws InterruptedException {
        reader.join(10_000);
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private void readLines(InputStream in) {
        StringBuilder current = new StringBuilder();
        char[] buf = new char[8192];
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            int n;
            while ((n = r.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        String line = current.toString();
                        current.setLength(0);
                        synchronized (lines) {
                            lines.add(line);
                        }
                        queue.add(line);
                    } else {
                        current.append(buf[i]);
                    }
                }
            }
        } catch (IOException ignored) {
            // the pipe breaks when the process is killed; what was read so far stands
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
