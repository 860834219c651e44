package org.govmeeting.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * K1, K2: a person expected at the meeting asks for leave, or to leave midway, and the approver the
 * rules name decides. An approved request is announced: the planner needs an absence for S7.
 */
final class LeaveRequests {
  /**
   * Who reads every request of a meeting: those who decide them, the Office that keeps the roster,
   * and the standing secretariat, which states the leave in the minutes it drafts (M3).
   */
  private static final Set<Role> SEE_ALL =
      EnumSet.of(
          Role.MAYOR,
          Role.EXECUTIVE_VICE_MAYOR,
          Role.OFFICE_DIRECTOR,
          Role.OFFICE_STAFF,
          Role.SECRETARIAT);

  private final JpaTemplate jpa;
  private final Roster roster;
  private final Directory directory;
  private final Consumer<Map<String, Object>> announce;
  private final Clock clock;

  LeaveRequests(
      JpaTemplate jpa,
      Roster roster,
      Directory directory,
      Consumer<Map<String, Object>> announce,
      Clock clock) {
    this.jpa = jpa;
    this.roster = roster;
    this.directory = directory;
    this.announce = announce;
    this.clock = clock;
  }

  // rule: K1 — leave from the mayor; attendees in writing, with a delegate if they like
  LeaveRequest request(long meetingId, LeaveRequest in, Actor actor) {
    Meeting meeting = roster.meeting(meetingId);
    if (in == null || in.kind == null) {
      throw new ValidationException(
          "kind",
          Clause.K1,
          "请选择请假类型：请假缺席（ABSENCE）或中途离场（EARLY_DEPARTURE）",
          "ABSENCE or EARLY_DEPARTURE");
    }
    String reason = ValidationException.requireText("reason", in.reason, "请假事由");
    RosterEntry me = roster.expected(meetingId).get(actor.personId());
    if (me == null) {
      throw new AccessDeniedException(
          "您不在第" + meeting.number + "次会议的参会名单中",
          "you are not expected at meeting " + meeting.number);
    }
    if (actor.has(Role.MAYOR)) {
      throw new ConflictException(
          Clause.C1, "常务会议由区长召集和主持，区长无需请假", "the mayor convenes and chairs the meeting");
    }
    boolean member = me.kind == RosterEntry.Kind.MEMBER;
    Clause clause = AttendanceRules.clause(in.kind);
    if (in.kind == LeaveRequest.Kind.ABSENCE) {
      if (!AttendanceRules.inPreparation(meeting.status)) {
        throw new ConflictException(
            clause,
            "第" + meeting.number + "次会议当前状态为“" + Chinese.of(meeting.status) + "”，不能再请假缺席",
            "meeting " + meeting.number + " is " + meeting.status);
      }
      if (!member && !in.written) {
        throw new ValidationException(
            "written", Clause.K1, "列席人员请假须提交书面申请", "an attendee applies for leave in writing");
      }
      if (in.delegateId != null) {
        checkDelegate(in.delegateId, member, actor);
      }
    } else if (in.delegateId != null) {
      throw new ValidationException(
          "delegateId", Clause.K2, "中途离场不能委派他人代为参会", "no delegate for leaving midway");
    }
    Role approver = AttendanceRules.approver(in.kind, member);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          if (LeaveRequestRepository.asked(em, meetingId, actor.personId(), in.kind)) {
            throw new ConflictException(clause, "您已提出过同样的申请", "you already asked for this");
          }
          return LeaveRequestRepository.add(
              em, meetingId, actor.personId(), in, reason, approver, now);
        });
  }

  /** K1: only an attendee sends someone, a responsible person of their own unit. */
  private void checkDelegate(String delegateId, boolean member, Actor actor) {
    if (member) {
      throw new ValidationException(
          "delegateId",
          Clause.K1,
          "会议组成人员不能委派他人代为参会",
          "a member cannot send someone in their place");
    }
    Person delegate =
        directory
            .person(delegateId)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "delegateId",
                        Clause.K1,
                        "被委派人“" + delegateId + "”不在本区名册中",
                        "no such person"));
    Person self = directory.person(actor.personId()).orElseThrow();
    if (!delegate.unitId.equals(self.unitId)) {
      throw new ValidationException(
          "delegateId",
          Clause.K1,
          "被委派人须为本单位的负责同志",
          "the delegate is a responsible person of your own unit");
    }
    // rule: K1 — 委派其他负责人: the unit's head or a deputy head, not any of its staff
    String head = directory.unit(self.unitId).map(u -> u.headId).orElse(null);
    if (!AttendanceRules.responsible(delegate, head)) {
      throw new ValidationException(
          "delegateId",
          Clause.K1,
          "被委派人须为本单位的主要负责人或副职负责人，“" + delegate.name + "”（" + delegate.title + "）不是",
          "the delegate is the head or a deputy head of your unit; " + delegateId + " is neither");
    }
  }

  LeaveRequest decide(long requestId, boolean approve, String note, Actor actor) {
    Instant now = clock.instant();
    LeaveRequest decided =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              LeaveRequestRecord r = LeaveRequestRepository.find(em, requestId);
              Clause clause = AttendanceRules.clause(r.kind);
              if (!actor.has(r.approverRole)) {
                throw new AccessDeniedException(
                    clause,
                    "该申请应由" + Chinese.of(r.approverRole) + "审批",
                    "this request is for the " + r.approverRole + " to decide");
              }
              if (r.state != LeaveRequest.State.PENDING) {
                throw new ConflictException(
                    clause,
                    "该申请已经审批（" + Chinese.of(r.state) + "）",
                    "the request was already " + r.state);
              }
              return LeaveRequestRepository.decide(r, approve, actor.personId(), note, now);
            });
    if (decided.state == LeaveRequest.State.APPROVED) {
      Map<String, Object> e = new HashMap<>();
      e.put("event.topics", Events.LEAVE_APPROVED);
      e.put(Events.MEETING_ID, decided.meetingId);
      e.put(Events.PERSON_ID, decided.personId);
      e.put(Events.KIND, decided.kind.name());
      e.put(Events.ACTOR_ID, actor.personId());
      announce.accept(e);
    }
    return decided;
  }

  /** All of the meeting's requests for those who decide or keep them; one's own for the others. */
  List<LeaveRequest> requests(long meetingId, Actor actor) {
    boolean all = actor.hasAny(SEE_ALL);
    return jpa.txExpr(
        TransactionType.Required,
        em -> LeaveRequestRepository.of(em, meetingId, all, actor.personId()));
  }
}
