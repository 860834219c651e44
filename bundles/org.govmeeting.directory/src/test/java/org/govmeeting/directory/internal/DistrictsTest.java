package org.govmeeting.directory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.NewDistrict;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violation;
import org.govmeeting.api.security.Actor;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Several districts in one directory (issue 20, item 1): each its own roster, none another's. */
public class DistrictsTest {
  private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
  private static final Actor ADMIN =
      new Actor("qin.hai", "秦海", Set.of(Role.PLATFORM_ADMINISTRATOR));
  private static final Actor OFFICE = new Actor("chen.jing", "陈静", Set.of(Role.OFFICE_DIRECTOR));
  private static final String DONGFENG =
      "unit\tOFFICE\tOFFICE\t东风区政府办公室\tGovernment Office\twang.lan\t-\n"
          + "unit\tFINANCE\tBUREAU\t东风区财政局\tFinance Bureau\tqian.hong\tli.xiaofeng\n"
          + "unit\tLEADERSHIP\tLEADERSHIP\t东风区人民政府\tDistrict Government\tzhang.dongsheng\t-\n"
          + "person\tzhang.dongsheng\tLEADERSHIP\t张东升\t区长\tMAYOR\n"
          + "person\tli.xiaofeng\tLEADERSHIP\t李晓峰\t常务副区长\tEXECUTIVE_VICE_MAYOR,VICE_MAYOR\n"
          + "person\twang.lan\tOFFICE\t王兰\t办公室主任\tOFFICE_DIRECTOR\n"
          + "person\tqian.hong\tFINANCE\t钱红\t财政局局长\tFINANCE_HEAD\tqh001\n";

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

  private District addDongfeng() {
    NewDistrict d = new NewDistrict();
    d.id = "dongfeng";
    d.name = "东风区";
    d.roster = DONGFENG;
    d.firstMeetingNumber = 12;
    d.cutoffHours = 24;
    return directory.addDistrict(d, ADMIN);
  }

  @Test
  public void theDefaultDistrictHoldsTheSeededRoster() {
    List<District> all = directory.districts();
    assertEquals(1, all.size());
    assertEquals(DistrictScope.DEFAULT, all.get(0).id);
    assertEquals("前进区", all.get(0).name);
    assertEquals(directory.people(null, null).size(), all.get(0).people);
    assertEquals(DistrictScope.DEFAULT, directory.person("li.jianguo").orElseThrow().districtId);
  }

  @Test
  public void anAddedDistrictHasItsOwnUnitsOfTheSameCodesAndItsOwnPeople() {
    District d = addDongfeng();
    assertEquals(4, d.people);
    assertEquals(3, d.units);
    assertEquals(NOW, d.addedAt);
    assertEquals("qin.hai", d.addedBy);
    assertEquals(Integer.valueOf(12), d.firstMeetingNumber);
    assertEquals(Integer.valueOf(24), d.cutoffHours);
    assertEquals(null, directory.district("qianjin").orElseThrow().firstMeetingNumber);
    assertEquals(List.of("qianjin", "dongfeng"), ids(directory.districts()));

    // Qianjin, the default, reads its own FINANCE and people, and nobody of Dongfeng.
    assertEquals("区财政局", directory.unit("FINANCE").orElseThrow().name);
    assertFalse(directory.person("zhang.dongsheng").isPresent());
    assertFalse(directory.personByAccount("qh001").isPresent());
    assertTrue(
        directory.people(null, Role.MAYOR).stream().allMatch(p -> p.id.equals("li.jianguo")));

    DistrictScope.run(
        "dongfeng",
        () -> {
          assertEquals("东风区财政局", directory.unit("FINANCE").orElseThrow().name);
          assertEquals(3, directory.units(null, null).size());
          assertFalse(directory.unit("EDUCATION").isPresent());
          assertFalse("no Qianjin person", directory.person("li.jianguo").isPresent());
          assertEquals(
              List.of("zhang.dongsheng"),
              directory.people(null, Role.MAYOR).stream().map(p -> p.id).toList());
          // rule: C1 — the members of Dongfeng's meeting are Dongfeng's mayor and vice-mayors
          assertEquals(
              Set.of("zhang.dongsheng", "li.xiaofeng"),
              directory.members().stream().map(p -> p.id).collect(Collectors.toSet()));
          Person vice = directory.person("li.xiaofeng").orElseThrow();
          assertEquals(List.of("FINANCE"), vice.portfolio);
          assertEquals("dongfeng", vice.districtId);
        });

    // A login finds its person whichever district they are of, seen as their district sees them.
    Person signing = directory.signingIn("li.xiaofeng", false).orElseThrow();
    assertEquals("dongfeng", signing.districtId);
    assertEquals(List.of("FINANCE"), signing.portfolio);
    assertEquals("qian.hong", directory.signingIn("QH001", true).orElseThrow().id);
    assertEquals("qianjin", directory.signingIn("li.jianguo", false).orElseThrow().districtId);
    assertFalse(directory.signingIn("nobody", false).isPresent());
  }

