package org.govmeeting.attendance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.inbox.InboxItem;
import org.govmeeting.api.inbox.InboxSource;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Leave requests waiting for the approver the rules named when they were made (K1, K2), and
 * requests to record a meeting waiting for the mayor (K3); each due when its meeting begins.
 */
@Component(service = InboxSource.class)
public class AttendanceInbox implements InboxSource {
  private final JpaTemplate jpa;
  private final MeetingService meetings;
  private final Directory directory;

  @Activate
  public AttendanceInbox(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.attendance)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.attendance)")
          SchemaReady schema,
      @Reference MeetingService meetings,
      @Reference Directory directory) {
    this.jpa = jpa;
    this.meetings = meetings;
    this.directory = directory;
  }

  @Override
  public List<InboxItem> waitingFor(Actor actor) {
    if (actor.roles().isEmpty()) {
      return List.of();
    }
    List<InboxItem> out = new ArrayList<>();
    List<LeaveRequestRecord> leave =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select r from LeaveRequestRecord r where r.state = :pending and"
                            + " r.approverRole in :roles",
                        LeaveRequestRecord.class)
                    .setParameter("pending", LeaveRequest.State.PENDING)
                    .setParameter("roles", actor.roles())
                    .getResultList());
    for (LeaveRequestRecord r : leave) {
      InboxItem i = item(InboxItem.Kind.LEAVE_REQUEST, r.meetingId, r.id);
      i.clause = AttendanceRules.clause(r.kind);
      i.since = r.requestedAt.toInstant();
      i.detail = r.reason;
      i.from = name(r.personId);
      out.add(i);
    }
    if (actor.has(Role.MAYOR)) {
      List<RecordingRecord> recording =
          jpa.txExpr(
              TransactionType.Required,
              em ->
                  em.createQuery(
                          "select r from RecordingRecord r where r.state = :pending",
                          RecordingRecord.class)
                      .setParameter("pending", LeaveRequest.State.PENDING)
                      .getResultList());
      for (RecordingRecord r : recording) {
        InboxItem i = item(InboxItem.Kind.RECORDING_REQUEST, r.meetingId, r.id);
        i.clause = Clause.K3;
        i.detail = r.purpose;
        i.from = name(r.personId);
        out.add(i);
      }
    }
    // Several requests are for one meeting: each meeting is read once.
    java.util.Map<Long, Optional<Meeting>> read = new java.util.HashMap<>();
    for (InboxItem i : out) {
      Optional<Meeting> m = read.computeIfAbsent(i.meetingId, meetings::get);
      if (m.isPresent()) {
        i.subject = String.valueOf(m.get().number);
        i.due = m.get().scheduledAt;
      }
    }
    return out;
  }

  private String name(String personId) {
    return directory.person(personId).map(p -> p.name).orElse(personId);
  }

  private static InboxItem item(InboxItem.Kind kind, long meetingId, long id) {
    InboxItem i = new InboxItem();
    i.kind = kind;
    i.meetingId = meetingId;
    i.itemId = id;
    return i;
  }
}
