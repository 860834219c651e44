package org.govmeeting.intake.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.persistence.EntityManager;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicStatus;

/**
 * Who may see and who may change a topic. Who may see it: its own unit and the mayor; the
 * Government Office and the secretariat once it is submitted; its supervisor; and whoever has a
 * step in its review. A topic the caller may not see does not exist for them (404), so its
 * existence does not leak.
 */
final class TopicAccess {
  /** Roles that see every submitted topic. */
  static final Set<Role> OVERSEERS =
      EnumSet.of(Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.SECRETARIAT);

  /**
   * Who besides the lead unit may raise a topic for it (S1, with the mayor's exception): the
   * supervising leaders and the Government Office, as the regulation's practice has them.
   */
  static final Set<Role> RAISERS =
      EnumSet.of(
          Role.MAYOR,
          Role.EXECUTIVE_VICE_MAYOR,
          Role.VICE_MAYOR,
          Role.PARTY_GROUP_MEMBER,
          Role.OFFICE_DIRECTOR,
          Role.OFFICE_STAFF);

  private final Directory directory;
  private final ReviewService review;

  TopicAccess(Directory directory, ReviewService review) {
    this.directory = directory;
    this.review = review;
  }

  /** The caller as intake needs them: who, and in which unit. */
  Person person(Actor actor) {
    if (actor.unitId().isPresent()) {
      // The access filter read this person from the directory for this request already; intake
      // needs only who and which unit.
      Person me = new Person();
      me.id = actor.personId();
      me.name = actor.name();
      me.unitId = actor.unitId().get();
      me.roles = List.copyOf(actor.roles());
      return me;
    }
    return directory
        .person(actor.personId())
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "您（" + actor.personId() + "）不在本区名册中",
                    actor.personId() + " is not in the directory"));
  }

  /**
   * Whether the caller may read the topic; {@code reviewing} (a query) is asked only when nothing
   * else lets them.
   */
  static boolean mayRead(TopicRecord t, Actor actor, Person me, BooleanSupplier reviewing) {
    // The mayor reads drafts too: a department asks the mayor to lift a rule before submitting.
    if (t.leadUnitId.equals(me.unitId) || actor.has(Role.MAYOR) || raisedBy(t, actor)) {
      return true;
    }
    if (t.status == TopicStatus.DRAFT) {
      return false;
    }
    return actor.hasAny(OVERSEERS)
        || actor.personId().equals(t.supervisorId)
        || reviewing.getAsBoolean();
  }

  boolean mayRead(TopicRecord t, Actor actor, Person me) {
    return mayRead(t, actor, me, () -> review.involves(t.id, actor));
  }

  TopicRecord visible(EntityManager em, long id, Actor actor, Person me) {
    TopicRecord t = em.find(TopicRecord.class, id);
    if (t == null || !mayRead(t, actor, me)) {
      throw new NotFoundException("议题", "topic", String.valueOf(id));
    }
    return t;
  }

  /** Whether the caller raised the topic themselves (S1: perhaps outside its lead unit). */
  static boolean raisedBy(TopicRecord t, Actor actor) {
    return actor.personId().equals(t.createdBy);
  }

  TopicRecord editable(EntityManager em, long id, Actor actor, Person me) {
    TopicRecord t = visible(em, id, actor, me);
    if (!t.leadUnitId.equals(me.unitId) && !raisedBy(t, actor)) {
      throw new AccessDeniedException(
          "议题只能由牵头单位的工作人员或提出人修改", "only the lead unit's staff or its raiser edit a topic");
    }
    if (!t.status.editable()) {
      throw new ConflictException(
          "该议题当前状态为“" + Chinese.of(t.status) + "”，不能再修改",
          "the topic is " + t.status + " and can no longer be changed");
    }
    return t;
  }
}
