package org.govmeeting.attendance.internal;

import java.time.Instant;
import java.util.List;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.rule.Clause;

/** The regulation's rules of attendance and discipline, as functions of what they decide on. */
final class AttendanceRules {
  private AttendanceRules() {}

  /** Leave from the meeting is K1's; leaving it midway is K2's. */
  static Clause clause(LeaveRequest.Kind kind) {
    return kind == LeaveRequest.Kind.ABSENCE ? Clause.K1 : Clause.K2;
  }

  // rule: K2 — leaving midway: members ask the mayor, other attendees the executive vice-mayor
  static Role approver(LeaveRequest.Kind kind, boolean member) {
    return kind == LeaveRequest.Kind.EARLY_DEPARTURE && !member
        ? Role.EXECUTIVE_VICE_MAYOR
        : Role.MAYOR;
  }

  /** Leave is asked for while the meeting is in preparation. */
  static boolean inPreparation(Meeting.Status status) {
    return status == Meeting.Status.PLANNED || status == Meeting.Status.NOTIFIED;
  }

  /** Sign-in is over once the meeting is closed or called off. */
  static boolean over(Meeting.Status status) {
    return status == Meeting.Status.CLOSED || status == Meeting.Status.CANCELLED;
  }

  /** K1: attend on time; signing in after the meeting began is late. */
  static boolean late(Instant signedInAt, Instant scheduledAt) {
    return signedInAt.isAfter(scheduledAt);
  }

  static int members(List<RosterEntry> roster) {
    return (int) roster.stream().filter(e -> e.kind == RosterEntry.Kind.MEMBER).count();
  }

  /** The members signed in and not gone: those who count for quorum (C1). */
  static int membersPresent(List<RosterEntry> roster) {
    return (int)
        roster.stream()
            .filter(e -> e.kind == RosterEntry.Kind.MEMBER)
            .filter(e -> e.state == RosterEntry.State.SIGNED_IN)
            .count();
  }

  /**
   * K1: whether a person is one of their unit's responsible persons (负责同志): its head, or a deputy
   * head, whom the directory marks by the title (副局长, 副主任 …) since its roles do not tell them from
   * the unit's staff.
   */
  static boolean responsible(Person p, String unitHeadId) {
    if (p.id.equals(unitHeadId)) {
      return true;
    }
    String title = p.title == null ? "" : p.title;
    return title.contains("副") && (title.endsWith("长") || title.endsWith("主任"));
  }
}
