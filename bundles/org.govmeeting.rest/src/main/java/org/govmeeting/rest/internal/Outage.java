package org.govmeeting.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 503 problems of a platform that is partly down: the storage (the database cannot be reached
 * or cannot keep what it is given) or a module whose services are not running. Chinese unless the
 * caller's first language is English; the problem type is the same in both, for programs.
 */
final class Outage {
  private static final Logger LOG = LoggerFactory.getLogger(Outage.class);

  /** How long a caller should wait before sending the request again, in seconds. */
  static final int RETRY_AFTER_SECONDS = 5;

  /** During an outage every request fails alike: one warning per this long, the rest at debug. */
  private static final long WARN_EVERY_NANOS = 10_000_000_000L;

  private static final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

  private Outage() {}

  /** Whether the caller reads English first (Accept-Language, in the order of preference). */
  static boolean english(List<Locale> languages) {
    if (languages == null) {
      return false;
    }
    for (Locale l : languages) {
      if (l == null || l.getLanguage().isEmpty() || l.getLanguage().equals("*")) {
        continue;
      }
      return l.getLanguage().equals("en");
    }
    return false;
  }

  /** The storage is down: nothing of the request was kept. */
  static Problem storage(List<Locale> languages, String why) {
    warn("storage unavailable, answered 503: {}", why);
    boolean en = english(languages);
    return new Problem(
            503,
            "storage-unavailable",
            en ? "Storage unavailable" : "存储不可用",
            en
                ? "The platform's database cannot be reached or cannot keep data right now;"
                    + " nothing of this request was kept. Send it again in a few seconds."
                : "平台数据库暂时无法访问或无法保存数据，本次请求未保存任何内容，请稍后重新提交。")
        .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
  }

  /**
   * A module the request needs is not running (its services are missing) while the storage is
   * there: a setting it refused, a bundle stopped, or its schema not yet migrated.
   */
  static Problem module(List<Locale> languages, String module, List<String> missing) {
    warn("module {} unavailable, answered 503: {} missing", module, missing);
    boolean en = english(languages);
    return new Problem(
            503,
            "module-unavailable",
            en ? "Module unavailable" : "模块不可用",
            en
                ? "The part of the platform that serves '"
                    + module
                    + "' is not running ("
                    + String.join(", ", missing)
                    + " missing); the administrator finds why in the log and the health check."
                : "平台中负责“"
                    + module
                    + "”的模块未在运行（缺少 "
                    + String.join("、", missing)
                    + "），请管理员查看日志和健康检查。")
        .with("module", module)
        .with("missing", String.join(",", missing))
        .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
  }

  private static void warn(String format, Object... args) {
    long now = System.nanoTime();
    long last = lastWarned.get();
    if (now - last >= WARN_EVERY_NANOS && lastWarned.compareAndSet(last, now)) {
      LOG.warn(format, args);
    } else {
      LOG.debug(format, args);
    }
  }
}
