package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.govmeeting.itests.Http.Answer;
import org.junit.Assume;
import org.junit.Test;

/**
 * The PostgreSQL server stops under the running distribution and at its start, and comes back: 503
 * "storage unavailable" and readiness 503 meanwhile, everything working again once it answers,
 * without a restart. The server is one of this test's own (initdb into target/, on a free port),
 * never the one the other tests share: stopping that would fail them. Runs with {@code
 * -Ppostgresql}, where CI has installed PostgreSQL.
 */
public class PostgresqlStorageFailureIT {
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  @Test
  public void aStoppedServerIsStorageUnavailableAndThePlatformMendsWhenItIsBack() throws Exception {
    Path bin = postgresqlBin();
    Assume.assumeTrue(
        "PostgreSQL's server programs and root (to run them as postgres)", bin != null);
    try (Server pg = new Server(bin, Path.of("target", "storage-pg").toAbsolutePath());
        Distribution karaf = new Distribution(Path.of("target", "storage-pg-karaf"))) {
      pg.start();
      pg.psql("CREATE ROLE govmeeting LOGIN PASSWORD 'govmeeting'");
      pg.psql("CREATE DATABASE govmeeting OWNER govmeeting");
      onPostgresql(karaf, pg.port);
      karaf.start();
      Http http = new Http(karaf.httpPort);
      until(http, "/health", a -> a != null && a.status == 200);
      assertEquals(201, addPerson(http, "bai.lu").status);

      // The server stops under the running platform.
      pg.stop();
      assertStorageUnavailable(addPerson(http, "gu.yu"));
      assertStorageUnavailable(http.get("people/bai.lu", "li.jianguo"));
      until(http, "/health", a -> a != null && a.status == 503);
      pg.start();
      until(http, "/health", a -> a != null && a.status == 200);
      assertEquals("a write once it is back", 201, addPerson(http, "gu.yu").status);
      assertEquals("白露", http.get("people/bai.lu", "li.jianguo").json().get("name").asText());

      // The platform starts while the server is down.
      karaf.killHard();
      pg.stop();
      karaf.launch();
      Answer me = until(http, "me", StorageFailureIT::answeredByThePlatform);
      assertStorageUnavailable(me);
      assertEquals(503, http.send("GET", "/health", null, null, null, null).status);
      pg.start();
      until(http, "/health", a -> a != null && a.status == 200);
      assertEquals("a write once it is back", 201, addPerson(http, "li.xia").status);
      assertEquals(200, http.get("people/gu.yu", "li.jianguo").status);
      assertEquals("component failures", List.of(), karaf.componentFailures());
    }
  }

  /** The data source switched to PostgreSQL as README tells an administrator to. */
  private static void onPostgresql(Distribution karaf, int port) throws IOException {
    Path cfg = karaf.home.resolve(Database.DATASOURCE);
    String s = Files.readString(cfg, StandardCharsets.ISO_8859_1);
    s =
        s.replace("osgi.jdbc.driver.name = derby", "osgi.jdbc.driver.name = " + Database.DRIVER)
            .replaceAll(
                "(?m)^url = .*$",
                "url = jdbc:postgresql://localhost:"
                    + port
                    + "/govmeeting\n"
                    + "user = govmeeting\npassword = govmeeting");
    Files.writeString(cfg, s, StandardCharsets.ISO_8859_1);
    Path features = karaf.home.resolve("etc/org.apache.karaf.features.cfg");
    String f = Files.readString(features, StandardCharsets.ISO_8859_1);
    Files.writeString(
        features,
        f.replaceFirst("(?m)^featuresBoot\\s*=\\s*", "featuresBoot = govmeeting-postgresql, "),
        StandardCharsets.ISO_8859_1);
  }

  private static Answer addPerson(Http http, String id) {
    return http.post(
        "people",
        "liu.yang",
        "{\"id\":\""
            + id
            + "\",\"name\":\""
            + (id.equals("bai.lu") ? "白露" : id)
            + "\",\"unitId\":\"CIVIL\",\"roles\":[\"DEPARTMENT_STAFF\"]}");
  }

  private static void assertStorageUnavailable(Answer a) {
    assertNotNull("no answer", a);
    assertEquals(a.toString(), 503, a.status);
    assertEquals(
        a.toString(), "urn:govmeeting:problem:storage-unavailable", a.json().get("type").asText());
    assertTrue(a.toString(), !a.body.contains("conflicting"));
    assertNotNull("Retry-After: " + a, a.header("Retry-After"));
  }

  private static Answer until(Http http, String path, Predicate<Answer> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Answer last = null;
    while (System.nanoTime() < deadline) {
      last =
          path.startsWith("/")
              ? http.send("GET", path, null, null, null, null)
              : http.get(path, "li.jianguo");
      if (wanted.test(last)) {
        return last;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not within " + PATIENCE + ": GET " + path + " answered " + last);
  }

  /** Debian's server programs, when this runs as root (initdb refuses root: run as postgres). */
  private static Path postgresqlBin() throws IOException {
    Path lib = Path.of("/usr/lib/postgresql");
    if (!"root".equals(System.getProperty("user.name")) || !Files.isDirectory(lib)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(lib)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(Path::toString))
          .orElse(null);
    }
  }

  /** A PostgreSQL server of this test's own, in a folder of target/, on a free port. */
  private static final class Server implements AutoCloseable {
    private final Path bin;
    private final Path folder;
    final int port;
    private boolean running;

    Server(Path bin, Path folder) throws Exception {
      this.bin = bin;
      this.folder = folder;
      this.port = PlatformTestSupport.freePort();
      if (Files.exists(folder)) {
        run("rm", "-rf", folder.toString());
      }
      Files.createDirectories(folder);
      run("chown", "postgres", folder.toString());
      asPostgres(bin.resolve("initdb") + " -D " + folder.resolve("data") + " -A trust -U postgres");
    }

    void start() throws Exception {
      asPostgres(
          bin.resolve("pg_ctl")
              + " -D "
              + folder.resolve("data")
              + " -l "
              + folder.resolve("log")
              + " -w -o \"-p "
              + port
              + " -k "
              + folder
              + " -c listen_addresses=localhost\" start");
      running = true;
    }

    /** As an administrator stops it: active connections are ended (57P01), new ones refused. */
    void stop() throws Exception {
      asPostgres(bin.resolve("pg_ctl") + " -D " + folder.resolve("data") + " -m fast -w stop");
      running = false;
    }

    void psql(String sql) throws Exception {
      asPostgres(
          bin.resolve("psql")
              + " -h localhost -p "
              + port
              + " -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c \""
              + sql
              + "\"");
    }

    @Override
    public void close() throws Exception {
      if (running) {
        stop();
      }
    }

    private static void asPostgres(String command) throws Exception {
      run("su", "postgres", "-c", command);
    }

    private static void run(String... command) throws Exception {
      Process p = new ProcessBuilder(command).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", command) + " failed");
      }
    }
  }
}
