package org.govmeeting.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * Issue 14 item 4: one upload of 10 MB ended in OutOfMemoryError with the shipped heap. Four
 * uploads at the limit at once, over real HTTP, into the distribution as it ships: started by its
 * own {@code bin/karaf}, so with the heap and collector of {@code bin/setenv} (a Pax Exam container
 * would run with the JVM's default heap, and its probe's buffers would share the heap under test).
 * The API keeps answering meanwhile, every file comes back with its bytes and SHA-256, and a file
 * one byte over the limit is refused with nothing of it kept.
 */
public class UploadsIT {
  /** Staff of the Development and Reform Commission: uploads to its own unit's drafts. */
  private static final String CLERK = "lin.na";

  private static final int PARALLEL = 4;

  /** The rows intake keeps a file in (Chunks.SIZE in the API). */
  private static final int ROW = 256 * 1024;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  public void fourUploadsAtTheLimitAtOnceWithTheShippedHeap() throws Exception {
    try (Distribution karaf = new Distribution(Path.of("target", "uploads"))) {
      Path gcLog = karaf.home.resolve("data/log/gc.log");
      karaf.environment("EXTRA_JAVA_OPTS", "-Xlog:gc:file=" + gcLog);
      karaf.start();
      String heap = shipped(karaf.home.resolve("bin/setenv"), "JAVA_MAX_MEM");
      List<String> jvmArguments = List.of(karaf.jvm().info().arguments().orElse(new String[0]));
      assertTrue(jvmArguments.toString(), jvmArguments.contains("-Xmx" + heap));
      long limit =
          Long.parseLong(
              shipped(karaf.home.resolve("etc/org.govmeeting.intake.cfg"), "maxFileBytes"));
      Http http = new Http(karaf.httpPort);
      Scenario s = new Scenario(http);
      String base = "http://localhost:" + karaf.httpPort + "/api/";
      System.out.println(
          "heap " + heap + ", limit " + limit + " bytes, resident " + resident(karaf) + " kB");

      List<Long> topics = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        topics.add(s.create(CLERK, Scenario.form("关于材料上传压力检查的议题" + i, "T3", "ma.qiang")));
      }
      ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
      long worst = 0;
      int probes = 0;
      List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
      long t0 = System.nanoTime();
      try {
        for (int i = 0; i < PARALLEL; i++) {
          long topic = topics.get(i);
          long seed = i;
          uploads.add(pool.submit(() -> upload(base, topic, "材料" + seed + ".pdf", seed, limit)));
        }
        // rule: P1 — while the files stream in, the rest of the API answers as before
        while (uploads.stream().anyMatch(f -> !f.isDone())) {
          for (String[] call : new String[][] {{"me", "li.jianguo"}, {"topics?limit=20", CLERK}}) {
            long p0 = System.nanoTime();
            Answer a = http.get(call[0], call[1]);
            worst = Math.max(worst, (System.nanoTime() - p0) / 1_000_000);
            probes++;
            assertEquals(String.valueOf(a), 200, a == null ? 0 : a.status);
          }
          Thread.sleep(200);
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        System.out.println(
            PARALLEL
                + " uploads of "
                + limit
                + " bytes in "
                + seconds
                + " s; "
                + probes
                + " calls meanwhile, slowest "
                + worst
                + " ms; resident "
                + resident(karaf)
                + " kB");
        assertTrue("the API waited for the uploads: " + worst + " ms", worst < 2_000);

        List<Future<Long>> downloads = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
          HttpResponse<String> up = uploads.get(i).get();
          assertEquals(up.body(), 201, up.statusCode());
          JsonNode file = Scenario.JSON.readTree(up.body());
          assertEquals(limit, file.get("size").asLong());
          assertEquals(sha256(i, limit), file.get("sha256").asText());
          long topic = topics.get(i);
          long seed = i;
          downloads.add(
              pool.submit(() -> download(base, topic, file.get("id").asLong(), seed, limit)));
        }
        for (Future<Long> d : downloads) {
          assertEquals(limit, (long) d.get());
        }
      } finally {
        pool.shutdownNow();
      }

      // One byte over the limit: refused while it arrives, and nothing of it is listed.
      long over = s.create(CLERK, Scenario.form("关于超限材料的议题", "T3", "ma.qiang"));
      HttpResponse<String> refused = upload(base, over, "超限.pdf", 99, limit + 1);
      assertTrue(refused.body(), refused.statusCode() == 400 || refused.statusCode() == 413);
      assertTrue(
          refused.headers().firstValue("Content-Type").orElse(""),
          refused
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
      if (refused.statusCode() == 400) {
        assertEquals("content", Scenario.JSON.readTree(refused.body()).path("field").asText());
      }
      assertEquals(0, http.get("topics/" + over, CLERK).json().get("files").size());
      String gc = Files.exists(gcLog) ? Files.readString(gcLog) : "";
      System.out.println(
          "collections: "
              + count(gc, "Pause Young")
              + " young, "
              + count(gc, "Pause Full")
              + " full; resident after all "
              + resident(karaf)
              + " kB");

      // What the database kept: the four files' rows, and no row of the refused one.
      karaf.killHard();
      String url = "jdbc:derby:" + karaf.home.resolve("data/derby/govmeeting");
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
          java.sql.Statement st = c.createStatement()) {
        assertEquals(PARALLEL, single(st, "SELECT COUNT(*) FROM INT_FILE"));
        assertEquals(
            PARALLEL * ((limit + ROW - 1) / ROW),
            single(st, "SELECT COUNT(*) FROM INT_FILE_CHUNK"));
      } finally {
        try {
          java.sql.DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (java.sql.SQLException shutDown) {
          // Derby answers a clean shutdown with SQLState 08006.
        }
      }
    }
  }

