package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * The Office compiles a meeting's topic list from the topics whose review is complete; the mayor
 * approves it, removing, adding or reordering; what is left off, or deferred, goes to the next
 * meeting.
 */
final class TopicListing {
  private final JpaTemplate jpa;
  private final MeetingService meetings;
  private final ReviewEvents events;
  private final Clock clock;

  TopicListing(JpaTemplate jpa, MeetingService meetings, ReviewEvents events, Clock clock) {
    this.jpa = jpa;
    this.meetings = meetings;
    this.events = events;
    this.clock = clock;
  }

  // rule: S1 — the Office compiles the topic list
  TopicList compile(long meetingId, Actor actor) {
    if (!actor.has(Role.OFFICE_DIRECTOR) && !actor.has(Role.OFFICE_STAFF)) {
      throw new AccessDeniedException(
          Clause.S1, "议题表由区政府办公室汇总编制", "the Government Office compiles the topic list");
    }
    Role role = actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    Meeting meeting = openMeeting(meetingId);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicListRecord list = TopicLists.find(em, meetingId);
          if (list != null && list.state == TopicList.State.APPROVED) {
            throw new ConflictException(
                "第" + meeting.number + "次会议的议题表已经区长审定，不能重新编制",
                "the topic list of meeting " + meeting.number + " is approved and fixed");
          }
          List<ChainRecord> ready = Chains.readyFor(em, meetingId, Timestamp.from(meeting.cutoff));
          if (list == null) {
            list = TopicLists.create(em, meetingId);
          }
          list.state = TopicList.State.DRAFT;
          list.topicIds.clear();
          for (ChainRecord c : ready) {
            c.meetingId = meetingId;
            list.topicIds.add(c.topicId);
          }
          list.compiledBy = actor.personId() + ":" + role;
          list.compiledAt = Timestamp.from(now);
          return TopicLists.toList(list);
        });
  }

  Optional<TopicList> get(long meetingId) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> Optional.ofNullable(TopicLists.find(em, meetingId)).map(TopicLists::toList));
  }

  // rule: S1 — the mayor approves the final list; S9 — what is left off goes to the next meeting
  TopicList approve(long meetingId, List<Long> topicIds, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          Clause.S1, "议题表由区长审定", "only the mayor approves the topic list");
    }
    Meeting meeting = openMeeting(meetingId);
    Instant now = clock.instant();
    return changeList(
        meetingId,
        actor,
        (em, list, following, touched) -> {
          if (list == null) {
            throw new ConflictException(
                Clause.S1,
                "区政府办公室尚未编制第" + meeting.number + "次会议的议题表",
                "the Office has not compiled a topic list for meeting " + meeting.number);
          }
          if (list.state == TopicList.State.APPROVED) {
            throw new ConflictException("议题表已经审定", "the topic list is already approved");
          }
          List<Long> finalIds =
              topicIds == null ? new ArrayList<>(list.topicIds) : new ArrayList<>(topicIds);
          if (new LinkedHashSet<>(finalIds).size() != finalIds.size()) {
            throw new ValidationException(
                "topicIds", "同一议题在议题表中出现了两次", "a topic appears twice on the list");
          }
          List<ChainRecord> listed = new ArrayList<>();
          for (Long id : finalIds) {
            ChainRecord c = Chains.latest(em, id);
            if (c == null || c.state != ChainState.COMPLETE) {
              throw new ValidationException(
                  "topicIds",
                  Clause.S1,
                  "议题“" + id + "”尚未完成审核程序，不能列入议题表",
                  "topic " + id + " has not completed its review");
            }
            if (!Objects.equals(c.meetingId, meetingId)
                && Chains.sentIn(c).isAfter(meeting.cutoff)) {
              throw new RuleViolationException(
                  Clause.S9,
                  "议题“" + id + "”在本次会议议题报送截止后才报送至区政府办公室，应安排在下次会议",
                  "topic " + id + " reached the Office after this meeting's cut-off");
            }
            listed.add(c);
          }
          for (ChainRecord c : listed) {
            c.state = ChainState.LISTED;
            c.meetingId = meetingId;
            touched.add(Chains.toChain(c));
          }
          for (ChainRecord c : Chains.completeFor(em, meetingId)) {
            String why = "not on the approved topic list of meeting " + meeting.number;
            touched.add(moveOn(c, following, why));
          }
          list.topicIds.clear();
          list.topicIds.addAll(finalIds);
          list.state = TopicList.State.APPROVED;
          list.approvedBy = actor.personId();
          list.approvedAt = Timestamp.from(now);
          return TopicLists.toList(list);
        });
  }

  // rule: S7 — a topic whose supervisor cannot attend goes to the next meeting
  TopicList defer(long meetingId, long topicId, String reason, Actor actor) {
    String why = ValidationException.requireText("reason", reason, "调整理由");
    Meeting meeting = meeting(meetingId);
    return changeList(
        meetingId,
        actor,
        (em, list, following, touched) -> {
          if (list == null || !list.topicIds.remove(Long.valueOf(topicId))) {
            throw new NotFoundException(
                "第" + meeting.number + "次会议议题表中的议题",
                "topic on the list of meeting " + meeting.number,
                String.valueOf(topicId));
          }
          ChainRecord c = Chains.latest(em, topicId);
          c.state = ChainState.COMPLETE;
          touched.add(moveOn(c, following, why));
          return TopicLists.toList(list);
        });
  }

  /** A change of a meeting's list, given the list (null if none) and the following meeting. */
  private interface ListChange {
    TopicList apply(
        EntityManager em,
        TopicListRecord list,
        Optional<Meeting> following,
        List<ReviewChain> touched);
  }

  /** Runs the change in one transaction call; the chains it touched are announced after it. */
  private TopicList changeList(long meetingId, Actor actor, ListChange change) {
    Optional<Meeting> following = meetings.following(meetingId);
    List<ReviewChain> touched = new ArrayList<>();
    TopicList result =
        jpa.txExpr(
            TransactionType.Required,
            em -> change.apply(em, TopicLists.find(em, meetingId), following, touched));
    touched.forEach(c -> events.changed(c, actor));
    return result;
  }

  /** Binds the chain to the following meeting, if there is one yet, saying why. */
  private static ReviewChain moveOn(ChainRecord c, Optional<Meeting> following, String why) {
    c.meetingId = following.map(m -> m.id).orElse(null);
    c.meetingNote =
        why
            + "; "
            + following
                .map(m -> "moved to meeting " + m.number)
                .orElse("waiting for the next meeting");
    return Chains.toChain(c);
  }

  private Meeting meeting(long meetingId) {
    return meetings
        .get(meetingId)
        .orElseThrow(() -> new NotFoundException("会议", "meeting", "" + meetingId));
  }

  private Meeting openMeeting(long meetingId) {
    Meeting meeting = meeting(meetingId);
    if (meeting.status != Meeting.Status.PLANNED && meeting.status != Meeting.Status.NOTIFIED) {
      throw new ConflictException(
          "第" + meeting.number + "次会议当前状态为“" + Chinese.of(meeting.status) + "”，议题表不能再调整",
          "meeting " + meeting.number + " is " + meeting.status);
    }
    return meeting;
  }
}
