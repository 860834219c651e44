package org.govmeeting.directory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.DirectoryChange;
import org.govmeeting.api.directory.NewPerson;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.directory.UnitKind;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class DirectoryServiceTest {
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final Actor OFFICE = new Actor("liu.yang", "刘洋", Set.of(Role.OFFICE_STAFF));
  private static final Actor STAFF = new Actor("lin.na", "林娜", Set.of(Role.DEPARTMENT_STAFF));

  private LocalJpaTemplate jpa;
  private DirectoryService directory;

  @Before
  public void setUp() throws IOException {
    jpa = new LocalJpaTemplate("govmeeting.directory");
    directory =
        new DirectoryService(jpa, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    directory.seed(DirectoryService.loadRoster(""));
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  @Test
  public void builtInRosterHasTheWholeDistrict() {
    assertEquals(1, directory.people(null, Role.MAYOR).size());
    assertEquals(1, directory.people(null, Role.EXECUTIVE_VICE_MAYOR).size());
    assertTrue(directory.people(null, Role.VICE_MAYOR).size() >= 5);
    assertTrue(directory.people(null, Role.PARTY_GROUP_MEMBER).size() >= 2);
    for (String bureau : List.of("FINANCE", "JUSTICE", "AUDIT", "PETITIONS")) {
      assertEquals(UnitKind.BUREAU, directory.unit(bureau).orElseThrow().kind);
    }
    assertTrue(directory.units(UnitKind.DEPARTMENT, null).size() >= 8);
    assertTrue(directory.units(UnitKind.SUBDISTRICT, null).size() >= 3);
    assertTrue(directory.unit("OFFICE").isPresent());
    assertTrue(directory.unit("SECRETARIAT").isPresent());
  }

  @Test
  public void seedingTwiceChangesNothing() throws IOException {
    int people = directory.people(null, null).size();
    int units = directory.units(null, null).size();
    directory.seed(DirectoryService.loadRoster(""));
    assertEquals(people, directory.people(null, null).size());
    assertEquals(units, directory.units(null, null).size());
  }

  @Test
  public void seedingKeepsChangesMadeSinceTheFirstStart() throws IOException {
    directory.assignSupervisor("EDUCATION", "sun.lei", "portfolio reshuffle", OFFICE);
    directory.seed(DirectoryService.loadRoster(""));
    assertEquals("sun.lei", directory.unit("EDUCATION").orElseThrow().supervisorId);
  }

  @Test
  public void membersAreTheMayorAndTheViceMayors_C1() {
    // rule: C1
    List<Person> members = directory.members();
    assertTrue(members.stream().anyMatch(p -> p.roles.contains(Role.MAYOR)));
    for (Person p : members) {
      assertTrue(p.roles.contains(Role.MAYOR) || p.roles.contains(Role.VICE_MAYOR));
    }
    assertEquals(directory.people(null, Role.VICE_MAYOR).size() + 1, members.size());
    assertFalse(members.stream().anyMatch(p -> p.id.equals("zheng.hua")));
  }

  @Test
  public void regularAttendeesAreThoseNamedByC2() {
    // rule: C2
    Set<String> ids =
        directory.regularAttendees().stream().map(p -> p.id).collect(Collectors.toSet());
    assertEquals(
        Set.of("zheng.hua", "feng.jun", "gao.yan", "chen.jing", "huang.tao", "he.bin"), ids);
    assertFalse("the Justice Bureau is not a regular attendee", ids.contains("xu.li"));
  }

  @Test
  public void portfolioIsListedOnTheSupervisor() {
    Person evm = directory.person("wang.hong").orElseThrow();
    assertEquals(List.of("AUDIT", "DEVREFORM", "FINANCE", "NATRES"), evm.portfolio);
    assertTrue(evm.member);
    assertEquals(
        List.of("EDUCATION", "HEALTH", "HRSS"),
        directory.units(null, "zhao.min").stream().map(u -> u.id).collect(Collectors.toList()));
  }

  @Test
  public void filtersPeopleByUnitAndRole() {
    List<Person> heads = directory.people("EDUCATION", Role.DEPARTMENT_HEAD);
    assertEquals(1, heads.size());
    assertEquals("luo.ping", heads.get(0).id);
    assertEquals(2, directory.people("EDUCATION", null).size());
  }

  @Test
  public void officeAddsAPersonAndTheActIsRecorded() {
    NewPerson np = new NewPerson();
    np.id = "qian.bo";
    np.name = "钱博";
    np.unitId = "HEALTH";
    np.roles = List.of(Role.DEPARTMENT_STAFF);
    Person added = directory.addPerson(np, OFFICE);
    assertEquals("HEALTH", added.unitId);
    assertTrue(directory.person("qian.bo").isPresent());
    DirectoryChange change = directory.changes("qian.bo", 0, 10).get(0);
    assertEquals("liu.yang", change.actorId);
    assertEquals(Role.OFFICE_STAFF, change.actorRole);
    assertEquals(NOW, change.at);
    assertEquals("PERSON_ADDED", change.kind);
  }

  @Test
  public void departmentStaffCannotChangeTheDirectory() {
    NewPerson np = new NewPerson();
    np.id = "qian.bo";
    np.name = "钱博";
    np.unitId = "HEALTH";
    np.roles = List.of(Role.DEPARTMENT_STAFF);
    try {
      directory.addPerson(np, STAFF);
      fail();
    } catch (AccessDeniedException expected) {
      assertFalse(directory.person("qian.bo").isPresent());
    }
  }

  @Test
  public void badInputNamesTheFieldAndChangesNothing() {
    NewPerson np = new NewPerson();
    np.id = "qian.bo";
    np.name = "钱博";
    np.unitId = "NOWHERE";
    np.roles = List.of(Role.DEPARTMENT_STAFF);
    try {
      directory.addPerson(np, OFFICE);
      fail();
    } catch (ValidationException e) {
      assertEquals("unitId", e.field());
      assertEquals("单位“NOWHERE”不存在", e.message(false));
      assertEquals("unit 'NOWHERE' does not exist", e.message(true));
    }
    np.unitId = "HEALTH";
    np.name = " ";
    try {
      directory.addPerson(np, OFFICE);
      fail();
    } catch (ValidationException e) {
      assertEquals("name", e.field());
      assertEquals("请填写姓名", e.message(false));
      assertEquals("name is required", e.message(true));
    }
    assertFalse(directory.person("qian.bo").isPresent());
    assertTrue(directory.changes(null, 0, 10).isEmpty());
  }

  @Test(expected = ConflictException.class)
  public void duplicateIdIsAConflict() {
    NewPerson np = new NewPerson();
    np.id = "li.jianguo";
    np.name = "重名";
    np.unitId = "HEALTH";
    np.roles = List.of(Role.DEPARTMENT_STAFF);
    directory.addPerson(np, OFFICE);
  }

  @Test
  public void reassigningAPortfolioKeepsWhoWhenAndWhy() {
    Unit u = directory.assignSupervisor("HEALTH", "zhou.fang", "handover", OFFICE);
    assertEquals("zhou.fang", u.supervisorId);
    DirectoryChange c = directory.changes("HEALTH", 0, 1).get(0);
    assertEquals("handover", c.reason);
    assertTrue(c.detail, c.detail.contains("zhao.min -> zhou.fang"));
  }

  @Test
  public void onlyViceMayorsAndPartyMembersSupervise_S1() {
    // rule: S1 — topics are signed by the supervising vice-mayor or party-group member
    try {
      directory.assignSupervisor("HEALTH", "luo.ping", "wrong", OFFICE);
      fail();
    } catch (ValidationException e) {
      assertEquals(Clause.S1, e.clause().orElseThrow());
      assertEquals("罗平既不是副区长也不是党组成员，不能分管单位", e.message(false));
      assertTrue(e.message(true), e.message(true).startsWith("luo.ping is neither a vice-mayor"));
    }
    assertEquals("zhao.min", directory.unit("HEALTH").orElseThrow().supervisorId);
  }

  /** The directory's configuration as an administrator wrote it, zone aside defaults. */
  private static DirectoryConfig config(String zone) {
    return (DirectoryConfig)
        java.lang.reflect.Proxy.newProxyInstance(
            DirectoryConfig.class.getClassLoader(),
            new Class<?>[] {DirectoryConfig.class},
            (proxy, method, args) ->
                method.getName().equals("zone") ? zone : method.getDefaultValue());
  }

  @Test
  public void theDistrictsZoneIsASettingAndABadOneIsRefusedLoudly() throws Exception {
    assertEquals("Asia/Shanghai", DirectoryConfig.class.getMethod("zone").getDefaultValue());
    List<String> log = new java.util.ArrayList<>();
    Settings settings = new Settings(DirectoryConfig.PID, DirectoryConfig.class, log::add);
    assertEquals(ZoneId.of("Asia/Urumqi"), DirectoryService.zone(config("Asia/Urumqi"), settings));
    assertTrue(log.isEmpty());
    assertEquals(
        ZoneId.of("Asia/Shanghai"), DirectoryService.zone(config("Asia/Beijing"), settings));
    assertEquals(1, log.size());
    assertTrue(
        log.get(0),
        log.get(0).contains("org.govmeeting.directory: setting zone = Asia/Beijing refused"));
    assertTrue(log.get(0), log.get(0).contains("using the default, Asia/Shanghai"));
    assertEquals(ZoneId.of("Asia/Shanghai"), DirectoryService.zone(config(""), settings));
    assertEquals(2, log.size());
    assertEquals(ZoneId.of("Asia/Shanghai"), directory.zone());
  }

  @Test
  public void rosterErrorsNameTheLine() {
    String bad = "unit\tA\tDEPARTMENT\t甲\tA\t-\t-\nperson\tx.y\tB\t某\t-\tDEPARTMENT_STAFF\n";
    try {
      Roster.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.tsv");
      fail();
    } catch (IOException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("unknown unit B"));
    }
    try {
      Roster.parse(
          new ByteArrayInputStream(
              "unit\tA\tNOKIND\t甲\tA\t-\t-\n".getBytes(StandardCharsets.UTF_8)),
          "bad.tsv");
      fail();
    } catch (IOException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("bad.tsv:1:"));
    }
  }

  private static NewPerson withAccount(String id, String account) {
    NewPerson np = new NewPerson();
    np.id = id;
    np.name = "钱博";
    np.unitId = "HEALTH";
    np.roles = List.of(Role.DEPARTMENT_STAFF);
    np.account = account;
    return np;
  }

  @Test
  public void aPersonIsFoundByTheirAccountWhateverItsCase() {
    Person added = directory.addPerson(withAccount("qian.bo", " QianBo@Qianjin.gov.cn "), OFFICE);
    assertEquals("stored trimmed, in lower case", "qianbo@qianjin.gov.cn", added.account);
    assertEquals("qian.bo", directory.personByAccount("QIANBO@qianjin.gov.cn").orElseThrow().id);
    assertEquals(
        List.of(Role.DEPARTMENT_STAFF),
        directory.personByAccount("qianbo@qianjin.gov.cn").orElseThrow().roles);
    assertTrue(directory.changes("qian.bo", 0, 1).get(0).detail.contains("qianbo@qianjin.gov.cn"));
    // A person's ID is no account: the mayor has none until one is given.
    assertFalse(directory.personByAccount("li.jianguo").isPresent());
    assertFalse(directory.personByAccount(" ").isPresent());
    assertEquals(null, directory.person("li.jianguo").orElseThrow().account);
  }

  @Test
  public void anAccountBelongsToOnePersonOnly() {
    directory.addPerson(withAccount("qian.bo", "qb001"), OFFICE);
    try {
      directory.addPerson(withAccount("qian.er", "QB001"), OFFICE);
      fail();
    } catch (ConflictException expected) {
      assertFalse(directory.person("qian.er").isPresent());
    }
    // Any number of people without one.
    directory.addPerson(withAccount("qian.san", null), OFFICE);
    directory.addPerson(withAccount("qian.si", ""), OFFICE);
    assertEquals(null, directory.person("qian.si").orElseThrow().account);
  }

  @Test
  public void anAccountWithSpacesIsRefused() {
    try {
      directory.addPerson(withAccount("qian.bo", "qian bo"), OFFICE);
      fail();
    } catch (ValidationException e) {
      assertEquals("account", e.field());
      assertFalse(directory.person("qian.bo").isPresent());
    }
  }

  @Test
  public void aRosterGivesAccountsToPeopleWhoHaveNone() throws IOException {
    directory.addPerson(withAccount("qian.bo", "qb-own"), OFFICE);
    String roster =
        "unit\tHEALTH\tDEPARTMENT\t区卫健委\tHealth\t-\t-\n"
            + "person\tli.jianguo\tHEALTH\t李建国\t区长\tMAYOR\tE0001\n"
            + "person\tqian.bo\tHEALTH\t钱博\t-\tDEPARTMENT_STAFF\tQB-Roster\n"
            + "person\tnew.one\tHEALTH\t新人\t-\tDEPARTMENT_STAFF\tN1\n"
            + "person\tno.account\tHEALTH\t无号\t-\tDEPARTMENT_STAFF\n";
    directory.seed(
        Roster.parse(new ByteArrayInputStream(roster.getBytes(StandardCharsets.UTF_8)), "r.tsv"));
    assertEquals("li.jianguo", directory.personByAccount("e0001").orElseThrow().id);
    assertEquals("MAYOR", directory.person("li.jianguo").orElseThrow().roles.get(0).name());
    assertEquals("an account given is kept", "qb-own", directory.person("qian.bo").get().account);
    assertEquals("new.one", directory.personByAccount("n1").orElseThrow().id);
    assertEquals(null, directory.person("no.account").orElseThrow().account);
  }

  @Test
  public void aRosterNamingOneAccountTwiceIsRefused() {
    String roster =
        "unit\tA\tDEPARTMENT\t甲\tA\t-\t-\n"
            + "person\tx.y\tA\t某\t-\tDEPARTMENT_STAFF\tsame\n"
            + "person\tx.z\tA\t某\t-\tDEPARTMENT_STAFF\tSAME\n";
    try {
      Roster.parse(new ByteArrayInputStream(roster.getBytes(StandardCharsets.UTF_8)), "r.tsv");
      fail();
    } catch (IOException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("account same appears twice"));
    }
  }
}
