package org.govmeeting.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The built distribution unpacked into a folder and run as a real process, as an administrator
 * would run it: {@code bin/karaf server}, on ports of its own.
 */
final class Distribution implements AutoCloseable {
  final Path home;
  final int httpPort;
  private Process script;
  private final java.util.Map<String, String> environment = new java.util.HashMap<>();

  Distribution(Path folder) throws IOException, InterruptedException {
    String archive = System.getProperty("govmeeting.distribution");
    deleteRecursively(folder);
    Files.createDirectories(folder);
    run(folder.toAbsolutePath(), "tar", "xzf", archive, "--strip-components=1");
    this.home = folder.toAbsolutePath();
    this.httpPort = PlatformTestSupport.freePort();
    setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort);
    setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", PlatformTestSupport.freePort());
  }

  /** Sets a variable of the start script's environment (bin/setenv reads EXTRA_JAVA_OPTS). */
  Distribution environment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Starts Karaf and returns how long it took until the API answered an authenticated call. */
  Duration start() throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    launch();
    try {
      // A boot takes about 20 s here; CI's machine, with PostgreSQL and slapd beside it, has
      // been seen to need far longer once, so patience is generous and a failure says why.
      new Http(httpPort).await(Duration.ofSeconds(180));
    } catch (AssertionError notUp) {
      throw new AssertionError(notUp.getMessage() + "\n" + diagnosis(), notUp);
    }
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  /** What the log says went wrong: its last warnings and errors, and the console's last lines. */
  String diagnosis() {
    StringBuilder out = new StringBuilder();
    try {
      Path log = home.resolve("data/log/karaf.log");
      if (Files.exists(log)) {
        List<String> bad =
            Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("| WARN ") || l.contains("| ERROR "))
                .collect(java.util.stream.Collectors.toList());
        out.append("karaf.log, last warnings and errors:\n");
        bad.subList(Math.max(0, bad.size() - 30), bad.size())
            .forEach(l -> out.append("  ").append(l).append('\n'));
      } else {
        out.append("no karaf.log\n");
      }
      Path console = home.resolve("console.log");
      if (Files.exists(console)) {
        List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
        out.append("console.log, last lines:\n");
        lines
            .subList(Math.max(0, lines.size() - 15), lines.size())
            .forEach(l -> out.append("  ").append(l).append('\n'));
      }
      out.append("Java processes alive: ")
          .append(
              ProcessHandle.allProcesses()
                  .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                  .count());
    } catch (IOException | RuntimeException unreadable) {
      out.append("log unreadable: ").append(unreadable);
    }
    return out.toString();
  }

  /** Starts Karaf without waiting for anything (its database may be unavailable on purpose). */
  void launch() throws IOException {
    ProcessBuilder karaf =
        new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
    karaf.environment().putAll(environment);
    script = karaf.start();
  }

  /** Component failures in the log (activation cycles, failed instantiation), if any. */
  List<String> componentFailures() throws IOException {
    Path log = home.resolve("data/log/karaf.log");
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("resulted in a cycle") || l.contains("Error during instantiation"))
        .collect(java.util.stream.Collectors.toList());
  }

  /** The Karaf JVM: the java process the start script launched. */
  ProcessHandle jvm() {
    Optional<ProcessHandle> java =
        script
            .descendants()
            .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
            .findFirst();
    if (java.isPresent()) {
      return java.get();
    }
    return script.toHandle();
  }

  /** Kills the JVM with SIGKILL: no shutdown hook, no Derby shutdown, no flush. */
  void killHard() throws InterruptedException {
    ProcessHandle jvm = jvm();
    jvm.destroyForcibly();
    jvm.onExit().join();
    script.destroyForcibly();
    script.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (script != null && script.isAlive()) {
      // Waited for, so the next test's Karaf does not boot beside a dying one.
      ProcessHandle jvm = jvm();
      jvm.destroyForcibly();
      jvm.onExit().join();
      script.destroyForcibly();
      script.waitFor();
    }
  }

  private void setProperty(String file, String key, int value) throws IOException {
    Path p = home.resolve(file);
    List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
    lines.removeIf(l -> l.trim().startsWith(key + " ") || l.trim().startsWith(key + "="));
    lines.add(key + " = " + value);
    Files.write(p, lines, StandardCharsets.ISO_8859_1);
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed");
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
