package org.govmeeting.directory.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.DirectoryChange;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.DistrictSettings;
import org.govmeeting.api.directory.NewDistrict;
import org.govmeeting.api.directory.NewPerson;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.directory.UnitKind;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The directory kept in the platform's own database, seeded from a roster on activation. */
@Component(service = Directory.class, configurationPid = DirectoryConfig.PID)
@Designate(ocd = DirectoryConfig.class)
public class DirectoryService implements Directory {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryService.class);

  /** Who may maintain the directory: the Government Office. */
  private static final Role[] MAINTAINERS = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};

  private final JpaTemplate jpa;
  private final Clock clock;
  private final ZoneId zone;
  private final Districts districts;

  @Activate
  public DirectoryService(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.directory)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.directory)")
          SchemaReady schema,
      DirectoryConfig config)
      throws IOException {
    this(
        jpa,
        Clock.systemUTC(),
        zone(config, new Settings(DirectoryConfig.PID, DirectoryConfig.class, LOG::error)));
    seed(RosterSeeding.load(config.rosterFile()));
  }

  DirectoryService(JpaTemplate jpa, Clock clock, ZoneId zone) {
    this.jpa = jpa;
    this.clock = clock;
    this.zone = zone;
    this.districts = new Districts(jpa, clock);
  }

  /** The configured zone; one the time-zone database does not know is refused, the default kept. */
  static ZoneId zone(DirectoryConfig config, Settings settings) {
    return settings.zone("zone", config.zone());
  }

  /** Lists the default district and seeds the roster into it; safe to repeat. */
  void seed(Roster roster) {
    districts.ensureDefault();
    new RosterSeeding(jpa).seed(roster);
  }

  static Roster loadRoster(String file) throws IOException {
    return RosterSeeding.load(file);
  }

  @Override
  public ZoneId zone() {
    return districts.zoneOf(DistrictScope.current()).orElse(zone);
  }

  static Optional<PersonRecord> holder(EntityManager em, String account) {
    return em
        .createQuery("select p from PersonRecord p where p.account = :a", PersonRecord.class)
        .setParameter("a", account)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Person> person(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String district = DistrictScope.current();
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            Optional.ofNullable(em.find(PersonRecord.class, id))
                .filter(p -> p.districtId.equals(district))
                .map(p -> Records.person(em, p)));
  }

  @Override
  public Optional<Person> signingIn(String login, boolean byAccount) {
    if (login == null || login.isBlank()) {
      return Optional.empty();
    }
    Optional<String> found =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              if (!byAccount) {
                return Optional.ofNullable(em.find(PersonRecord.class, login))
                    .map(p -> p.districtId);
              }
              return holder(em, login.trim().toLowerCase(java.util.Locale.ROOT))
                  .map(p -> p.districtId);
            });
    // The person as their own district sees them (their portfolio is of its units).
    return found.flatMap(
        district ->
            DistrictScope.call(district, () -> byAccount ? personByAccount(login) : person(login)));
  }

  @Override
  public List<District> districts() {
    return districts.all();
  }

  @Override
  public Optional<District> district(String id) {
    return districts.one(id);
  }

  @Override
  public District addDistrict(NewDistrict district, Actor actor) {
    return districts.add(district, actor);
  }

  @Override
  public District changeDistrict(String id, DistrictSettings settings, long revision, Actor actor) {
    return districts.change(id, settings, revision, actor);
  }

  @Override
  public Optional<Person> personByAccount(String account) {
    if (account == null || account.isBlank()) {
      return Optional.empty();
    }
    String a = account.trim().toLowerCase(java.util.Locale.ROOT);
    String district = DistrictScope.current();
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            holder(em, a)
                .filter(p -> p.districtId.equals(district))
                .map(p -> Records.person(em, p)));
  }

  @Override
  public List<Person> people(String unitId, Role role) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          StringBuilder jpql = new StringBuilder("select distinct p from PersonRecord p");
          if (role != null) {
            jpql.append(" join p.roles r where r = :role and");
          } else {
            jpql.append(" where");
          }
          jpql.append(" p.districtId = :district");
          if (unitId != null) {
            jpql.append(" and p.unitId = :unit");
          }
          jpql.append(" order by p.id");
          TypedQuery<PersonRecord> q = em.createQuery(jpql.toString(), PersonRecord.class);
          q.setParameter("district", DistrictScope.current());
          if (role != null) {
            q.setParameter("role", role);
          }
          if (unitId != null) {
            q.setParameter("unit", unitId);
          }
          List<PersonRecord> records = q.getResultList();
          List<UnitRecord> units =
              em.createQuery("select u from UnitRecord u", UnitRecord.class).getResultList();
          return records.stream().map(p -> Records.person(p, units)).collect(Collectors.toList());
        });
  }

  @Override
  public Optional<Unit> unit(String id) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> Optional.ofNullable(em.find(UnitRecord.class, id)).map(Records::unit));
  }

  @Override
  public List<Unit> units(UnitKind kind, String supervisorId) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery("select u from UnitRecord u order by u.id", UnitRecord.class)
                .getResultList()
                .stream()
                .filter(u -> kind == null || u.kind == kind)
                .filter(u -> supervisorId == null || supervisorId.equals(u.supervisorId))
                .map(Records::unit)
                .collect(Collectors.toList()));
  }

  // rule: C1
  @Override
  public List<Person> members() {
    return people(null, null).stream().filter(p -> p.member).collect(Collectors.toList());
  }

  // rule: C2
  @Override
  public List<Person> regularAttendees() {
    return people(null, null).stream()
        .filter(p -> p.regularAttendee && !p.member)
        .collect(Collectors.toList());
  }

  @Override
  public Person addPerson(NewPerson in, Actor actor) {
    Role actingAs = actor.actingAs(MAINTAINERS);
    String id = ValidationException.requireText("id", in.id, "人员账号");
    if (!id.matches("[a-z][a-z0-9._-]{1,63}")) {
      throw new ValidationException(
          "id",
          "人员账号须为2至64位小写字母、数字或“.”“_”“-”，并以字母开头",
          "id must be 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
    String name = ValidationException.requireText("name", in.name, "姓名");
    String unitId = ValidationException.requireText("unitId", in.unitId, "所在单位");
    if (in.roles == null || in.roles.isEmpty()) {
      throw new ValidationException("roles", "请至少为该人员指定一个角色", "roles must name at least one role");
    }
    String account = Accounts.normalise(in.account);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          if (em.find(PersonRecord.class, id) != null) {
            throw new ConflictException(
                "人员账号“" + id + "”已存在", "person '" + id + "' already exists");
          }
          if (em.find(UnitRecord.class, unitId) == null) {
            throw new ValidationException(
                "unitId", "单位“" + unitId + "”不存在", "unit '" + unitId + "' does not exist");
          }
          if (account != null && holder(em, account).isPresent()) {
            throw new ConflictException(
                "统一认证账号“" + account + "”已属于另一人员",
                "account '" + account + "' belongs to another person");
          }
          PersonRecord p = new PersonRecord();
          p.id = id;
          p.districtId = DistrictScope.current();
          p.account = account;
          p.name = name;
          p.title = in.title;
          p.unitId = unitId;
          p.roles = EnumSet.copyOf(in.roles);
          em.persist(p);
          record(
              em,
              actor,
              actingAs,
              "PERSON_ADDED",
              id,
              "added "
                  + name
                  + " to "
                  + unitId
                  + " as "
                  + p.roles
                  + (account == null ? "" : ", account " + account),
              null);
          return Records.person(em, p);
        });
  }

  @Override
  public Unit assignSupervisor(String unitId, String supervisorId, String reason, Actor actor) {
    Role actingAs = actor.actingAs(MAINTAINERS);
    ValidationException.requireText("supervisorId", supervisorId, "分管领导");
    String why = ValidationException.requireText("reason", reason, "调整理由");
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          UnitRecord unit = em.find(UnitRecord.class, unitId);
          if (unit == null) {
            throw new NotFoundException("单位", "unit", unitId);
          }
          PersonRecord supervisor = em.find(PersonRecord.class, supervisorId);
          if (supervisor == null || !supervisor.districtId.equals(DistrictScope.current())) {
            throw new ValidationException(
                "supervisorId",
                "人员“" + supervisorId + "”不存在",
                "person '" + supervisorId + "' does not exist");
          }
          if (supervisor.roles.stream().noneMatch(Role::supervisor)) {
            throw new ValidationException(
                "supervisorId",
                Clause.S1,
                supervisor.name + "既不是副区长也不是党组成员，不能分管单位",
                supervisorId
                    + " is neither a vice-mayor nor a party-group member and cannot"
                    + " supervise units");
          }
          String before = unit.supervisorId;
          unit.supervisorId = supervisorId;
          record(
              em,
              actor,
              actingAs,
              "SUPERVISOR_ASSIGNED",
              unitId,
              "supervisor of " + unitId + ": " + before + " -> " + supervisorId,
              why);
          return Records.unit(unit);
        });
  }

  @Override
  public List<DirectoryChange> changes(String subjectId, int offset, int limit) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TypedQuery<ChangeRecord> q =
              subjectId == null
                  ? em.createQuery(
                      "select c from ChangeRecord c order by c.id desc", ChangeRecord.class)
                  : em.createQuery(
                          "select c from ChangeRecord c where c.subjectId = :s order by c.id desc",
                          ChangeRecord.class)
                      .setParameter("s", subjectId);
          return q
              .setFirstResult(Math.max(0, offset))
              .setMaxResults(Math.max(1, limit))
              .getResultList()
              .stream()
              .map(Records::change)
              .collect(Collectors.toList());
        });
  }

  private void record(
      EntityManager em,
      Actor actor,
      Role role,
      String kind,
      String subject,
      String detail,
      String reason) {
    ChangeRecord c = new ChangeRecord();
    c.at = Timestamp.from(clock.instant());
    c.actorId = actor.personId();
    c.actorRole = role;
    c.kind = kind;
    c.subjectId = subject;
    c.detail = detail;
    c.reason = reason;
    em.persist(c);
  }
}
