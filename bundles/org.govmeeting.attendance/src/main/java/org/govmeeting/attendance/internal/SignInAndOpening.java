package org.govmeeting.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * The Office runs the sign-in (M4) and records who leaves; the mayor opens the meeting only with
 * quorum (C1). Each arrival and departure answers with the roster and quorum as they now stand.
 */
final class SignInAndOpening {
  private static final Role[] OFFICE = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};

  private final JpaTemplate jpa;
  private final Roster roster;
  private final MeetingPlanner planner;
  private final Clock clock;

  SignInAndOpening(JpaTemplate jpa, Roster roster, MeetingPlanner planner, Clock clock) {
    this.jpa = jpa;
    this.roster = roster;
    this.planner = planner;
    this.clock = clock;
  }

  // rule: M4 — the Office runs the sign-in; K1 — late arrival is recorded
  Attendance signIn(long meetingId, String personId, Actor actor) {
    String who = personId == null ? actor.personId() : personId;
    if (!who.equals(actor.personId()) && !actor.hasAny(EnumSet.of(OFFICE[0], OFFICE[1]))) {
      throw new AccessDeniedException(
          Clause.M4, "只有区政府办公室可以为他人办理签到", "only the Office signs others in");
    }
    Meeting meeting = roster.meeting(meetingId);
    if (AttendanceRules.over(meeting.status)) {
      throw new ConflictException(
          Clause.M4,
          "第" + meeting.number + "次会议当前状态为“" + Chinese.of(meeting.status) + "”，不能再签到",
          "meeting " + meeting.number + " is " + meeting.status);
    }
    RosterEntry entry =
        roster.attendance(meetingId).roster.stream()
            .filter(e -> e.personId.equals(who))
            .findFirst()
            .orElseThrow(
                () ->
                    new ValidationException(
                        "personId",
                        Clause.M4,
                        who + "不在第" + meeting.number + "次会议的参会名单中",
                        who + " is not on the roster of meeting " + meeting.number));
    if (entry.state == RosterEntry.State.ON_LEAVE) {
      throw new ConflictException(Clause.K1, who + "的请假已获批准，无需签到", who + " is on approved leave");
    }
    Instant now = clock.instant();
    boolean late = AttendanceRules.late(now, meeting.scheduledAt);
    jpa.tx(
        TransactionType.Required,
        em -> {
          if (RosterRepository.signedIn(em, meetingId, who)) {
            throw new ConflictException(Clause.M4, who + "已经签到", who + " is already signed in");
          }
          RosterRepository.signIn(em, meetingId, who, actor.personId(), now, late);
          if (late) {
            DisciplineRepository.add(
                em,
                meetingId,
                who,
                DisciplineEntry.Kind.LATE_ARRIVAL,
                "signed in after the meeting began",
                actor.personId(),
                now);
          }
        });
    return roster.attendance(meetingId);
  }

  // rule: K2 — no leaving midway without leave; quorum is recomputed
  Attendance leave(long meetingId, String personId, Actor actor) {
    actor.actingAs(OFFICE);
    String who = ValidationException.requireText("personId", personId, "离场人员");
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          SignInRecord s =
              RosterRepository.present(em, meetingId, who)
                  .orElseThrow(
                      () ->
                          new ConflictException(
                              Clause.K2, who + "未在会场（尚未签到或已离场）", who + " is not in the meeting"));
          RosterRepository.left(s, actor.personId(), now);
          boolean excused =
              LeaveRequestRepository.approved(em, meetingId, LeaveRequest.Kind.EARLY_DEPARTURE)
                  .stream()
                  .anyMatch(r -> r.personId.equals(who));
          if (!excused) {
            DisciplineRepository.add(
                em,
                meetingId,
                who,
                DisciplineEntry.Kind.LEFT_WITHOUT_LEAVE,
                "left the meeting without approved leave",
                actor.personId(),
                now);
          }
        });
    return roster.attendance(meetingId);
  }

  boolean quorate(long meetingId) {
    return roster.attendance(meetingId).quorate;
  }

  // rule: C1 — the mayor opens the meeting only with a quorum as the active policy reads it
  // (Qianjin: at least half of the members, 半数以上 including half)
  Meeting open(long meetingId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          Clause.C1, "常务会议由区长召集和主持", "the mayor convenes and chairs the meeting");
    }
    Attendance a = roster.attendance(meetingId);
    if (!a.quorate) {
      throw new RuleViolationException(
          Clause.C1,
          "全体"
              + a.members
              + "名会议组成人员中已签到"
              + a.membersPresent
              + "名，未达到开会所需人数（按"
              + roster.policyDistrict()
              + "审核规则）",
          a.membersPresent
              + " of "
              + a.members
              + " members are signed in; the meeting needs more"
              + " ("
              + roster.policyName()
              + ")");
    }
    return planner.begin(meetingId, actor);
  }
}
