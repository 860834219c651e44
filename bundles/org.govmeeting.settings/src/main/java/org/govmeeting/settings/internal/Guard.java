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
  private final Map<String, Map<String, Object>> lastGood = new HashMap<>();
  private final Map<String, Set<String>> reported = new HashMap<>();

  /**
   * @param log where each refusal goes, one line (the guard's logger at ERROR)
   */
  Guard(Consumer<String> log) {
    this.log = log;
  }

  /** Checks and mends {@code properties} of {@code pid} in place. */
  synchronized void apply(String pid, Dictionary<String, Object> properties, List<Rule> rules) {
    Map<String, Object> good = lastGood.computeIfAbsent(pid, p -> new HashMap<>());
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
