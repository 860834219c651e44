package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Topic;

/**
 * D1: who reports a topic. The supervising vice-mayor or the lead department's head; anyone else
 * only on the mayor's recorded designation.
 */
final class ReporterDesignations {
  private final JpaTemplate jpa;
  private final Topics topics;
  private final TopicAccess access;
  private final Directory directory;
  private final Clock clock;

  ReporterDesignations(
      JpaTemplate jpa, Topics topics, TopicAccess access, Directory directory, Clock clock) {
    this.jpa = jpa;
    this.topics = topics;
    this.access = access;
    this.directory = directory;
    this.clock = clock;
  }

  // rule: D1 — the mayor designates another reporter, recorded: who, when, why
  Topic designate(long id, String personId, String reason, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          Clause.D1, "只有区长可以另行指定汇报人", "only the mayor designates another reporter");
    }
    String who = ValidationException.requireText("personId", personId, "指定的汇报人");
    String why = ValidationException.requireText("reason", reason, "指定汇报人的理由");
    if (directory.person(who).isEmpty()) {
      throw new ValidationException("personId", Clause.D1, "指定的汇报人不在本区名册中", "no such person");
    }
    Person me = access.person(actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = access.visible(em, id, actor, me);
          if (MayorOverrides.ENDED.contains(t.status)) {
            throw new ConflictException(
                Clause.D1,
                "该议题当前状态为“" + Chinese.of(t.status) + "”，不再上会汇报",
                "the topic is " + t.status + " and goes to no meeting");
          }
          t.designatedReporterId = who;
          t.reporterDesignatedBy = actor.personId();
          t.reporterDesignatedAt = Timestamp.from(now);
          t.reporterDesignationReason = why;
          t.updatedAt = Timestamp.from(now);
          topics.record(em, t, actor, "REPORTER_DESIGNATED", who + ": " + why, now);
          return topics.view(em, t);
        });
  }

  /**
   * Why the reporter may not report the topic (D1), or empty where they may: the topic's
   * supervisor, the lead unit's head, or the person the mayor designated.
   */
  static Optional<String[]> refusal(TopicRecord t, String reporterId, Directory directory) {
    if (reporterId == null
        || reporterId.equals(t.supervisorId)
        || reporterId.equals(t.designatedReporterId)) {
      return Optional.empty();
    }
    String head = directory.unit(t.leadUnitId).map((Unit u) -> u.headId).orElse(null);
    if (reporterId.equals(head)) {
      return Optional.empty();
    }
    return Optional.of(
        new String[] {
          "汇报人应为分管副区长（"
              + named(directory, t.supervisorId)
              + "）或牵头单位主要负责人（"
              + named(directory, head)
              + "）；由其他人汇报须经区长指定",
          "the reporter is the supervising vice-mayor ("
              + t.supervisorId
              + ") or the lead unit's head ("
              + head
              + "), or someone the mayor designates"
        });
  }

  private static String named(Directory directory, String id) {
    return id == null ? "未登记" : directory.person(id).map(p -> p.name + "，" + id).orElse(id);
  }
}