  @Test
  public void onlyThePlatformAdministratorAddsADistrict() {
    NewDistrict d = new NewDistrict();
    d.id = "dongfeng";
    d.name = "东风区";
    d.roster = DONGFENG;
    try {
      directory.addDistrict(d, OFFICE);
      fail("a district's Office administers its district, not the platform");
    } catch (AccessDeniedException expected) {
      assertEquals(1, directory.districts().size());
    }
  }

  @Test
  public void everyProblemOfTheRequestIsToldAtOnceAndNothingIsAdded() {
    NewDistrict d = new NewDistrict();
    d.id = "Dong Feng";
    d.firstMeetingNumber = 0;
    d.cutoffHours = 1000;
    d.roster =
        "unit\tOFFICE\tOFFICE\t办公室\tOffice\t-\t-\nperson\tx.y\tNOWHERE\t某人\t-\tOFFICE_STAFF\n";
    try {
      directory.addDistrict(d, ADMIN);
      fail();
    } catch (ValidationException e) {
      List<String> fields = e.violations().stream().map(Violation::field).toList();
      assertEquals(List.of("id", "name", "firstMeetingNumber", "cutoffHours", "roster"), fields);
      assertTrue(
          e.violations().get(4).english(), e.violations().get(4).english().contains("NOWHERE"));
    }
    assertEquals(1, directory.districts().size());
  }

