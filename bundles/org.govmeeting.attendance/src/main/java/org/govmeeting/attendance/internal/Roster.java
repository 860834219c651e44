package org.govmeeting.attendance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.policy.ActivePolicy;

/**
 * The roster, derived each time from the directory (C1, C2), the invitations and the approved
 * leave, with the sign-ins and departures stored; and the quorum the active policy reads from it.
 * Every call builds new entries, so no caller sees another's.
 */
final class Roster {
  private final JpaTemplate jpa;
  private final MeetingService meetings;
  private final MeetingPlanner planner;
  private final Directory directory;
  private final ActivePolicy policy;

  Roster(
      JpaTemplate jpa,
      MeetingService meetings,
      MeetingPlanner planner,
      Directory directory,
      ActivePolicy policy) {
    this.jpa = jpa;
    this.meetings = meetings;
    this.planner = planner;
    this.directory = directory;
    this.policy = policy;
  }

  Meeting meeting(long id) {
    return meetings
        .get(id)
        .orElseThrow(() -> new NotFoundException("会议", "meeting", String.valueOf(id)));
  }

  // rule: C1, C2 — members count for quorum; regular attendees and invited heads attend
  Attendance attendance(long meetingId) {
    meeting(meetingId);
    Map<String, RosterEntry> roster = expected(meetingId);
    jpa.tx(
        TransactionType.Required,
        em -> {
          for (LeaveRequest r :
              LeaveRequestRepository.approved(em, meetingId, LeaveRequest.Kind.ABSENCE)) {
            RosterEntry e = roster.get(r.personId);
            if (e != null) {
              e.state = RosterEntry.State.ON_LEAVE;
            }
            if (r.delegateId != null && !roster.containsKey(r.delegateId)) {
              RosterEntry d = entry(r.delegateId, RosterEntry.Kind.DELEGATE);
              d.delegateFor = r.personId;
              roster.put(d.personId, d);
            }
          }
          for (SignInRecord s : RosterRepository.signIns(em, meetingId)) {
            RosterEntry e = roster.get(s.personId);
            if (e != null) {
              RosterRepository.mark(e, s);
            }
          }
        });
    Attendance a = new Attendance();
    a.meetingId = meetingId;
    a.roster = new ArrayList<>(roster.values());
    a.members = AttendanceRules.members(a.roster);
    a.membersPresent = AttendanceRules.membersPresent(a.roster);
    a.quorate = policy.get().quorate(a.membersPresent, a.members);
    return a;
  }

  /** Members, regular attendees and invited heads, before leave and sign-in. */
  Map<String, RosterEntry> expected(long meetingId) {
    Map<String, RosterEntry> roster = new LinkedHashMap<>();
    directory.members().forEach(p -> roster.put(p.id, entry(p.id, RosterEntry.Kind.MEMBER)));
    directory
        .regularAttendees()
        .forEach(p -> roster.putIfAbsent(p.id, entry(p.id, RosterEntry.Kind.ATTENDEE)));
    planner
        .invited(meetingId)
        .forEach(id -> roster.putIfAbsent(id, entry(id, RosterEntry.Kind.INVITED)));
    return roster;
  }

  String policyName() {
    return policyDistrict() + " policy";
  }

  String policyDistrict() {
    return policy.get().district();
  }

  private static RosterEntry entry(String personId, RosterEntry.Kind kind) {
    RosterEntry e = new RosterEntry();
    e.personId = personId;
    e.kind = kind;
    e.state = RosterEntry.State.EXPECTED;
    return e;
  }
}
