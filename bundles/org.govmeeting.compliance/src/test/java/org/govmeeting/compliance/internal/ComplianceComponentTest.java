package org.govmeeting.compliance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.ComplianceSource;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.testsupport.Stubs;
import org.junit.Test;

public class ComplianceComponentTest {
  private static final Actor OFFICE = new Actor("chen.jing", "陈静", Set.of(Role.OFFICE_DIRECTOR));
  private static final Actor CLERK = new Actor("lin.na", "林娜", Set.of(Role.DEPARTMENT_STAFF));

  private static Meeting meeting() {
    Meeting m = new Meeting();
    m.id = 7;
    m.number = 44;
    m.status = Meeting.Status.CLOSED;
    m.scheduledAt = Instant.parse("2026-12-01T01:00:00Z");
    return m;
  }

  private static ComplianceComponent component() {
    MeetingService meetings =
        Stubs.only(MeetingService.class, Map.of("get", a -> Optional.of(meeting())));
    RecordReaders readers =
        Stubs.only(
            RecordReaders.class,
            Map.of(
                "requirePapersReader",
                a -> {
                  if (!((Actor) a[1]).has(Role.OFFICE_DIRECTOR)) {
                    throw new AccessDeniedException(Clause.K3, "会议文件", "papers");
                  }
                  return null;
                },
                "participant",
                a -> false));
    return new ComplianceComponent(
        meetings, readers, Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC));
  }

  private static ComplianceSource source(String module, Clause clause, boolean fails) {
    return new ComplianceSource() {
      @Override
      public String module() {
        return module;
      }

      @Override
      public Set<Clause> meetingClauses() {
        return EnumSet.of(clause);
      }

      @Override
      public Set<Clause> topicClauses() {
        return Set.of();
      }

      @Override
      public List<ClauseCheck> check(ComplianceScope s) {
        if (fails) {
          throw new IllegalStateException("database gone");
        }
        assertEquals(ComplianceReport.Phase.AFTER, s.phase);
        return List.of(ClauseCheck.of(clause, Verdict.MET, "符合", "met"));
      }
    };
  }

  @Test
  public void aFailingModuleIsNotCheckedAndTheOthersStillAnswer() {
    ComplianceComponent c = component();
    c.bindSource(source("attendance", Clause.C1, false));
    c.bindSource(source("minutes", Clause.M3, true));
    ComplianceReport r = c.report(7, OFFICE);
    assertEquals(44, r.number);
    assertEquals(Verdict.MET, pick(r, "C1").verdict);
    assertEquals(Verdict.NOT_CHECKED, pick(r, "M3").verdict);
    assertFalse(
        r.modules.stream().filter(m -> m.module.equals("minutes")).findFirst().get().checked);
  }

  @Test
  public void aModuleThatStoppedIsStillNamedWithItsClauses() {
    ComplianceComponent c = component();
    ComplianceSource minutes = source("minutes", Clause.M3, false);
    c.bindSource(minutes);
    c.unbindSource(minutes);
    ComplianceReport r = c.report(7, OFFICE);
    ClauseCheck m3 = pick(r, "M3");
    assertEquals(Verdict.NOT_CHECKED, m3.verdict);
    assertEquals("minutes", m3.source);
    assertTrue(r.modules.stream().anyMatch(m -> m.module.equals("minutes") && !m.checked));
  }

  // rule: K3 — only the meeting's papers' readers get the report
  @Test
  public void whoMayNotReadTheMeetingsPapersIsRefused() {
    try {
      component().report(7, CLERK);
      fail("a clerk read the report");
    } catch (AccessDeniedException expected) {
      assertEquals(Optional.of(Clause.K3), expected.clause());
    }
  }

  private static ClauseCheck pick(ComplianceReport r, String clause) {
    return r.meeting.stream().filter(x -> x.clause.equals(clause)).findFirst().orElseThrow();
  }
}