  @Test
  public void aDistrictIsAddedOnceAndCannotTakeAnyonesLogin() {
    addDongfeng();
    try {
      addDongfeng();
      fail();
    } catch (ConflictException expected) {
      assertEquals(2, directory.districts().size());
    }
    NewDistrict jiaoqu = new NewDistrict();
    jiaoqu.id = "jiaoqu";
    jiaoqu.name = "郊区";
    jiaoqu.roster =
        "unit\tOFFICE\tOFFICE\t郊区政府办公室\tOffice\t-\t-\n"
            + "person\tli.jianguo\tOFFICE\t李建国\t-\tOFFICE_STAFF\n"
            + "person\tnew.one\tOFFICE\t新人\t-\tOFFICE_STAFF\tqh001\n";
    try {
      directory.addDistrict(jiaoqu, ADMIN);
      fail("the Qianjin mayor's login and the Dongfeng account must stay theirs");
    } catch (ConflictException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("li.jianguo"));
      assertTrue(e.getMessage(), e.getMessage().contains("new.one"));
    }
    assertFalse(directory.district("jiaoqu").isPresent());
    assertEquals("qianjin", directory.signingIn("li.jianguo", false).orElseThrow().districtId);
    DistrictScope.run("jiaoqu", () -> assertFalse(directory.unit("OFFICE").isPresent()));
  }

  @Test
  public void anOfficeAddsPeopleToItsOwnDistrictOnly() {
    addDongfeng();
    Actor dongfengOffice =
        new Actor("wang.lan", "王兰", Set.of(Role.OFFICE_DIRECTOR), "OFFICE", "dongfeng");
    org.govmeeting.api.directory.NewPerson p = new org.govmeeting.api.directory.NewPerson();
    p.id = "zhao.yu";
    p.name = "赵宇";
    p.unitId = "FINANCE";
    p.roles = List.of(Role.DEPARTMENT_STAFF);
    DistrictScope.run("dongfeng", () -> directory.addPerson(p, dongfengOffice));
    assertEquals("dongfeng", directory.signingIn("zhao.yu", false).orElseThrow().districtId);
    assertFalse(directory.person("zhao.yu").isPresent());
    // A supervisor of another district is no one here (S1 asks for a vice-mayor of the district).
    try {
      DistrictScope.run(
          "dongfeng",
          () -> directory.assignSupervisor("FINANCE", "wang.hong", "试", dongfengOffice));
      fail();
    } catch (ValidationException expected) {
      DistrictScope.run(
          "dongfeng",
          () -> assertEquals("li.xiaofeng", directory.unit("FINANCE").orElseThrow().supervisorId));
    }
  }

  @Test
  public void aDistrictsSettingsChangeWithTheRevisionReadAndTheChangeIsRecorded() {
    District d = addDongfeng();
    assertEquals(0, d.revision);
    assertEquals(ZoneId.of("Asia/Shanghai"), DistrictScope.call("dongfeng", directory::zone));
    org.govmeeting.api.directory.DistrictSettings s =
        new org.govmeeting.api.directory.DistrictSettings();
    s.name = "东风区人民政府";
    s.firstMeetingNumber = 30;
    s.cutoffHours = 48;
    s.timeZone = "Asia/Harbin";
    s.dueSoonDays = 14;
    s.archiveWithinDays = 20;
    s.reason = "区政府第1次常务会议决定";
    District changed = directory.changeDistrict("dongfeng", s, 0, ADMIN);
    assertEquals(1, changed.revision);
    assertEquals("东风区人民政府", changed.name);
    assertEquals(Integer.valueOf(30), changed.firstMeetingNumber);
    assertEquals(Integer.valueOf(48), changed.cutoffHours);
    assertEquals("Asia/Harbin", changed.timeZone);
    // rule: I3 — the district's own time limit for its tasks' reminders
    assertEquals(Integer.valueOf(14), changed.dueSoonDays);
    // rule: M3 — and its own archive period
    assertEquals(Integer.valueOf(20), changed.archiveWithinDays);
    assertEquals(Integer.valueOf(14), directory.district("dongfeng").orElseThrow().dueSoonDays);
    assertEquals(4, changed.people);
    // Its zone is its own at once; Qianjin keeps the platform's.
    assertEquals(ZoneId.of("Asia/Harbin"), DistrictScope.call("dongfeng", directory::zone));
    assertEquals(ZoneId.of("Asia/Shanghai"), directory.zone());
    org.govmeeting.api.directory.DirectoryChange c =
        DistrictScope.call("dongfeng", () -> directory.changes("dongfeng", 0, 10)).get(0);
    assertEquals("DISTRICT_CHANGED", c.kind);
    assertEquals("qin.hai", c.actorId);
    assertEquals("区政府第1次常务会议决定", c.reason);
    assertTrue(
        c.detail, c.detail.contains("cutoffHours=24") && c.detail.contains("cutoffHours=48"));
    // Qianjin's own changes do not list it.
    assertTrue(directory.changes("dongfeng", 0, 10).isEmpty());

    // An edit from the revision before is refused whole.
    s.cutoffHours = 12;
    try {
      directory.changeDistrict("dongfeng", s, 0, ADMIN);
      fail();
    } catch (org.govmeeting.api.error.StaleRevisionException expected) {
      assertEquals(Integer.valueOf(48), directory.district("dongfeng").orElseThrow().cutoffHours);
    }
    // Left out, a setting falls back to the platform's.
    org.govmeeting.api.directory.DistrictSettings plain =
        new org.govmeeting.api.directory.DistrictSettings();
    plain.name = "东风区";
    plain.reason = "恢复平台设置";
    District back = directory.changeDistrict("dongfeng", plain, 1, ADMIN);
    assertEquals(null, back.cutoffHours);
    assertEquals(null, back.timeZone);
    assertEquals(null, back.dueSoonDays);
    assertEquals(ZoneId.of("Asia/Shanghai"), DistrictScope.call("dongfeng", directory::zone));
  }

  @Test
  public void badSettingsAreToldAtOnceAndOnlyThePlatformAdministratorChangesThem() {
    addDongfeng();
    org.govmeeting.api.directory.DistrictSettings s =
        new org.govmeeting.api.directory.DistrictSettings();
    s.name = " ";
    s.firstMeetingNumber = -1;
    s.cutoffHours = 0;
    s.timeZone = "Asia/Jiamusi";
    s.dueSoonDays = 91;
    s.archiveWithinDays = 0;
    try {
      directory.changeDistrict("dongfeng", s, 0, ADMIN);
      fail();
    } catch (ValidationException e) {
      assertEquals(
          List.of(
              "name",
              "firstMeetingNumber",
              "cutoffHours",
              "timeZone",
              "dueSoonDays",
              "archiveWithinDays",
              "reason"),
          e.violations().stream().map(Violation::field).toList());
    }
    s.name = "东风区";
    s.firstMeetingNumber = null;
    s.cutoffHours = null;
    s.timeZone = null;
    s.dueSoonDays = null;
    s.archiveWithinDays = null;
    s.reason = "试";
    try {
      directory.changeDistrict("dongfeng", s, 0, OFFICE);
      fail();
    } catch (AccessDeniedException expected) {
      // the district's Office runs its district, not the platform's list of them
    }
    try {
      directory.changeDistrict("xiangyang", s, 0, ADMIN);
      fail();
    } catch (org.govmeeting.api.error.NotFoundException expected) {
      // not added yet
    }
    assertEquals(0, directory.district("dongfeng").orElseThrow().revision);
  }

  private static List<String> ids(List<District> all) {
    return all.stream().map(d -> d.id).toList();
  }
}
