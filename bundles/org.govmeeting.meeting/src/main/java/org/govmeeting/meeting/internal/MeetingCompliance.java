package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.ComplianceSource;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MonthGap;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The meeting module's part of the compliance report: who convened, the month, the law study, the
 * emergency reports, the notices, materials and venue, and S7 for each listed topic, read from the
 * planner's records ({@link MeetingVerdicts} judges them).
 */
@Component(service = ComplianceSource.class)
public class MeetingCompliance implements ComplianceSource {
  private static final Set<Clause> MEETING =
      EnumSet.of(Clause.C1, Clause.C3, Clause.T1, Clause.S2, Clause.M1, Clause.M2, Clause.M4);
  private static final Set<Clause> TOPIC = EnumSet.of(Clause.S7, Clause.M1);

  private final JpaTemplate jpa;
  private final MeetingPlanner planner;
  private final TopicService topics;
  private final Directory directory;

  @Activate
  public MeetingCompliance(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.meeting)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.meeting)")
          SchemaReady schema,
      @Reference MeetingPlanner planner,
      @Reference TopicService topics,
      @Reference Directory directory) {
    this.jpa = jpa;
    this.planner = planner;
    this.topics = topics;
    this.directory = directory;
  }

  @Override
  public String module() {
    return "meeting";
  }

  @Override
  public Set<Clause> meetingClauses() {
    return MEETING;
  }

  @Override
  public Set<Clause> topicClauses() {
    return TOPIC;
  }

  @Override
  public List<ClauseCheck> check(ComplianceScope s) {
    Meeting m = s.meeting;
    List<ClauseCheck> out = new ArrayList<>();
    boolean byMayor =
        directory
            .person(m.convenedBy)
            .map(p -> p.roles != null && p.roles.contains(Role.MAYOR))
            .orElse(false);
    out.add(MeetingVerdicts.convened(m, byMayor));
    out.addAll(MeetingVerdicts.monthly(m, gapsBefore(m)));
    out.add(MeetingVerdicts.lawStudy(s, planner.lawStudy(m.id)));
    Records r = records(m);
    out.add(MeetingVerdicts.emergencies(s, r.due, r.heardHere, r.missed));
    out.add(MeetingServicesVerdicts.notices(s, planner.participants(m.id), r.notices, this::name));
    MaterialsStatus materials = materials(m.id);
    out.add(MeetingServicesVerdicts.materialsFormat(s, materials));
    List<String> leaders = new ArrayList<>();
    directory.members().forEach(p -> leaders.add(p.id));
    directory.regularAttendees().stream()
        .map(p -> p.id)
        .filter(id -> !leaders.contains(id))
        .forEach(leaders::add);
    out.add(MeetingServicesVerdicts.distribution(s, materials, leaders, this::name));
    out.add(MeetingServicesVerdicts.venue(s));
    Map<Long, TopicSummary> summaries = new HashMap<>();
    if (!s.topicIds.isEmpty()) {
      topics.summaries(s.topicIds).forEach(t -> summaries.put(t.id, t));
    }
    for (Long id : s.topicIds) {
      TopicSummary t = summaries.get(id);
      if (t != null) {
        out.add(MeetingVerdicts.supervisorAbsent(s, t, r.absent, this::name));
      }
      out.add(MeetingServicesVerdicts.delivery(s, id, materials));
    }
    return out;
  }

  /** The months since the meeting before this one (cancelled ones aside) with no meeting held. */
  private List<MonthGap> gapsBefore(Meeting m) {
    if (m.kind == Meeting.Kind.EXTRA) {
      return List.of(); // an extra meeting answers for no month
    }
    ZoneId zone = directory.zone();
    YearMonth month = YearMonth.from(m.scheduledAt.atZone(zone));
    Timestamp before =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select max(m.scheduledAt) from MeetingRecord m where m.id <> :id"
                            + " and m.status <> :cancelled and m.scheduledAt < :at",
                        Timestamp.class)
                    .setParameter("id", m.id)
                    .setParameter("cancelled", Meeting.Status.CANCELLED)
                    .setParameter("at", Timestamp.from(m.scheduledAt))
                    .getSingleResult());
    YearMonth previous = before == null ? null : YearMonth.from(before.toInstant().atZone(zone));
    List<MonthGap> out = new ArrayList<>();
    for (MonthGap g : planner.gaps(month)) {
      YearMonth gm = YearMonth.parse(g.month);
      if (previous == null || gm.isAfter(previous)) {
        out.add(g);
      }
    }
    return out;
  }

  private MaterialsStatus materials(long meetingId) {
    try {
      return planner.materials(meetingId);
    } catch (org.govmeeting.api.error.UnavailableException noPolicy) {
      return null; // without a policy there is no lead time: the deadlines are unknown
    }
  }

  /** What the planner keeps of the meeting that no service of it answers for all recipients. */
  private record Records(
      List<Notice> notices,
      List<MeetingVerdicts.Emergency> due,
      List<MeetingVerdicts.Emergency> heardHere,
      List<MeetingVerdicts.Emergency> missed,
      Set<String> absent) {}

  private Records records(Meeting m) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          List<Notice> notices = new ArrayList<>();
          for (NoticeRecord n :
              em.createQuery(
                      "select n from NoticeRecord n where n.meetingId = :m and n.kind = :k"
                          + " order by n.id",
                      NoticeRecord.class)
                  .setParameter("m", m.id)
                  .setParameter("k", Notice.Kind.MEETING)
                  .getResultList()) {
            Notice x = new Notice();
            x.id = n.id;
            x.kind = n.kind;
            x.meetingId = n.meetingId;
            x.recipientId = n.recipientId;
            x.sentAt = n.sentAt.toInstant();
            x.sentBy = n.sentBy;
            x.acknowledgedAt = n.acknowledgedAt == null ? null : n.acknowledgedAt.toInstant();
            notices.add(x);
          }
          Map<Long, EmergencyHearingRecord> hearings =
              EmergencyDecisionRepository.hearings(em, m.id);
          List<MeetingVerdicts.Emergency> heard = new ArrayList<>();
          List<MeetingVerdicts.Emergency> missed = new ArrayList<>();
          List<MeetingVerdicts.Emergency> due = new ArrayList<>();
          boolean ended = m.status == Meeting.Status.CLOSED || m.status == Meeting.Status.CANCELLED;
          // Reported here or heard or missed here; while the meeting has not ended, also those
          // on its agenda still to be heard.
          javax.persistence.TypedQuery<EmergencyDecisionRecord> q =
              em.createQuery(
                      "select e from EmergencyDecisionRecord e where e.reportedAtMeetingId = :m"
                          + " or e.id in (select h.emergencyId from EmergencyHearingRecord h"
                          + " where h.meetingId = :m)"
                          + (ended
                              ? ""
                              : " or (e.reportedAtMeetingId is null and e.decidedAt < :b)")
                          + " order by e.decidedAt, e.id",
                      EmergencyDecisionRecord.class)
                  .setParameter("m", m.id);
          if (!ended) {
            q.setParameter("b", Timestamp.from(m.scheduledAt));
          }
          List<EmergencyDecisionRecord> concerned = q.getResultList();
          for (EmergencyDecisionRecord e : concerned) {
            EmergencyHearingRecord h = hearings.get(e.id);
            if (h != null && !h.heard) {
              missed.add(emergency(e, null));
            } else if (h != null || Long.valueOf(m.id).equals(e.reportedAtMeetingId)) {
              heard.add(emergency(e, h));
            } else {
              due.add(emergency(e, null));
            }
          }
          Set<String> absent =
              new LinkedHashSet<>(
                  ParticipationRepository.people(em, m.id, ParticipationRepository.ABSENT));
          return new Records(notices, due, heard, missed, absent);
        });
  }

  private static MeetingVerdicts.Emergency emergency(
      EmergencyDecisionRecord e, EmergencyHearingRecord heard) {
    return new MeetingVerdicts.Emergency(
        e.id,
        e.what,
        e.decidedBy,
        e.decidedAt.toInstant(),
        heard == null ? null : heard.reporterId,
        heard == null ? null : heard.recordedAt.toInstant());
  }

  private String name(String id) {
    return id == null ? null : directory.person(id).map(p -> p.name).orElse(id);
  }
}
