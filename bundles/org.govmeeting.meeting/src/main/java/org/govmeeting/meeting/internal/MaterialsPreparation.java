package org.govmeeting.meeting.internal;

import static org.govmeeting.meeting.internal.MaterialsRepository.DELIVERY;
import static org.govmeeting.meeting.internal.MaterialsRepository.FORMAT;
import static org.govmeeting.meeting.internal.MaterialsRepository.RECEIPT;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;
import org.govmeeting.meeting.internal.MaterialsRepository.Fact;

/**
 * The meeting's materials (M1, M2): the secretariat fixes one format and copy count, each lead
 * department delivers its topic's materials, the Office hands the set to the attending leaders.
 * What comes after its deadline is kept, flagged late.
 */
final class MaterialsPreparation {
  private static final Role[] OFFICE = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};

  private final JpaTemplate jpa;
  private final Directory directory;
  private final TopicListService lists;
  private final TopicService topics;
  private final ActivePolicy policy;
  private final Clock clock;

  MaterialsPreparation(
      JpaTemplate jpa,
      Directory directory,
      TopicListService lists,
      TopicService topics,
      ActivePolicy policy,
      Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.lists = lists;
    this.topics = topics;
    this.policy = policy;
    this.clock = clock;
  }

  // rule: M1 — one format and copy count
  MaterialsStatus setMaterialsFormat(long meetingId, String format, int copies, Actor actor) {
    actor.actingAs(Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    String f = ValidationException.requireText("format", format, "会议材料的形式");
    if (copies < 1) {
      throw new ValidationException("copies", Clause.M1, "材料份数至少为1份", "at least one copy");
    }
    record(new Fact(meetingId, FORMAT, null, null, f, copies, actor.personId(), now(), false));
    return materials(meetingId);
  }

  // rule: M1 — departments deliver to the secretariat by the deadline
  MaterialsStatus deliver(long meetingId, long topicId, Actor actor) {
    Meeting meeting = MeetingRepository.get(jpa, meetingId);
    List<TopicSummary> t = topics.summaries(List.of(topicId));
    boolean onList = lists.get(meetingId).map(l -> l.topicIds.contains(topicId)).orElse(false);
    if (t.isEmpty() || !onList) {
      throw new NotFoundException(
          "第" + meeting.number + "次会议议题表中的议题",
          "topic on the list of meeting " + meeting.number,
          "" + topicId);
    }
    Person me =
        directory
            .person(actor.personId())
            .orElseThrow(() -> new AccessDeniedException("您不在本区名册中", "not in the directory"));
    if (!t.get(0).leadUnitId.equals(me.unitId)) {
      throw new AccessDeniedException(
          Clause.M1, "议题材料由牵头单位报送", "the lead department delivers its topic's materials");
    }
    boolean late = clock.instant().isAfter(deadlines(meeting).delivery());
    record(new Fact(meetingId, DELIVERY, topicId, null, null, 0, actor.personId(), now(), late));
    return materials(meetingId);
  }

  // rule: M2 — materials reach the attending leaders 1–2 days before: late under one day
  MaterialsStatus distribute(long meetingId, Actor actor) {
    actor.actingAs(OFFICE);
    Meeting meeting = MeetingRepository.get(jpa, meetingId);
    boolean late = clock.instant().isAfter(deadlines(meeting).distribution());
    Set<String> leaders = new LinkedHashSet<>();
    directory.members().forEach(p -> leaders.add(p.id));
    directory.regularAttendees().forEach(p -> leaders.add(p.id));
    jpa.tx(
        TransactionType.Required,
        em -> {
          Set<String> done = MaterialsRepository.recipients(em, meetingId);
          for (String p : leaders) {
            if (!done.contains(p)) {
              MaterialsRepository.add(
                  em,
                  new Fact(meetingId, RECEIPT, null, p, null, 0, actor.personId(), now(), late));
            }
          }
        });
    return materials(meetingId);
  }

  MaterialsStatus materials(long meetingId) {
    MaterialsDeadlines deadlines = deadlines(MeetingRepository.get(jpa, meetingId));
    return jpa.txExpr(
        TransactionType.Required, em -> MaterialsRepository.status(em, meetingId, deadlines));
  }

  private MaterialsDeadlines deadlines(Meeting meeting) {
    return MaterialsDeadlines.of(meeting.scheduledAt, policy.get().materialsLeadDays());
  }

  /** A fact about a meeting still in preparation. */
  private void record(Fact f) {
    jpa.tx(
        TransactionType.Required,
        em -> {
          MeetingRepository.preparing(em, f.meetingId());
          MaterialsRepository.add(em, f);
        });
  }

  private Instant now() {
    return clock.instant();
  }
}
