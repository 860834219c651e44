package org.govmeeting.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.DistrictSettings;
import org.govmeeting.api.directory.NewDistrict;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.StaleRevisionException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violation;
import org.govmeeting.api.security.Actor;

/**
 * The districts the platform serves, and the platform administrator's act of adding one: its
 * record, its roster's units (in its own scope) and people (of it), and the change that says who
 * added it, in one transaction of the new district's scope.
 */
final class Districts {
  static final String DEFAULT_NAME = "前进区";
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  /**
   * The districts as last read: a district is asked for at every call (the caller's, for its name),
   * and added rarely. Dropped when one is added here; another node's addition shows within {@link
   * #HOLD_NANOS}.
   */
  private volatile Map<String, District> held;

  private volatile long heldAt;
  static final long HOLD_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

  private final JpaTemplate jpa;
  private final Clock clock;
  private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

  Districts(JpaTemplate jpa, Clock clock) {
    this.jpa = jpa;
    this.clock = clock;
  }

  /** Makes sure the default district is listed: a database of one district made before had none. */
  void ensureDefault() {
    jpa.tx(
        TransactionType.Required,
        em -> {
          if (em.find(DistrictRecord.class, DistrictScope.DEFAULT) == null) {
            DistrictRecord d = new DistrictRecord();
            d.id = DistrictScope.DEFAULT;
            d.name = DEFAULT_NAME;
            em.persist(d);
          }
        });
  }

