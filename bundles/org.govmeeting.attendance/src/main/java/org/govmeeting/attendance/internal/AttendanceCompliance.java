package org.govmeeting.attendance.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.ComplianceSource;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.rule.Clause;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The attendance module's part of the compliance report: quorum, the regular attendees, leave,
 * departures, recording and the sign-in, read from the roster and the requests ({@link
 * AttendanceVerdicts} judges them).
 */
@Component(service = ComplianceSource.class)
public class AttendanceCompliance implements ComplianceSource {
  private static final Set<Clause> MEETING =
      EnumSet.of(Clause.C1, Clause.C2, Clause.K1, Clause.K2, Clause.K3, Clause.M4);

  private final JpaTemplate jpa;
  private final AttendanceService attendance;
  private final ActivePolicy policy;
  private final Directory directory;

  @Activate
  public AttendanceCompliance(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.attendance)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.attendance)")
          SchemaReady schema,
      @Reference AttendanceService attendance,
      @Reference ActivePolicy policy,
      @Reference Directory directory) {
    this.jpa = jpa;
    this.attendance = attendance;
    this.policy = policy;
    this.directory = directory;
  }

  @Override
  public String module() {
    return "attendance";
  }

  @Override
  public Set<Clause> meetingClauses() {
    return MEETING;
  }

  @Override
  public Set<Clause> topicClauses() {
    return Set.of();
  }

  @Override
  public List<ClauseCheck> check(ComplianceScope s) {
    long id = s.meeting.id;
    Attendance a = attendance.attendance(id);
    List<LeaveRequest> leave =
        jpa.txExpr(TransactionType.Required, em -> LeaveRequestRepository.of(em, id, true, null));
    List<DisciplineEntry> discipline = attendance.discipline(id);
    List<ClauseCheck> out = new ArrayList<>();
    out.add(AttendanceVerdicts.quorum(s, a, (p, all) -> policy.get().quorate(p, all)));
    out.add(AttendanceVerdicts.regularAttendees(s, a, leave, this::name));
    out.add(AttendanceVerdicts.attendOnTime(s, a, leave, this::name));
    out.add(AttendanceVerdicts.noLeavingMidway(s, a, leave, discipline, this::name));
    out.add(
        AttendanceVerdicts.recording(s, attendance.recordingRequests(id), discipline, this::name));
    out.add(AttendanceVerdicts.signInRun(s, a));
    return out;
  }

  private String name(String id) {
    return id == null ? null : directory.person(id).map(p -> p.name).orElse(id);
  }
}
