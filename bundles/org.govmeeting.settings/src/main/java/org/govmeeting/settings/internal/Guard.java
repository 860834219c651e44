package org.govmeeting.settings.internal;

import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Refuses the bad values of a configuration before a component reads it, and remembers what each
 * setting last held that was good. A refused value is replaced in what the component gets (never in
 * {@code etc/}) by the last good one, or removed so that the component's own default applies; the
 * component so keeps running as it was instead of failing to start ("abc" for a number makes Felix
 * SCR fail the component's activation).
 *
 * <p>Configuration Admin hands a configuration to this guard once for every component that reads
 * it, so each refusal is logged once: again only after the setting was good in between.
 */
final class Guard {
  private final Consumer<String> log;
  private final Consumer<Map<String, Map<String, Object>>> keep;
  private final Map<String, Map<String, Object>> lastGood;
  private final Map<String, Set<String>> reported = new HashMap<>();

  /**
   * @param log where each refusal goes, one line (the guard's logger at ERROR)
   */
  Guard(Consumer<String> log) {
    this(log, new HashMap<>(), kept -> {});
  }

  /**
   * @param lastGood the last good values kept from before (a restart)
   * @param keep where the last good values go whenever they change, to outlive a restart
   */
  Guard(
      Consumer<String> log,
      Map<String, Map<String, Object>> lastGood,
      Consumer<Map<String, Map<String, Object>>> keep) {
    this.log = log;
    this.lastGood = new HashMap<>(lastGood);
    this.keep = keep;
  }

  /** Takes the good values of a configuration as its last good ones, changing nothing. */
  synchronized void remember(String pid, Dictionary<String, Object> properties, List<Rule> rules) {
    Map<String, Object> good = lastGood.computeIfAbsent(pid, p -> new HashMap<>());
    Map<String, Object> before = new HashMap<>(good);
    for (Rule rule : rules) {
      Object value = properties.get(rule.id());
      if (value != null && rule.problem(value) == null) {
        good.putIfAbsent(rule.id(), value);
      }
    }
    keepIfChanged(before, good);
  }

  private void keepIfChanged(Map<String, Object> before, Map<String, Object> now) {
    if (!same(before, now)) {
      Map<String, Map<String, Object>> copy = new HashMap<>();
      lastGood.forEach((pid, values) -> copy.put(pid, new HashMap<>(values)));
      keep.accept(copy);
    }
  }

  private static boolean same(Map<String, Object> a, Map<String, Object> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, Object> e : a.entrySet()) {
      if (!java.util.Objects.deepEquals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Checks and mends {@code properties} of {@code pid} in place. */
  synchronized void apply(String pid, Dictionary<String, Object> properties, List<Rule> rules) {
    Map<String, Object> good = lastGood.computeIfAbsent(pid, p -> new HashMap<>());
    Map<String, Object> before = new HashMap<>(good);
    Set<String> refusedNow = new LinkedHashSet<>();
    Set<String> told = reported.getOrDefault(pid, Set.of());
    for (Rule rule : rules) {
      Object value = properties.get(rule.id());
      if (value == null) {
        good.remove(rule.id());
        continue;
      }
      String problem = rule.problem(value);
      if (problem == null) {
        good.put(rule.id(), value);
        continue;
      }
      Object kept = good.get(rule.id());
      if (kept == null) {
        properties.remove(rule.id());
      } else {
        properties.put(rule.id(), kept);
      }
      String key = rule.id() + "=" + show(value);
      refusedNow.add(key);
      if (!told.contains(key)) {
        log.accept(
            pid
                + ": setting "
                + rule.id()
                + " = "
                + show(value)
                + " refused ("
                + problem
                + "); "
                + (kept == null
                    ? "using the default" + (rule.defaults() == null ? "" : ", " + rule.defaults())
                    : "keeping " + show(kept) + ", the last good value")
                + " (etc/"
                + pid
                + ".cfg)");
      }
    }
    reported.put(pid, refusedNow);
    keepIfChanged(before, good);
  }

  private static String show(Object value) {
    if (value instanceof Object[] a) {
      return Arrays.toString(a);
    }
    String s = String.valueOf(value);
    // One line per refusal, whatever the value holds.
    return s.isEmpty() ? "\"\"" : s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
