package org.thirdspace.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** Small process and port helpers for {@link ElasticsearchNode}. */
public final class NodeProcesses {

    private NodeProcesses() {
    }

    /** The pid in an Elasticsearch pid file ({@code -p}), if the text holds one. */
    public static OptionalLong parsePid(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long pid = Long.parseLong(t);
        return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    /** The pid in a pid file, or empty when the file is missing or unreadable. */
    public static OptionalLong readPidFile(Path file) {
        try {
            return Files.isRegularFile(file) ? parsePid(Files.readString(file)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The full command line of a process: {@code /proc/<pid>/cmdline} when available (works for
     * other users' processes as root), else what the JDK reports.
     */
    public static Optional<String> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                byte[] raw = Files.readAllBytes(proc);
                if (raw.length > 0) {
                    return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip());
                }
            }
        } catch (IOException ignored) {
            // fall through to the JDK's view
        }
        return process.info().commandLine();
    }

    /** Whether a command line refers to the given directory (as a path prefix of one of its words). */
    public static boolean mentions(String commandLine, Path dir) {
        String d = dir.toAbsolutePath().normalize().toString();
        int at = commandLine.indexOf(d);
        while (at >= 0) {
            int end = at + d.length();
            if (end == commandLine.length() || commandLine.charAt(end) == '/' || Character.isWhitespace(commandLine.charAt(end))) {
                return true;
            }
            at = commandLine.indexOf(d, at + 1);
        }
        return false;
    }

    /** Two free TCP ports on the loopback interface (the OS may of course hand them out again). */
    public static int[] freeLoopbackPorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                s.setReuseAddress(true);
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free loopback port", e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }

    /**
     * Ends processes politely (SIGTERM), waits up to {@code grace}, then kills what is left
     * (SIGKILL) and waits a little more. Returns the processes still alive afterwards.
     */
    public static List<ProcessHandle> terminate(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        awaitExit(alive, grace);
        List<ProcessHandle> stubborn = alive.stream().filter(ProcessHandle::isAlive).toList();
        stubborn.forEach(ProcessHandle::destroyForcibly);
        awaitExit(stubborn, Duration.ofSeconds(10));
        return stubborn.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** Waits until all processes have exited or the time is up. */
    public static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle p : processes) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception ignored) {
                // timed out or failed: the caller checks isAlive
            }
        }
    }

    /** A process and all its descendants, the process first. */
    public static List<ProcessHandle> withDescendants(ProcessHandle process) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process);
        process.descendants().forEach(all::add);
        return all;
    }

}
