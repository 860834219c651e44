package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * The platform installed into a stock Karaf 4.4 with nothing but the README's two console commands,
 * {@code feature:repo-add} and {@code feature:install}, typed through Karaf's own client.
 */
public class StockKarafIT {

  @Test
  public void installsIntoAStockKaraf() throws Exception {
    Path home = Path.of("target", "stock").toAbsolutePath();
    unzip(Path.of(System.getProperty("govmeeting.stock.karaf")), home);
    Path assembly = Path.of(System.getProperty("govmeeting.assembly")).toAbsolutePath();
    // The artifacts come from the distribution's system/ folder, laid out as a Maven repository,
    // as an administrator would use a district's internal repository.
    append(
        home.resolve("etc/org.ops4j.pax.url.mvn.cfg"),
        "org.ops4j.pax.url.mvn.defaultRepositories = file:${karaf.home}/${karaf.default.repository}"
            + "@id=system.repository@snapshots, file:"
            + assembly.resolve("system")
            + "@id=govmeeting@snapshots");
    // Our accounts (SHA-256 digests, as Karaf's JAAS encryption stores them), with the demo
    // password allowed, as README says; the stock Karaf keeps its own karaf/karaf for this test's
    // client, which our distribution does not ship.
    Files.copy(
        assembly.resolve("etc/users.properties"),
        home.resolve("etc/users.properties"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    append(home.resolve("etc/users.properties"), "karaf = karaf,_g_:admingroup");
    Path jaas = home.resolve("etc/org.apache.karaf.jaas.cfg");
    Files.writeString(
        jaas,
        Files.readString(jaas, StandardCharsets.ISO_8859_1)
            .replaceAll("(?m)^encryption\\.enabled\\s*=.*$", "encryption.enabled = true"),
        StandardCharsets.ISO_8859_1);
    int httpPort = PlatformTestSupport.freePort();
    int sshPort = PlatformTestSupport.freePort();
    append(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = " + httpPort);
    append(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = " + sshPort);
    append(
        home.resolve("etc/org.apache.karaf.management.cfg"),
        "rmiRegistryPort = "
            + PlatformTestSupport.freePort()
            + "\nrmiServerPort = "
            + PlatformTestSupport.freePort());

    ProcessBuilder server =
        new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("console.log").toFile());
    server
        .environment()
        .put("EXTRA_JAVA_OPTS", "-Djdk.util.zip.disableZip64ExtraFieldValidation=true");
    Process karaf = server.start();
    try {
      String version = System.getProperty("govmeeting.version");
      String out =
          client(
              home,
              sshPort,
              "feature:repo-add mvn:org.govmeeting/govmeeting-features/"
                  + version
                  + "/xml/features\nfeature:install govmeeting\n");
      // The features brought every module's settings (etc/<pid>.cfg, demo accounts off); the
      // administrator allows the demo passwords there, as README says.
      Path rest = home.resolve("etc/org.govmeeting.rest.cfg");
      awaitFile(rest, out);
      Files.writeString(
          rest,
          Files.readString(rest, StandardCharsets.ISO_8859_1)
              .replaceAll("(?m)^demoAccounts\\s*=.*$", "demoAccounts = true"),
          StandardCharsets.ISO_8859_1);
      Http http = new Http(httpPort);
      http.await(Duration.ofSeconds(120));
      Answer me = http.get("me", "li.jianguo");
      assertEquals(out + "\n" + me, 200, me.status);
      assertEquals("李建国", me.json().at("/person/name").asText());
      assertEveryModuleHasItsSettings(home, sshPort);
    } finally {
      karaf.descendants().forEach(ProcessHandle::destroyForcibly);
      karaf.destroyForcibly();
      karaf.waitFor();
    }
  }

  /**
   * Each configuration the features carry exists in the stock Karaf with the values shipped: asked
   * through the console, as an administrator would ({@code config:property-list}).
   */
  private static void assertEveryModuleHasItsSettings(Path home, int sshPort) throws Exception {
    Path shipped = Path.of(System.getProperty("govmeeting.features.cfg"));
    List<Path> files;
    try (var list = Files.list(shipped)) {
      // The modules' own; the data source's is a factory configuration of pax-jdbc-config.
      files =
          list.filter(f -> f.getFileName().toString().matches("org\\.govmeeting\\..*\\.cfg"))
              .sorted()
              .toList();
    }
    StringBuilder commands = new StringBuilder();
    for (Path f : files) {
      String pid = f.getFileName().toString().replaceFirst("\\.cfg$", "");
      commands.append("echo listing-").append(pid).append("\nconfig:property-list -p ").append(pid);
      commands.append('\n');
    }
    String out = client(home, sshPort, commands.toString());
    assertEquals(out, 14, files.size()); // every module with settings, the compliance report too
    for (Path f : files) {
      String pid = f.getFileName().toString().replaceFirst("\\.cfg$", "");
      java.util.Properties values = new java.util.Properties();
      try (InputStream in = Files.newInputStream(f)) {
        values.load(in);
      }
      int start = out.indexOf("listing-" + pid + "\n");
      org.junit.Assert.assertTrue(pid + " listed:\n" + out, start >= 0);
      int end = out.indexOf("\nlisting-", start + 1);
      String listed = out.substring(start, end < 0 ? out.length() : end);
      for (String key : values.stringPropertyNames()) {
        String expected = key.equals("demoAccounts") ? "true" : values.getProperty(key);
        if (!expected.chars().allMatch(c -> c < 128)) {
          continue; // the console's output encoding is the client's; ASCII compares everywhere
        }
        org.junit.Assert.assertTrue(
            pid + " " + key + " = " + expected + " in:\n" + listed,
            listed.contains(key + " = " + expected));
      }
    }
  }

  private static void awaitFile(Path file, String out) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!Files.exists(file) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    org.junit.Assert.assertTrue(file + " after install:\n" + out, Files.exists(file));
  }

  /** Types the commands into Karaf's client, retrying until the console accepts connections. */
  private static String client(Path home, int port, String commands)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(
                home.resolve("bin/client").toString(),
                "-a",
                String.valueOf(port),
                "-u",
                "karaf",
                "-p",
                "karaf",
                "-r",
                "60",
                "-d",
                "2",
                "-b")
            .directory(home.toFile())
            .redirectErrorStream(true);
    Process client = pb.start();
    client.getOutputStream().write(commands.getBytes(StandardCharsets.UTF_8));
    client.getOutputStream().close();
    String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    client.waitFor();
    return out;
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(
        file,
        "\n" + text + "\n",
        StandardCharsets.ISO_8859_1,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** Unpacks the stock Karaf zip without its top folder, keeping bin/ executable. */
  private static void unzip(Path zip, Path to) throws IOException {
    if (Files.exists(to)) {
      try (var walk = Files.walk(to)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    try (InputStream raw = Files.newInputStream(zip);
        ZipInputStream in = new ZipInputStream(raw)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        String name = e.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
          continue;
        }
        Path target = to.resolve(name.substring(slash + 1));
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
          if (name.contains("/bin/")) {
            target.toFile().setExecutable(true);
          }
        }
      }
    }
    List.of("bin/karaf", "bin/client", "bin/setenv", "bin/inc")
        .forEach(p -> to.resolve(p).toFile().setExecutable(true));
  }
}
