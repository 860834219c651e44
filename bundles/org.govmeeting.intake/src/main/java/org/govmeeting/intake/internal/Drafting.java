package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.StaleRevisionException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicStatus;

/** A unit's staff file a topic on the form and edit it while it is theirs to change. */
final class Drafting {
  private final JpaTemplate jpa;
  private final Topics topics;
  private final TopicAccess access;
  private final Directory directory;
  private final Clock clock;

  /** The decisions taken on topics, as the minutes module told intake of them. */
  private final Decisions decisions;

  Drafting(
      JpaTemplate jpa,
      Topics topics,
      TopicAccess access,
      Directory directory,
      Clock clock,
      Decisions decisions) {
    this.jpa = jpa;
    this.topics = topics;
    this.access = access;
    this.directory = directory;
    this.clock = clock;
    this.decisions = decisions;
  }

  // rule: F1, F2, F3, T2-T9 — a topic is filed on the form with exactly one category
  Topic create(TopicForm form, Actor actor) {
    Person me = access.person(actor);
    String supervisor = checkDraft(form, me, actor);
    Instant now = clock.instant();
    // A lock conflict between departments filing at once fails the act; the REST layer runs the
    // whole act again (ActRetry), which a retry in here, inside the act's transaction, cannot.
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = new TopicRecord();
          t.version = 0;
          t.status = TopicStatus.DRAFT;
          t.createdBy = actor.personId();
          t.createdAt = Timestamp.from(now);
          topics.fill(t, form, supervisor, now);
          em.persist(t);
          em.flush();
          topics.record(em, t, actor, "CREATED", null, now);
          return topics.view(em, t);
        });
  }

  Topic update(long id, TopicForm form, Long expectedRevision, Actor actor) {
    Person me = access.person(actor);
    String supervisor = checkDraft(form, me, actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = access.editable(em, id, actor, me);
          if (expectedRevision != null && expectedRevision != t.revision) {
            throw new StaleRevisionException(
                "议题“"
                    + id
                    + "”在您读取的版本（"
                    + expectedRevision
                    + "）之后已被他人修改（当前版本为"
                    + t.revision
                    + "），请重新读取后再编辑",
                "topic "
                    + id
                    + " changed since revision "
                    + expectedRevision
                    + " (now "
                    + t.revision
                    + "); read it again before editing");
          }
          topics.fill(t, form, supervisor, now);
          topics.record(em, t, actor, "EDITED", null, now);
          return topics.view(em, t);
        });
  }

  List<Long> revisionsOf(long meetingId, long topicId) {
    return jpa.txExpr(TransactionType.Required, em -> Topics.revisionsOf(em, meetingId, topicId));
  }

  /** Checks a draft filed by {@code me}; returns the supervisor in effect. */
  private String checkDraft(TopicForm form, Person me, Actor actor) {
    if (form != null && FormRules.blank(form.leadUnitId)) {
      form.leadUnitId = me.unitId;
    }
    FormRules.draft(form);
    checkRevision(form);
    return supervisor(form, leadUnit(form, me, actor));
  }

  /**
   * The lead unit, which must exist. It is the caller's own, or the caller is one of those the
   * regulation lets raise a topic for a department with the mayor's exception (S1): a vice-mayor or
   * party-group member, or the Government Office.
   */
  private Unit leadUnit(TopicForm form, Person me, Actor actor) {
    Unit lead =
        directory
            .unit(form.leadUnitId)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "leadUnitId",
                        Clause.F3,
                        "牵头单位“" + form.leadUnitId + "”不存在",
                        "unit '" + form.leadUnitId + "' does not exist"));
    // rule: S1 — 原则上 raised by the department; others may only with the mayor's exception
    if (!lead.id.equals(me.unitId) && !actor.hasAny(TopicAccess.RAISERS)) {
      throw new AccessDeniedException(
          Clause.S1,
          "议题由牵头单位提出（分管副区长、区政府党组成员或区政府办公室提出的，须经区长同意），您所在单位为“" + me.unitId + "”",
          "topics are raised by the lead unit (or, with the mayor's exception, by a vice-mayor,"
              + " a party-group member or the Office); you belong to "
              + me.unitId);
    }
    return lead;
  }

  // rule: S1 — the supervising vice-mayor or party-group member; the portfolio's unless reasoned
  private String supervisor(TopicForm form, Unit lead) {
    if (FormRules.blank(form.supervisorId) || form.supervisorId.equals(lead.supervisorId)) {
      return lead.supervisorId;
    }
    if (FormRules.blank(form.supervisorReason)) {
      throw new ValidationException(
          "supervisorReason",
          Clause.S1,
          "分管领导不是牵头单位的分管副区长（" + lead.supervisorId + "）的，请说明理由",
          "a supervisor other than the lead unit's (" + lead.supervisorId + ") needs a reason");
    }
    Person s =
        directory
            .person(form.supervisorId)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "supervisorId",
                        Clause.S1,
                        "分管领导“" + form.supervisorId + "”不在本区名册中",
                        "no such person"));
    if (s.roles.stream().noneMatch(Role::supervisor)) {
      throw new ValidationException(
          "supervisorId",
          Clause.S1,
          s.name + "既不是副区长也不是党组成员，不能分管议题",
          s.id + " is neither a vice-mayor nor a party-group member");
    }
    return s.id;
  }

  // rule: I2 — a decided matter changes only through a new topic linked to its decision
  private void checkRevision(TopicForm form) {
    if (form.revisesMeetingId == null && form.revisesTopicId == null) {
      return;
    }
    if (form.revisesMeetingId == null || form.revisesTopicId == null) {
      throw new ValidationException(
          "revisesTopicId",
          Clause.I2,
          "请同时注明作出原决定的会议和议题",
          "name both the meeting and the topic of the decision");
    }
    if (!decisions.taken(form.revisesMeetingId, form.revisesTopicId)) {
      throw new ValidationException(
          "revisesTopicId",
          Clause.I2,
          "该次会议未对该议题作出决定",
          "no decision was taken on that topic at that meeting");
    }
  }
}
