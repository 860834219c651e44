package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Predicate;
import org.govmeeting.itests.Http.Answer;
import org.junit.Assume;
import org.junit.Test;

/**
 * The embedded database fails under the running distribution (a real process), and the platform
 * says so, 503 "storage unavailable" and readiness 503, then mends itself once the database is
 * back, without a restart (issue 14 item 10). The box runs as root, so file modes cannot make
 * Derby's files unwritable: at start, this JVM holds the database booted (embedded Derby refuses a
 * second booter); at run time, the files are made immutable ({@code chattr +i}, which binds root
 * too), where the file system allows it.
 */
public class StorageFailureIT {
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  @Test
  public void aDatabaseHeldElsewhereAtStartIsStorageUnavailableUntilItIsFree() throws Exception {
    try (Distribution karaf = new Distribution(Path.of("target", "storage-start"))) {
      karaf.start();
      Http http = new Http(karaf.httpPort);
      // Every module migrated before the kill: a migration killed half-way leaves Liquibase's
      // lock taken, which is another story.
      until(http, "/health", a -> a != null && a.status == 200);
      assertEquals(201, addPerson(http, "bai.lu").status);
      karaf.killHard();

      String url = "jdbc:derby:" + karaf.home.resolve("data/derby/govmeeting");
      Connection held = DriverManager.getConnection(url);
      try {
        karaf.launch();
        Answer me = until(http, "me", StorageFailureIT::answeredByThePlatform);
        assertStorageUnavailable(me, "存储不可用");
        assertStorageUnavailable(
            http.send(
                "GET",
                "me",
                "li.jianguo",
                Http.DEMO_PASSWORD,
                null,
                null,
                "Accept-Language",
                "en-GB,en;q=0.9,zh;q=0.5"),
            "Storage unavailable");
        assertStorageUnavailable(addPerson(http, "gu.yu"), "存储不可用");
        assertStorageUnavailable(http.get("topics", "xie.yu"), "存储不可用");
        assertEquals(
            "no credentials, still 401",
            401,
            http.send("GET", "me", null, null, null, null).status);
        Answer health = http.send("GET", "/health", null, null, null, null);
        assertEquals(health.toString(), 503, health.status);
        assertEquals("{\"status\":\"DOWN\"}", health.body);
        assertEquals(200, http.send("GET", "/health/live", null, null, null, null).status);
      } finally {
        held.close();
        shutDown(url);
      }

      Answer ready = until(http, "/health", a -> a != null && a.status == 200);
      assertEquals("{\"status\":\"UP\"}", ready.body);
      assertEquals("a write after the recovery", 201, addPerson(http, "gu.yu").status);
      assertEquals("白露", http.get("people/bai.lu", "li.jianguo").json().get("name").asText());
      assertEquals("component failures", java.util.List.of(), karaf.componentFailures());
    }
  }

  @Test
  public void filesThatCannotBeWrittenAtRunTimeAreStorageUnavailableAndMendedWithoutARestart()
      throws Exception {
    Assume.assumeTrue("chattr +i works here (ext4 and the like, as root)", immutableWorks());
    try (Distribution karaf = new Distribution(Path.of("target", "storage-run"))) {
      karaf.start();
      Http http = new Http(karaf.httpPort);
      // Every module migrated and running before the disk goes: readiness says so.
      until(http, "/health", a -> a != null && a.status == 200);
      assertEquals(201, addPerson(http, "bai.lu").status);
      Path database = karaf.home.resolve("data/derby/govmeeting");
      try {
        chattr("+i", database);
        Answer write = addPerson(http, "gu.yu");
        if (write.status != 503) {
          // Derby may still have taken the first write into its log buffer; the next one meets
          // the disk.
          write = addPerson(http, "li.xia");
        }
        assertStorageUnavailable(write, "存储不可用");
        assertTrue("not a conflict to retry at once: " + write, !write.body.contains("busy"));
        assertStorageUnavailable(http.get("people/bai.lu", "li.jianguo"), "存储不可用");
        until(http, "/health", a -> a != null && a.status == 503);
      } finally {
        chattr("-i", database);
      }
      long back = System.nanoTime();
      until(http, "/health", a -> a != null && a.status == 200);
      System.out.println(
          "ready again " + (System.nanoTime() - back) / 1_000_000 + " ms after the disk came back");
      Answer after = until(http, "people/bai.lu", a -> a != null && a.status == 200);
      assertEquals("白露", after.json().get("name").asText());
      assertEquals("a write after the recovery", 201, addPerson(http, "xiao.man").status);
      assertEquals(200, http.get("people/xiao.man", "li.jianguo").status);
    }
  }

  /**
   * An answer of the platform itself, past the moments of start-up when the HTTP server or the
   * JAX-RS runtime answers before the application is there (404, or CXF's 500 while it redeploys).
   */
  static boolean answeredByThePlatform(Answer a) {
    return a != null
        && a.contentType.startsWith("application/problem+json")
        && a.status != 401
        && a.status != 404;
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

  private static void assertStorageUnavailable(Answer a, String title) {
    assertNotNull("no answer", a);
    assertEquals(a.toString(), 503, a.status);
    assertTrue(a.toString(), a.contentType.startsWith("application/problem+json"));
    assertEquals(
        a.toString(), "urn:govmeeting:problem:storage-unavailable", a.json().get("type").asText());
    assertEquals(a.toString(), title, a.json().get("title").asText());
    assertNotNull("Retry-After: " + a, a.header("Retry-After"));
  }

  /** Asks until the answer is as wanted (or the patience is spent) and returns it. */
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

  private static void shutDown(String url) {
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (SQLException shutDown) {
      // Derby answers a clean shutdown with SQLState 08006.
      assertEquals(shutDown.toString(), "08006", shutDown.getSQLState());
    }
  }

  private static boolean immutableWorks() throws Exception {
    Path probe = Files.createTempFile(Path.of("target"), "chattr", ".probe");
    try {
      return run("chattr", "+i", probe.toString()) == 0
          && run("chattr", "-i", probe.toString()) == 0;
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  private static void chattr(String flag, Path folder) throws Exception {
    assertEquals("chattr " + flag, 0, run("chattr", "-R", flag, folder.toString()));
  }

  private static int run(String... command) throws Exception {
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (java.io.IOException missing) {
      return -1;
    }
  }
}
