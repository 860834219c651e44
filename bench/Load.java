import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The write benchmarks of bench/run.sh, side by side in one run: (d) submitting a topic, (e)
 * signing a review step, each through the REST API with 32 connections, and the reference: plain
 * JDBC inserts with a commit each into an embedded Derby on the same disk, also 32 threads.
 *
 * <pre>java -cp derby.jar bench/Load.java http://localhost:18181/api target/bench/rawdb 10</pre>
 *
 * Prints one line per load: name|requests per second|p50 ms|p99 ms|count.
 */
public class Load {
  static final int THREADS = 32;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static String api;

  public static void main(String[] args) throws Exception {
    api = args[0];
    if (args[1].equals("seed")) {
      // java bench/Load.java <api> seed <topics> <meetings>: drafts and meetings, 32 at a time.
      int n = Integer.parseInt(args[2]);
      int meetings = Integer.parseInt(args[3]);
      long t0 = System.nanoTime();
      parallel(
          n,
          () -> {
            post("topics", "xie.yu", form());
            return null;
          });
      AtomicLong day = new AtomicLong(400);
      parallel(
          meetings,
          () -> {
            java.time.Instant at = java.time.Instant.now().plus(Duration.ofDays(day.getAndIncrement()));
            post(
                "meetings",
                "li.jianguo",
                "{\"scheduledAt\":\"" + at + "\",\"cutoff\":\"" + at.minus(Duration.ofDays(3))
                    + "\",\"venue\":\"bench\"}");
            return null;
          });
      System.out.printf("seeded|%d topics|%d meetings|%d ms%n", n, meetings,
          (System.nanoTime() - t0) / 1_000_000);
      return;
    }
    if (args[1].equals("seed-submitted")) {
      // java bench/Load.java <api> seed-submitted <topics>: filed and submitted, 32 at a time,
      // so that a dry-run over today's submissions has that many more to cover.
      int n = Integer.parseInt(args[2]);
      long t0 = System.nanoTime();
      parallel(
          n,
          () -> {
            long t = id(post("topics", "xie.yu", form()));
            post("topics/" + t + "/submit", "xie.yu", "");
            return null;
          });
      System.out.printf("submitted|%d topics|%d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
      return;
    }
    String rawDb = args[1];
    int seconds = Integer.parseInt(args[2]);
    int topics = args.length > 3 ? Integer.parseInt(args[3]) : 6000;

    // Drafts to submit, filed beforehand (not measured).
    ConcurrentLinkedQueue<Long> drafts = new ConcurrentLinkedQueue<>();
    parallel(
        topics,
        () -> {
          String r = post("topics", "xie.yu", form());
          drafts.add(id(r));
          return null;
        });
    ConcurrentLinkedQueue<Long> submitted = new ConcurrentLinkedQueue<>();
    report(
        "d-submit",
        measure(
            seconds,
            () -> {
              Long t = drafts.poll();
              if (t == null) {
                return false;
              }
              post("topics/" + t + "/submit", "xie.yu", "");
              submitted.add(t);
              return true;
            }));

    // Each submitted topic's first step (F4, the Education Bureau's head), found beforehand.
    ConcurrentLinkedQueue<String> steps = new ConcurrentLinkedQueue<>();
    List<Long> toSign = new ArrayList<>(submitted);
    parallel(
        toSign.size(),
        () -> {
          Long t;
          synchronized (toSign) {
            t = toSign.isEmpty() ? null : toSign.remove(toSign.size() - 1);
          }
          if (t != null) {
            String chains = get("topics/" + t + "/reviews", "luo.ping");
            int at = chains.indexOf("\"clause\":\"F4\"");
            int idAt = chains.lastIndexOf("\"id\":", at);
            String step = chains.substring(idAt + 5, chains.indexOf(',', idAt)).trim();
            steps.add("topics/" + t + "/reviews/" + step + "/sign");
          }
          return null;
        });
    report(
        "e-sign",
        measure(
            seconds,
            () -> {
              String s = steps.poll();
              if (s == null) {
                return false;
              }
              post(s, "luo.ping", "{\"comment\":\"同意\"}");
              return true;
            }));

    // The reference: what the disk and Derby give to plain JDBC, one insert per commit.
    String url = "jdbc:derby:" + rawDb + ";create=true";
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE RAW (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
              + " NAME VARCHAR(200), CREATED TIMESTAMP)");
    } catch (java.sql.SQLException exists) {
      // a rerun: the table is there
    }
    ThreadLocal<PreparedStatement> insert =
        ThreadLocal.withInitial(
            () -> {
              try {
                Connection c = DriverManager.getConnection(url);
                c.setAutoCommit(false);
                return c.prepareStatement("INSERT INTO RAW (NAME, CREATED) VALUES (?, CURRENT_TIMESTAMP)");
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    report(
        "raw-jdbc-commit",
        measure(
            seconds,
            () -> {
              try {
                PreparedStatement p = insert.get();
                p.setString(1, "基准测试议题");
                p.executeUpdate();
                p.getConnection().commit();
                return true;
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            }));
  }

  static String form() {
    return "{\"name\":\"基准测试提交议题\",\"reporterId\":\"luo.ping\",\"category\":\"T3\","
        + "\"implementationOpinion\":\"实施意见\",\"explanation\":{\"background\":\"背景\","
        + "\"process\":\"过程\",\"content\":\"内容\",\"questions\":\"问题\"},"
        + "\"consultations\":[{\"unitId\":\"FINANCE\",\"answer\":\"AGREE\"}]}";
  }

  interface Work {
    boolean run() throws Exception;
  }

  /** Runs the work on 32 threads for the given seconds (or until it runs out). */
  static long[] measure(int seconds, Work work) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<long[]> all = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < THREADS; i++) {
      long[] lat = new long[1_000_000];
      all.add(lat);
      Thread t =
          new Thread(
              () -> {
                int n = 0;
                while (System.nanoTime() < end && n < lat.length - 1) {
                  long t0 = System.nanoTime();
                  try {
                    if (!work.run()) {
                      break;
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    continue;
                  }
                  lat[++n] = System.nanoTime() - t0;
                }
                lat[0] = n;
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long elapsed = System.nanoTime() - start;
    int count = 0;
    for (long[] l : all) {
      count += (int) l[0];
    }
    long[] merged = new long[count];
    int k = 0;
    for (long[] l : all) {
      for (int i = 1; i <= l[0]; i++) {
        merged[k++] = l[i];
      }
    }
    Arrays.sort(merged);
    if (errors.get() > 0) {
      System.err.println(errors.get() + " failed requests");
    }
    return new long[] {count, elapsed, pct(merged, 50), pct(merged, 99), errors.get()};
  }

  static long pct(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }

  static void report(String name, long[] m) {
    double rps = m[0] / (m[1] / 1e9);
    System.out.printf(
        "%s|%.0f|%.1fms|%.1fms|%d|%d%n", name, rps, m[2] / 1e6, m[3] / 1e6, m[0], m[4]);
  }

  static void parallel(int n, Supplier<Void> task) throws Exception {
    AtomicLong left = new AtomicLong(n);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Thread t =
          new Thread(
              () -> {
                while (left.getAndDecrement() > 0) {
                  task.get();
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  static String auth(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  static String post(String path, String user, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(api + "/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        user);
  }

  static String get(String path, String user) {
    return send(HttpRequest.newBuilder(URI.create(api + "/" + path)).GET(), user);
  }

  static String send(HttpRequest.Builder b, String user) {
    try {
      HttpRequest request =
          b.header("Authorization", auth(user)).timeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      for (int again = 0; r.statusCode() == 503 && again < 3; again++) {
        // Busy (Retry-After): the platform kept nothing of the request; send it again.
        Thread.sleep(100);
        r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      }
      if (r.statusCode() >= 300) {
        throw new IllegalStateException(r.statusCode() + " " + r.body());
      }
      return r.body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static long id(String json) {
    int at = json.indexOf("\"id\":");
    int end = at + 5;
    while (end < json.length() && Character.isDigit(json.charAt(end))) {
      end++;
    }
    return Long.parseLong(json.substring(at + 5, end));
  }
}
