package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violation;
import org.govmeeting.api.review.PolicyChoice;
import org.govmeeting.api.security.Actor;

/**
 * Each district's choice of policy, kept in the review unit (REV_POLICY_CHOICE, the district's
 * rows): read by every act that builds a chain, so a choice made on one node holds on all at once.
 */
final class PolicyChoices {
  /** A district's own choice. */
  record Chosen(String policy, String version, String by, java.time.Instant at, String reason) {}

  /** A district's choice as last read, and when (System.nanoTime). */
  private record Held(Optional<Chosen> chosen, long readAt) {}

  /**
   * How long a choice read is taken as the district's: every chain's act asks, and reading the
   * table each time made the policy list a database read. A choice made on this node holds at once
   * (it replaces what is held); one made on another node, within this time.
   */
  static final long HOLD_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

  private final JpaTemplate jpa;
  private final Policies policies;
  private final Clock clock;
  private final java.util.Map<String, Held> held = new java.util.concurrent.ConcurrentHashMap<>();

  PolicyChoices(JpaTemplate jpa, Policies policies, Clock clock) {
    this.jpa = jpa;
    this.policies = policies;
    this.clock = clock;
  }

  /** The choice of the district of the running scope, if it made one. */
  Optional<Chosen> current() {
    String district = DistrictScope.current();
    Held h = held.get(district);
    long now = System.nanoTime();
    if (h != null && now - h.readAt() < HOLD_NANOS) {
      return h.chosen();
    }
    Optional<Chosen> read = read();
    held.put(district, new Held(read, now));
    return read;
  }

  private Optional<Chosen> read() {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select c from PolicyChoiceRecord c order by c.id desc",
                    PolicyChoiceRecord.class)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(
                    c ->
                        new Chosen(
                            c.policy, c.version, c.chosenBy, c.chosenAt.toInstant(), c.reason)));
  }

  PolicyChoice of(String district) {
    return DistrictScope.call(district, () -> view(district, current()));
  }

  PolicyChoice choose(String district, String policy, String version, String reason, Actor actor) {
    actor.actingAs(Role.PLATFORM_ADMINISTRATOR);
    String p = policy == null ? "" : policy.trim();
    String v = version == null || version.isBlank() ? null : version.trim();
    List<String> installed = policies.districts();
    java.util.ArrayList<Violation> problems = new java.util.ArrayList<>();
    if (!installed.contains(p)) {
      problems.add(
          new Violation(
              "policy",
              null,
              "审核规则“" + p + "”未安装（已安装：" + String.join("、", installed) + "）",
              "policy '"
                  + p
                  + "' is not installed (installed: "
                  + String.join(", ", installed)
                  + ")"));
    } else if (v != null && !policies.versions(p).contains(v)) {
      problems.add(
          new Violation(
              "version",
              null,
              "审核规则“" + p + "”没有已安装的版本“" + v + "”（已安装：" + policies.versions(p) + "）",
              "policy '" + p + "' has no installed version '" + v + "': " + policies.versions(p)));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new Violation("reason", null, "请说明选用理由", "a reason is required"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return DistrictScope.call(
        district,
        () -> {
          // Its own transaction in the district's scope, so the row is the district's whatever
          // district the administrator's own call runs in.
          jpa.tx(
              TransactionType.RequiresNew,
              em -> {
                PolicyChoiceRecord c = new PolicyChoiceRecord();
                c.policy = p;
                c.version = v;
                c.chosenBy = actor.personId();
                c.chosenAt = Timestamp.from(clock.instant());
                c.reason = reason.trim();
                em.persist(c);
              });
          Optional<Chosen> now = read();
          held.put(district, new Held(now, System.nanoTime()));
          return view(district, now);
        });
  }

  private PolicyChoice view(String district, Optional<Chosen> chosen) {
    PolicyChoice out = new PolicyChoice();
    out.district = district;
    out.own = chosen.isPresent();
    out.policy = chosen.map(Chosen::policy).orElse(policies.selected());
    out.version = chosen.map(Chosen::version).orElse(null);
    out.chosenBy = chosen.map(Chosen::by).orElse(null);
    out.chosenAt = chosen.map(Chosen::at).orElse(null);
    out.reason = chosen.map(Chosen::reason).orElse(null);
    out.inForce =
        policies.find(out.policy, out.version).map(e -> Policies.info(e, true)).orElse(null);
    return out;
  }
}
