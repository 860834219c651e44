package org.govmeeting.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the platform's REST API, as a user of it would call it. */
public final class Http {
  public static final String DEMO_PASSWORD = "demo";

  /**
   * The header every call of this client carries, as the platform's own clients do: a call that
   * changes something must send JSON or this header (a forged cross-site form cannot).
   */
  public static final String[] SAME_SITE = {"X-Requested-With", "govmeeting-itests"};

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String root;
  private final String base;

  public Http(int port) {
    this.root = "http://localhost:" + port;
    this.base = root + "/api/";
  }

  /** An answer: status, content type and body, with the body parsed as JSON on demand. */
  public static final class Answer {
    public final int status;
    public final String contentType;
    public final String body;
    public final HttpResponse<String> raw;

    Answer(HttpResponse<String> raw) {
      this.raw = raw;
      this.status = raw.statusCode();
      this.contentType = raw.headers().firstValue("Content-Type").orElse("");
      this.body = raw.body();
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }

  public Answer get(String path, String user) {
    return send("GET", path, user, DEMO_PASSWORD, null, null);
  }

  public Answer post(String path, String user, String json) {
    return send("POST", path, user, DEMO_PASSWORD, "application/json", json);
  }

  public Answer put(String path, String user, String json) {
    return send("PUT", path, user, DEMO_PASSWORD, "application/json", json);
  }

  /**
   * An edit as a client makes it: read the record, then send the change with {@code If-Match} set
   * to the {@code ETag} read (without it the platform refuses an edit with 428).
   */
  public Answer edit(String path, String user, String json) {
    Answer read = get(path, user);
    String tag = read.header("ETag");
    return tag == null
        ? put(path, user, json)
        : send("PUT", path, user, DEMO_PASSWORD, "application/json", json, "If-Match", tag);
  }

  /**
   * A request; a path starting with '/' is taken from the server's root, not from /api/. It carries
   * {@link #SAME_SITE} unless the headers name X-Requested-With themselves (an empty value: sent as
   * a browser's forged form would be, without it).
   */
  public Answer send(
      String method,
      String path,
      String user,
      String password,
      String type,
      String body,
      String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create((path.startsWith("/") ? root : base) + path))
            .timeout(Duration.ofSeconds(30));
    if (user != null) {
      String token = user + ":" + password;
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    boolean own = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      own |= headers[i].equalsIgnoreCase(SAME_SITE[0]);
    }
    if (!own) {
      b.header(SAME_SITE[0], SAME_SITE[1]);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      if (!headers[i + 1].isEmpty()) {
        b.header(headers[i], headers[i + 1]);
      }
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return new Answer(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A GET whose body is bytes (files, PDFs); returns null on a non-200 answer. */
  public byte[] bytes(String path, String user) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create((path.startsWith("/") ? root : base) + path))
            .timeout(Duration.ofSeconds(30))
            .header(SAME_SITE[0], SAME_SITE[1])
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<byte[]> a = CLIENT.send(r, HttpResponse.BodyHandlers.ofByteArray());
      return a.statusCode() == 200 ? a.body() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Waits until the API answers, and keeps answering: the whiteboard redeploys the application as
   * each module's resources arrive, so one good answer during start-up is not yet readiness.
   */
  public void await(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Answer last = null;
    // Readiness first: every module's services are there (the last module's schema migration
    // ends after the first calls already answer), then the API itself, which the JAX-RS
    // whiteboard may still be redeploying as the last resources arrive.
    while (System.nanoTime() < deadline) {
      last = send("GET", "/health", null, null, null, null);
      if (last != null && last.status == 200) {
        break;
      }
      Thread.sleep(100);
    }
    int good = 0;
    while (System.nanoTime() < deadline) {
      last = get("me", "li.jianguo");
      Answer later = last != null && last.status == 200 ? get("archives", "chen.jing") : null;
      // Supervision's tables are migrated last; its resource arrives after the others.
      Answer tasks = later != null && later.status == 200 ? get("tasks", "chen.jing") : null;
      if (tasks != null && tasks.status == 200) {
        if (++good >= 5) {
          return;
        }
      } else {
        good = 0;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("API did not come up within " + timeout + "; last answer: " + last);
  }
}
