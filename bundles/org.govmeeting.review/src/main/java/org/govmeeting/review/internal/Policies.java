package org.govmeeting.review.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.govmeeting.api.error.UnavailableException;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.review.PolicyInfo;

/**
 * The policies installed right now and which district is selected. Bind and unbind are keyed by the
 * service's identity, so an unbind that arrives late for an old policy never removes its
 * replacement; readers take one consistent snapshot and use only that.
 */
final class Policies {
  /** One registered policy service. */
  static final class Entry {
    final Object key;
    final Policy policy;
    final String district;
    final String version;
    final String bundle;
    final int ranking;

    Entry(Object key, Policy policy, String district, String version, String bundle, int ranking) {
      this.key = key;
      this.policy = policy;
      this.district = district;
      this.version = version;
      this.bundle = bundle;
      this.ranking = ranking;
    }
  }

  private static final Comparator<Entry> PREFERENCE =
      Comparator.<Entry, String>comparing(e -> e.version, Policies::compareVersions)
          .thenComparingInt(e -> e.ranking);

  private final List<Entry> entries = new CopyOnWriteArrayList<>();
  private volatile String district;

  /** The running scope's district's own choice, if any; none until the engine is wired. */
  private volatile Supplier<Optional<PolicyChoices.Chosen>> chosen = Optional::empty;

  Policies(String district) {
    this.district = district;
  }

  void select(String district) {
    this.district = district;
  }

  /** The platform's default: the policy of every district that has not chosen its own. */
  String selected() {
    return district;
  }

  void chosenBy(Supplier<Optional<PolicyChoices.Chosen>> chooser) {
    this.chosen = chooser;
  }

  /** The installed versions of a policy, sorted. */
  List<String> versions(String policy) {
    return entries.stream()
        .filter(e -> e.district.equals(policy))
        .map(e -> e.version)
        .distinct()
        .sorted(Policies::compareVersions)
        .toList();
  }

  /** The policy held to {@code version} where that is installed, else its preferred version. */
  Optional<Entry> find(String policy, String version) {
    Entry best = null;
    for (Entry e : entries) {
      if (!e.district.equals(policy)) {
        continue;
      }
      if (version != null && e.version.equals(version)) {
        return Optional.of(e);
      }
      if (best == null || PREFERENCE.compare(e, best) > 0) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Selects another district if its policy is installed; refuses one without a policy, and the
   * district selected until now stays.
   *
   * @return null when selected, else the refusal, one line naming the setting, the value and what
   *     is allowed
   */
  String selectInstalled(String wanted) {
    String now = district;
    if (wanted.equals(now)) {
      return null;
    }
    List<String> installed = districts();
    if (installed.contains(wanted)) {
      district = wanted;
      return null;
    }
    return "setting activeDistrict = "
        + wanted
        + " refused (must be one of "
        + String.join(", ", installed)
        + ", the districts whose policy is installed: feature:install govmeeting-policy-"
        + wanted
        + " first); keeping "
        + now;
  }

  /** The districts with a policy installed now, each once, sorted. */
  List<String> districts() {
    return entries.stream().map(e -> e.district).distinct().sorted().toList();
  }

  void add(Object key, Policy policy, Map<String, ?> properties) {
    String d = str(properties.get(Policy.DISTRICT), policy.district());
    String v = str(properties.get(Policy.VERSION), policy.version());
    Object rank = properties.get("service.ranking");
    String bundle = str(properties.get("govmeeting.bundle"), policy.getClass().getName());
    entries.add(new Entry(key, policy, d, v, bundle, rank instanceof Integer ? (Integer) rank : 0));
  }

  void remove(Object key) {
    entries.removeIf(e -> e.key.equals(key));
  }

  /**
   * The policy in force: the selected district's, the highest version if several are installed.
   *
   * @throws UnavailableException if the selected district has no policy installed
   */
  Entry active() {
    Optional<PolicyChoices.Chosen> own = chosen.get();
    String wanted = own.map(PolicyChoices.Chosen::policy).orElse(district);
    Entry best = find(wanted, own.map(PolicyChoices.Chosen::version).orElse(null)).orElse(null);
    if (best == null) {
      throw new UnavailableException(
          "本区（" + wanted + "）的审核规则尚未安装，暂不能提交议题，请联系系统管理员",
          "no policy for district '"
              + wanted
              + "' is installed; submissions are refused until one"
              + " is");
    }
    return best;
  }

  List<PolicyInfo> infos() {
    Entry active;
    try {
      active = active();
    } catch (UnavailableException e) {
      active = null;
    }
    List<PolicyInfo> out = new ArrayList<>();
    for (Entry e : entries) {
      out.add(info(e, e == active));
    }
    out.sort(Comparator.comparing((PolicyInfo i) -> i.district).thenComparing(i -> i.version));
    return out;
  }

  static PolicyInfo info(Entry e, boolean active) {
    PolicyInfo i = new PolicyInfo();
    i.district = e.district;
    i.version = e.version;
    i.active = active;
    i.bundle = e.bundle;
    i.overridable = new ArrayList<>(e.policy.overridable());
    i.overridable.sort(Comparator.naturalOrder());
    i.materialsLeadDays = e.policy.materialsLeadDays();
    return i;
  }

  private static String str(Object value, String fallback) {
    return value == null ? fallback : String.valueOf(value);
  }

  /** Orders versions numerically where they are numbers ("2021.10" after "2021.9"). */
  static int compareVersions(String left, String right) {
    String[] a = left.split("[.-]");
    String[] b = right.split("[.-]");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "0";
      String y = i < b.length ? b[i] : "0";
      int c =
          x.matches("\\d+") && y.matches("\\d+")
              ? Long.compare(Long.parseLong(x), Long.parseLong(y))
              : x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