  /**
   * Uploads {@code size} bytes of the seeded stream, with its length announced as a browser does. A
   * 503 "busy" (a lock conflict of the database that kept nothing) is sent again once, as the
   * answer asks.
   */
  private static HttpResponse<String> upload(
      String base, long topic, String name, long seed, long size)
      throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      base
                          + "topics/"
                          + topic
                          + "/files?kind=EXPLANATION&name="
                          + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)))
              .timeout(Duration.ofMinutes(3))
              .header("Authorization", basic(CLERK))
              .header("Content-Type", "application/pdf")
              .header(Http.SAME_SITE[0], Http.SAME_SITE[1])
              .POST(
                  HttpRequest.BodyPublishers.fromPublisher(
                      HttpRequest.BodyPublishers.ofInputStream(() -> new Seeded(seed, size)), size))
              .build();
      HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 503 || attempt == 2) {
        return answer;
      }
      System.out.println(
          "upload to topic " + topic + " answered 503, sent again: " + answer.body());
    }
  }

  /** Downloads the file and compares it, as it streams, with the seeded bytes it was made of. */
  private static long download(String base, long topic, long file, long seed, long size)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "topics/" + topic + "/files/" + file))
            .timeout(Duration.ofMinutes(3))
            .header("Authorization", basic(CLERK))
            .build();
    HttpResponse<InputStream> answer =
        CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, answer.statusCode());
    String sha = sha256(seed, size);
    assertEquals(String.valueOf(size), answer.headers().firstValue("Content-Length").orElse(null));
    assertEquals(
        "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)),
        answer.headers().firstValue("Digest").orElse(null));
    assertEquals("\"" + sha + "\"", answer.headers().firstValue("ETag").orElse(null));
    assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(null));
    assertTrue(
        answer.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long read = 0;
    try (InputStream got = answer.body();
        InputStream expected = new Seeded(seed, size)) {
      byte[] a = new byte[64 * 1024];
      byte[] b = new byte[64 * 1024];
      while (true) {
        int n = got.readNBytes(a, 0, a.length);
        if (n == 0) {
          break;
        }
        assertEquals(n, expected.readNBytes(b, 0, n));
        assertArrayEquals(
            "bytes from " + read, java.util.Arrays.copyOf(b, n), java.util.Arrays.copyOf(a, n));
        digest.update(a, 0, n);
        read += n;
      }
    }
    assertEquals(sha, HexFormat.of().formatHex(digest.digest()));
    return read;
  }

  /** {@code size} pseudo-random bytes from a seed, made as they are read and never held. */
  static final class Seeded extends InputStream {
    private final Random random;
    private final byte[] block = new byte[8192];
    private long left;
    private int at = block.length;

    Seeded(long seed, long size) {
      this.random = new Random(seed);
      this.left = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      if (at == block.length) {
        random.nextBytes(block);
        at = 0;
      }
      int n = (int) Math.min(Math.min(len, block.length - at), left);
      System.arraycopy(block, at, b, off, n);
      at += n;
      left -= n;
      return n;
    }
  }

  private static String sha256(long seed, long size) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new Seeded(seed, size)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A setting's value as shipped: {@code NAME:-value} in a script, {@code name = value} in a cfg.
   */
  private static String shipped(Path file, String name) throws IOException {
    Matcher m =
        Pattern.compile(Pattern.quote(name) + "(?::-|\\s*=\\s*)([0-9A-Za-z]+)")
            .matcher(Files.readString(file));
    assertTrue(name + " in " + file, m.find());
    return m.group(1);
  }

  private static long resident(Distribution karaf) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + karaf.jvm().pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // only reported
    }
    return -1;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static long single(java.sql.Statement st, String query) throws java.sql.SQLException {
    try (java.sql.ResultSet r = st.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }
}