  List<District> all() {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery("select d from DistrictRecord d", DistrictRecord.class)
                .getResultList()
                .stream()
                .sorted(
                    Comparator.comparing((DistrictRecord d) -> !d.id.equals(DistrictScope.DEFAULT))
                        .thenComparing(d -> d.id))
                .map(d -> view(em, d))
                .collect(Collectors.toList()));
  }

  Optional<District> one(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Map<String, District> all = held;
    if (all == null || System.nanoTime() - heldAt >= HOLD_NANOS || !all.containsKey(id)) {
      Map<String, District> read = new java.util.HashMap<>();
      all().forEach(d -> read.put(d.id, d));
      held = all = read;
      heldAt = System.nanoTime();
    }
    return Optional.ofNullable(all.get(id)).map(Districts::copy);
  }

  private static District copy(District d) {
    District out = new District();
    out.id = d.id;
    out.name = d.name;
    out.addedAt = d.addedAt;
    out.addedBy = d.addedBy;
    out.people = d.people;
    out.units = d.units;
    out.firstMeetingNumber = d.firstMeetingNumber;
    out.cutoffHours = d.cutoffHours;
    out.dueSoonDays = d.dueSoonDays;
    out.archiveWithinDays = d.archiveWithinDays;
    out.timeZone = d.timeZone;
    out.revision = d.revision;
    return out;
  }

  /**
   * The zone of a district that has one of its own; read from the districts as last read, since it
   * is asked for at every time the API writes.
   */
  Optional<ZoneId> zoneOf(String id) {
    Map<String, District> all = held;
    District d =
        all != null && System.nanoTime() - heldAt < HOLD_NANOS ? all.get(id) : one(id).orElse(null);
    if (d == null || d.timeZone == null) {
      return Optional.empty();
    }
    return Optional.of(zones.computeIfAbsent(d.timeZone, ZoneId::of));
  }

  /** Changes a district's name and settings, or throws with every problem at once. */
  District change(String id, DistrictSettings in, long revision, Actor actor) {
    Role actingAs = actor.actingAs(Role.PLATFORM_ADMINISTRATOR);
    if (in == null) {
      throw new ValidationException("body", "请填写区的设置", "the district's settings are required");
    }
    List<Violation> problems = new ArrayList<>();
    String name = in.name == null ? "" : in.name.trim();
    problems.addAll(DistrictSettingsRules.problems(name, DistrictSettingsRules.Settings.of(in)));
    String reason = in.reason == null ? "" : in.reason.trim();
    if (reason.isEmpty() || reason.length() > 1000) {
      problems.add(
          new Violation(
              "reason",
              null,
              "请说明修改的理由（至多1000字）",
              "a reason is required, at most 1000 characters"));
    }
    if (one(id).isEmpty()) {
      throw new NotFoundException("区", "district", id);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    held = null;
    try {
      return DistrictScope.call(
          id,
          () ->
              jpa.txExpr(
                  // In the district's own scope, so that its change is listed among its own.
                  TransactionType.RequiresNew,
                  em -> {
                    DistrictRecord d =
                        em.find(DistrictRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
                    if (d == null) {
                      throw new NotFoundException("区", "district", id);
                    }
                    if (d.revision != revision) {
                      throw new StaleRevisionException(
                          "区“" + id + "”的设置已被他人修改（现为第" + d.revision + "版），请重新读取后再改",
                          "district '"
                              + id
                              + "' changed since revision "
                              + revision
                              + " (now "
                              + d.revision
                              + "): read it again");
                    }
                    String before = DistrictSettingsRules.settings(d);
                    d.name = name;
                    DistrictSettingsRules.apply(d, DistrictSettingsRules.Settings.of(in));
                    d.revision++;
                    ChangeRecord c = new ChangeRecord();
                    c.at = Timestamp.from(clock.instant());
                    c.actorId = actor.personId();
                    c.actorRole = actingAs;
                    c.kind = "DISTRICT_CHANGED";
                    c.subjectId = id;
                    c.detail =
                        DistrictSettingsRules.cut(
                            "settings of "
                                + id
                                + ": "
                                + before
                                + " -> "
                                + DistrictSettingsRules.settings(d),
                            1000);
                    c.reason = reason;
                    em.persist(c);
                    em.flush();
                    return view(em, d);
                  }));
    } finally {
      held = null;
    }
  }

  /** Adds the district, or throws with every problem of the request at once. */
  District add(NewDistrict in, Actor actor) {
    held = null;
    Role actingAs = actor.actingAs(Role.PLATFORM_ADMINISTRATOR);
    List<Violation> problems = new ArrayList<>();
    String id = in.id == null ? "" : in.id.trim();
    if (!CODE.matcher(id).matches()) {
      problems.add(
          new Violation(
              "id",
              null,
              "区代码须为2至40位小写字母、数字或“-”，并以字母开头",
              "id must be 2-40 lower-case letters, digits or '-', starting with a letter"));
    }
    String name = in.name == null ? "" : in.name.trim();
    problems.addAll(DistrictSettingsRules.problems(name, DistrictSettingsRules.Settings.of(in)));
    Roster roster = null;
    if (in.roster == null || in.roster.isBlank()) {
      problems.add(new Violation("roster", null, "请提供该区的名册", "the district's roster is required"));
    } else {
      try {
        roster =
            Roster.parse(
                new ByteArrayInputStream(in.roster.getBytes(StandardCharsets.UTF_8)), "roster");
        if (roster.people.isEmpty() || roster.units.isEmpty()) {
          problems.add(
              new Violation(
                  "roster", null, "名册须至少列出一个单位和一名人员", "the roster must list a unit and a person"));
        }
      } catch (IOException bad) {
        problems.add(
            new Violation(
                "roster", null, "名册有误：" + bad.getMessage(), "roster: " + bad.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Roster r = roster;
    return DistrictScope.call(
        id,
        () ->
            jpa.txExpr(
                // Its own transaction, begun in the new district's scope: the units are written
                // by an entity manager whose district is the new one, not the administrator's.
                TransactionType.RequiresNew,
                em -> {
                  if (em.find(DistrictRecord.class, id) != null) {
                    throw new ConflictException(
                        "区“" + id + "”已存在", "district '" + id + "' already exists");
                  }
                  List<String> taken = new ArrayList<>();
                  for (PersonRecord p : r.people) {
                    if (em.find(PersonRecord.class, p.id) != null
                        || (p.account != null && holder(em, p.account))) {
                      taken.add(p.id);
                    }
                  }
                  if (!taken.isEmpty()) {
                    throw new ConflictException(
                        "名册中的人员账号已被使用：" + String.join("、", taken),
                        "the roster's people already exist: " + String.join(", ", taken));
                  }
                  DistrictRecord d = new DistrictRecord();
                  d.id = id;
                  d.name = name;
                  d.addedAt = Timestamp.from(clock.instant());
                  d.addedBy = actor.personId();
                  DistrictSettingsRules.apply(d, DistrictSettingsRules.Settings.of(in));
                  em.persist(d);
                  r.units.forEach(em::persist);
                  for (PersonRecord p : r.people) {
                    p.districtId = id;
                    em.persist(p);
                  }
                  ChangeRecord c = new ChangeRecord();
                  c.at = d.addedAt;
                  c.actorId = actor.personId();
                  c.actorRole = actingAs;
                  c.kind = "DISTRICT_ADDED";
                  c.subjectId = id;
                  c.detail =
                      "added district "
                          + id
                          + " ("
                          + name
                          + ") with "
                          + r.units.size()
                          + " units and "
                          + r.people.size()
                          + " people";
                  em.persist(c);
                  em.flush();
                  return view(em, d);
                }));
  }

  private static boolean holder(EntityManager em, String account) {
    return !em.createQuery("select p.id from PersonRecord p where p.account = :a", String.class)
        .setParameter("a", account)
        .getResultList()
        .isEmpty();
  }

  private static District view(EntityManager em, DistrictRecord d) {
    District out = new District();
    out.id = d.id;
    out.name = d.name;
    out.addedAt = d.addedAt == null ? null : d.addedAt.toInstant();
    out.addedBy = d.addedBy;
    out.firstMeetingNumber = d.firstMeetingNumber;
    out.cutoffHours = d.cutoffHours;
    out.dueSoonDays = d.dueSoonDays;
    out.archiveWithinDays = d.archiveWithinDays;
    out.timeZone = d.timeZone;
    out.revision = d.revision;
    out.people =
        em.createQuery("select count(p) from PersonRecord p where p.districtId = :d", Long.class)
            .setParameter("d", d.id)
            .getSingleResult()
            .intValue();
    // Units are district-scoped: counted natively, for any district, not only the scope's.
    Object units =
        em.createNativeQuery("SELECT COUNT(*) FROM DIR_UNIT WHERE DISTRICT_ID = ?")
            .setParameter(1, d.id)
            .getSingleResult();
    out.units = ((Number) units).intValue();
    return out;
  }
}
