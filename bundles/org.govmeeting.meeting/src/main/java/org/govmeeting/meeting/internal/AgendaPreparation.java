package org.govmeeting.meeting.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;

/**
 * The Office prepares what a meeting takes: the law study that opens it (T1), the heads invited
 * (C2), each report's time limit (D1). The agenda is computed from the approved topic list each
 * time it is read, so a leave approved or a rule lifted shows at once.
 */
final class AgendaPreparation {
  private static final Role[] OFFICE = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};
  private static final Set<Role> OVERSEERS =
      EnumSet.of(Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.SECRETARIAT);
  private static final int EMERGENCY_REPORT_MINUTES = 5;

  private final JpaTemplate jpa;
  private final Directory directory;
  private final TopicListService lists;
  private final TopicService topics;
  private final int defaultMinutes;

  AgendaPreparation(
      JpaTemplate jpa,
      Directory directory,
      TopicListService lists,
      TopicService topics,
      int defaultMinutes) {
    this.jpa = jpa;
    this.directory = directory;
    this.lists = lists;
    this.topics = topics;
    this.defaultMinutes = defaultMinutes;
  }

  // rule: T1 — every meeting opens with a law study from one of the four areas
  Meeting setLawStudy(long meetingId, LawStudy study, Actor actor) {
    actor.actingAs(OFFICE);
    if (study == null || study.area == null) {
      throw new ValidationException(
          "area",
          Clause.T1,
          "请选择集体学法的内容类别（第T1条所列四类之一）",
          "the law study's area (one of the four of T1)");
    }
    String subject = ValidationException.requireText("subject", study.subject, "学法主题");
    String leader = ValidationException.requireText("leaderId", study.leaderId, "领学人");
    if (directory.person(leader).isEmpty()) {
      throw new ValidationException(
          "leaderId", Clause.T1, "领学人“" + leader + "”不在本区名册中", "no such person");
    }
    return MeetingRepository.change(
        jpa,
        meetingId,
        (em, m) ->
            LawStudyRepository.put(em, meetingId, study.area, subject, study.material, leader));
  }

  LawStudy lawStudy(long meetingId) {
    return jpa.txExpr(TransactionType.Required, em -> LawStudyRepository.find(em, meetingId));
  }

  // rule: C2 — other units' heads may be invited as needed
  void invite(long meetingId, String personId, Actor actor) {
    actor.actingAs(OFFICE);
    String id = ValidationException.requireText("personId", personId, "列席人员");
    Person invitee =
        directory
            .person(id)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "personId", Clause.C2, "人员“" + id + "”不在本区名册中", "no such person"));
    // A unit's head belongs to the unit they head.
    boolean head =
        invitee.unitId != null
            && directory.unit(invitee.unitId).map(u -> id.equals(u.headId)).orElse(false);
    if (!head) {
      throw new ValidationException(
          "personId",
          Clause.C2,
          "列席人员应为有关单位的主要负责人，“" + id + "”不是任何单位的主要负责人",
          "those invited are the heads of the units concerned; " + id + " heads no unit");
    }
    jpa.tx(
        TransactionType.Required,
        em -> {
          MeetingRepository.preparing(em, meetingId);
          ParticipationRepository.add(em, meetingId, id, ParticipationRepository.INVITED);
        });
  }

  /**
   * Those invited to sit in (C2): the heads the Office invited, and the heads of the attending
   * units of every approved topic (F3), invited for that item.
   */
  List<String> invited(long meetingId) {
    return new ArrayList<>(invited(meetingId, topics.summaries(approvedTopics(meetingId))));
  }

  private Set<String> invited(long meetingId, List<TopicSummary> approved) {
    Set<String> out =
        new LinkedHashSet<>(
            jpa.txExpr(
                TransactionType.Required,
                em ->
                    ParticipationRepository.people(
                        em, meetingId, ParticipationRepository.INVITED)));
    for (TopicSummary t : approved) {
      out.addAll(attendingHeads(t));
    }
    return out;
  }

  /** The attendance module reports an approved absence; the agenda needs it for S7. */
  void absent(long meetingId, String personId) {
    jpa.tx(
        TransactionType.Required,
        em -> ParticipationRepository.add(em, meetingId, personId, ParticipationRepository.ABSENT));
  }

  Agenda agenda(long meetingId, Actor actor) {
    Meeting meeting = MeetingRepository.get(jpa, meetingId);
    if (!actor.hasAny(OVERSEERS) && !participants(meetingId).contains(actor.personId())) {
      throw new AccessDeniedException(
          Clause.K3, "会议议程仅供本次会议的参会人员查阅", "the agenda is for the meeting's participants (K3)");
    }
    return build(meeting);
  }

  /** The agenda as it stands: the law study, the approved topics less those deferred, reports. */
  Agenda build(Meeting meeting) {
    long meetingId = meeting.id;
    Agenda agenda = new Agenda();
    agenda.meetingId = meetingId;
    agenda.number = meeting.number;
    agenda.items = new ArrayList<>();
    agenda.deferred = new ArrayList<>();
    LawStudy study = lawStudy(meetingId);
    if (study != null) {
      agenda.items.add(lawStudyItem(study));
    }
    List<Long> listed = approvedTopics(meetingId);
    Map<Long, AgendaItemRepository.Setting> settings = new HashMap<>();
    List<EmergencyDecisionRepository.Emergency> emergencies = new ArrayList<>();
    Map<Long, EmergencyHearingRecord> hearings = new HashMap<>();
    Set<String> absent =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              settings.putAll(AgendaItemRepository.settings(em, meetingId));
              // rule: S2 — emergency decisions taken since the last meeting are reported to this
              // one; the planner's own copy, kept from supervision's announcements
              emergencies.addAll(
                  EmergencyDecisionRepository.onAgenda(em, meetingId, meeting.scheduledAt));
              hearings.putAll(EmergencyDecisionRepository.hearings(em, meetingId));
              return new LinkedHashSet<>(
                  ParticipationRepository.people(em, meetingId, ParticipationRepository.ABSENT));
            });
    for (TopicSummary t : topics.summaries(listed)) {
      if (PreparationRules.deferred(t, absent)) {
        agenda.deferred.add(deferral(t));
      } else {
        agenda.items.add(topicItem(t, settings.get(t.id)));
      }
    }
    for (EmergencyDecisionRepository.Emergency e : emergencies) {
      agenda.items.add(emergencyReport(e, hearings.get(e.id())));
    }
    for (int i = 0; i < agenda.items.size(); i++) {
      agenda.items.get(i).position = i + 1;
    }
    return agenda;
  }

  private AgendaItem lawStudyItem(LawStudy study) {
    AgendaItem law = new AgendaItem();
    law.kind = AgendaItem.Kind.LAW_STUDY;
    law.title = "集体学法：" + study.subject;
    law.reporterId = study.leaderId;
    law.timeLimitMinutes = defaultMinutes;
    return law;
  }

  private AgendaItem topicItem(TopicSummary t, AgendaItemRepository.Setting set) {
    AgendaItem item = new AgendaItem();
    item.kind = AgendaItem.Kind.TOPIC;
    item.topicId = t.id;
    item.title = t.name;
    item.reporterId = t.reporterId;
    item.leadUnitId = t.leadUnitId;
    item.supervisorId = t.supervisorId;
    item.timeLimitMinutes = PreparationRules.timeLimit(set, defaultMinutes);
    item.confidential = set != null && set.confidential();
    item.attendeeIds = attendingHeads(t);
    return item;
  }

  private static Agenda.Deferral deferral(TopicSummary t) {
    Agenda.Deferral d = new Agenda.Deferral();
    d.topicId = t.id;
    d.title = t.name;
    d.clause = Clause.S7.name();
    d.reason = "S7: the supervising vice-mayor " + t.supervisorId + " is on leave";
    return d;
  }

  /** The agenda's item for an emergency decision's report, as it stands (S2). */
  AgendaItem emergencyReport(long meetingId, long emergencyDecisionId) {
    return build(MeetingRepository.get(jpa, meetingId)).items.stream()
        .filter(i -> Long.valueOf(emergencyDecisionId).equals(i.emergencyDecisionId))
        .findFirst()
        .orElseThrow();
  }

  private static AgendaItem emergencyReport(
      EmergencyDecisionRepository.Emergency e, EmergencyHearingRecord heard) {
    AgendaItem report = new AgendaItem();
    report.kind = AgendaItem.Kind.EMERGENCY_REPORT;
    report.topicId = null;
    report.title = "临机处置事项报告：" + e.what();
    report.reporterId = e.decidedBy();
    report.timeLimitMinutes = EMERGENCY_REPORT_MINUTES;
    report.emergencyDecisionId = e.id();
    if (heard != null && heard.heard) {
      report.reporterId = heard.reporterId;
      report.heardAt = heard.recordedAt.toInstant();
      report.heardRecordedBy = heard.recordedBy;
    }
    return report;
  }

  /** The topics of the meeting's approved list, in order; none while it is not approved. */
  List<Long> approvedTopics(long meetingId) {
    return lists
        .get(meetingId)
        .filter(l -> l.state == TopicList.State.APPROVED)
        .map(l -> l.topicIds)
        .orElse(List.of());
  }

  // rule: F3, C2 — the attending units of a topic sit in for it, in the person of their heads
  private List<String> attendingHeads(TopicSummary t) {
    if (t.attendingUnitIds == null) {
      return List.of();
    }
    List<String> heads = new ArrayList<>();
    for (String unit : t.attendingUnitIds) {
      directory
          .unit(unit)
          .map(u -> u.headId)
          .filter(h -> h != null && !heads.contains(h))
          .ifPresent(heads::add);
    }
    return List.copyOf(heads);
  }

  /**
   * Members, regular attendees, the invited, and for each approved topic its reporter and the heads
   * of its attending units (F3).
   */
  List<String> participants(long meetingId) {
    Set<String> out = new LinkedHashSet<>();
    directory.members().forEach(p -> out.add(p.id));
    directory.regularAttendees().forEach(p -> out.add(p.id));
    List<TopicSummary> approved = topics.summaries(approvedTopics(meetingId));
    out.addAll(invited(meetingId, approved));
    for (TopicSummary t : approved) {
      if (t.reporterId != null) {
        out.add(t.reporterId);
      }
    }
    return new ArrayList<>(out);
  }

  void setItem(
      long meetingId, long topicId, int timeLimitMinutes, boolean confidential, Actor actor) {
    actor.actingAs(OFFICE);
    if (!PreparationRules.validTimeLimit(timeLimitMinutes)) {
      throw new ValidationException(
          "timeLimitMinutes", Clause.D1, "汇报时限须在1至240分钟之间", "between 1 and 240 minutes");
    }
    jpa.tx(
        TransactionType.Required,
        em -> {
          MeetingRepository.preparing(em, meetingId);
          AgendaItemRepository.put(em, meetingId, topicId, timeLimitMinutes, confidential);
        });
  }
}
