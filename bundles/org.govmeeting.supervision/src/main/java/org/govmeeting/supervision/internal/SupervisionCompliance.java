package org.govmeeting.supervision.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.ComplianceSource;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.supervision.EmergencyDecision;
import org.govmeeting.api.supervision.EmergencyDecisions;
import org.govmeeting.api.supervision.SupervisionService;
import org.govmeeting.api.supervision.Task;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Supervision's part of the compliance report: each decided topic's tasks and where they stand
 * ({@link SupervisionVerdicts} judges them), and how the emergency decisions the meeting hears were
 * taken ({@link EmergencyVerdicts}).
 */
@Component(service = ComplianceSource.class)
public class SupervisionCompliance implements ComplianceSource {
  private static final int PAGE = 200;

  private final SupervisionService supervision;
  private final DeliberationService deliberations;
  private final RecordReaders readers;
  private final EmergencyDecisions emergencies;

  @Activate
  public SupervisionCompliance(
      @Reference SupervisionService supervision,
      @Reference DeliberationService deliberations,
      @Reference RecordReaders readers,
      @Reference EmergencyDecisions emergencies) {
    this.supervision = supervision;
    this.deliberations = deliberations;
    this.readers = readers;
    this.emergencies = emergencies;
  }

  @Override
  public String module() {
    return "supervision";
  }

  @Override
  public Set<Clause> meetingClauses() {
    return EnumSet.of(Clause.S2);
  }

  @Override
  public Set<Clause> topicClauses() {
    return EnumSet.of(Clause.I1);
  }

  @Override
  public List<ClauseCheck> check(ComplianceScope s) {
    long meetingId = s.meeting.id;
    Map<Long, List<Task>> tasks = new HashMap<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Task> page = supervision.tasks(meetingId, null, null, offset, PAGE).items;
      page.forEach(t -> tasks.computeIfAbsent(t.topicId, k -> new ArrayList<>()).add(t));
      if (page.size() < PAGE) {
        break;
      }
    }
    Map<Long, Deliberation> records = new HashMap<>();
    for (Deliberation d : deliberations.deliberations(meetingId)) {
      records.put(d.topicId, d);
    }
    List<ClauseCheck> out = new ArrayList<>();
    out.add(EmergencyVerdicts.howDecided(s, concerned(s)));
    for (Long id : s.topicIds) {
      Deliberation d = records.get(id);
      out.add(
          SupervisionVerdicts.carriedOut(
              s,
              id,
              d == null ? null : d.decision,
              tasks.getOrDefault(id, List.of()),
              readers.restricted(meetingId, id)));
    }
    return out;
  }

  /**
   * The emergency decisions reported to the meeting, and while it has not ended those still to be
   * reported that were taken before it was scheduled (its agenda's).
   */
  private List<EmergencyDecision> concerned(ComplianceScope s) {
    Meeting m = s.meeting;
    boolean ended = m.status == Meeting.Status.CLOSED || m.status == Meeting.Status.CANCELLED;
    List<EmergencyDecision> out = new ArrayList<>();
    for (EmergencyDecision d : emergencies.all()) {
      if (Long.valueOf(m.id).equals(d.reportedAtMeetingId)
          || (!ended && d.reportedAtMeetingId == null && d.decidedAt.isBefore(m.scheduledAt))) {
        out.add(d);
      }
    }
    return out;
  }
}
