package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MonthGap;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;

/**
 * Preparing and running a meeting's paperwork, free of OSGi. The agenda is computed from the
 * approved topic list each time it is read, so a leave approved or a rule lifted shows at once.
 */
class Planning implements MeetingPlanner {
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");
  private static final Role[] OFFICE = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};
  private static final Set<Role> OVERSEERS =
      EnumSet.of(Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.SECRETARIAT);

  private final JpaTemplate jpa;
  private final Directory directory;
  private final TopicListService lists;
  private final TopicService topics;
  private final ActivePolicy policy;
  private final Consumer<Map<String, Object>> announce;
  private final Clock clock;
  private final int defaultMinutes;

  /** The supervision module's emergency decisions, when it is installed (S2). */
  volatile java.util.function.Supplier<org.govmeeting.api.supervision.EmergencyDecisions>
      emergencies = () -> null;

  Planning(
      JpaTemplate jpa,
      Directory directory,
      TopicListService lists,
      TopicService topics,
      ActivePolicy policy,
      Consumer<Map<String, Object>> announce,
      Clock clock,
      int defaultMinutes) {
    this.jpa = jpa;
    this.directory = directory;
    this.lists = lists;
    this.topics = topics;
    this.policy = policy;
    this.announce = announce;
    this.clock = clock;
    this.defaultMinutes = defaultMinutes;
  }

  // ---- law study, invitations, agenda ---------------------------------------------------

  // rule: T1 — every meeting opens with a law study from one of the four areas
  @Override
  public Meeting setLawStudy(long meetingId, LawStudy study, Actor actor) {
    actor.actingAs(OFFICE);
    if (study == null || study.area == null) {
      throw new ValidationException(
          "area", "the law study's area (one of the four of T1)", Clause.T1);
    }
    String subject = ValidationException.requireText("subject", study.subject);
    String leader = ValidationException.requireText("leaderId", study.leaderId);
    if (directory.person(leader).isEmpty()) {
      throw new ValidationException("leaderId", "no such person", Clause.T1);
    }
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MeetingRecord m = preparing(em, meetingId);
          LawStudyRecord r = em.find(LawStudyRecord.class, meetingId);
          if (r == null) {
            r = new LawStudyRecord();
            r.meetingId = meetingId;
            em.persist(r);
          }
          r.area = study.area;
          r.subject = subject;
          r.material = study.material;
          r.leaderId = leader;
          return MeetingScheduler.toMeeting(m);
        });
  }

  @Override
  public LawStudy lawStudy(long meetingId) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          LawStudyRecord r = em.find(LawStudyRecord.class, meetingId);
          if (r == null) {
            return null;
          }
          LawStudy out = new LawStudy();
          out.area = r.area;
          out.subject = r.subject;
          out.material = r.material;
          out.leaderId = r.leaderId;
          return out;
        });
  }

  // rule: C2 — other units' heads may be invited as needed
  @Override
  public void invite(long meetingId, String personId, Actor actor) {
    actor.actingAs(OFFICE);
    String id = ValidationException.requireText("personId", personId);
    if (directory.person(id).isEmpty()) {
      throw new ValidationException("personId", "no such person", Clause.C2);
    }
    jpa.tx(
        TransactionType.Required,
        em -> {
          preparing(em, meetingId);
          if (!people(em, meetingId, "INVITED").contains(id)) {
            ParticipationRecord p = new ParticipationRecord();
            p.meetingId = meetingId;
            p.personId = id;
            p.kind = "INVITED";
            em.persist(p);
          }
        });
  }

  @Override
  public List<String> invited(long meetingId) {
    return jpa.txExpr(TransactionType.Required, em -> people(em, meetingId, "INVITED"));
  }

  // rule: S7 — a topic whose supervisor is on leave is not put on the agenda, unless lifted
  @Override
  public Agenda agenda(long meetingId, Actor actor) {
    Meeting meeting = meeting(meetingId);
    if (!actor.hasAny(OVERSEERS) && !participants(meetingId).contains(actor.personId())) {
      throw new AccessDeniedException(
          "the agenda is for the meeting's participants (K3)", Clause.K3);
    }
    return build(meeting);
  }

  private Agenda build(Meeting meeting) {
    long meetingId = meeting.id;
    Agenda agenda = new Agenda();
    agenda.meetingId = meetingId;
    agenda.number = meeting.number;
    agenda.items = new ArrayList<>();
    agenda.deferred = new ArrayList<>();
    LawStudy study = lawStudy(meetingId);
    if (study != null) {
      AgendaItem law = new AgendaItem();
      law.kind = AgendaItem.Kind.LAW_STUDY;
      law.title = "集体学法：" + study.subject;
      law.reporterId = study.leaderId;
      law.timeLimitMinutes = defaultMinutes;
      agenda.items.add(law);
    }
    List<Long> listed =
        lists
            .get(meetingId)
            .filter(l -> l.state == TopicList.State.APPROVED)
            .map(l -> l.topicIds)
            .orElse(List.of());
    Map<Long, AgendaItemRecord> settings = new HashMap<>();
    Set<String> absent =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              for (AgendaItemRecord r :
                  em.createQuery(
                          "select a from AgendaItemRecord a where a.meetingId = :m",
                          AgendaItemRecord.class)
                      .setParameter("m", meetingId)
                      .getResultList()) {
                settings.put(r.topicId, r);
              }
              return new LinkedHashSet<>(people(em, meetingId, "ABSENT"));
            });
    for (TopicSummary t : topics.summaries(listed)) {
      if (absent.contains(t.supervisorId) && !t.overridden.contains(Clause.S7)) {
        Agenda.Deferral d = new Agenda.Deferral();
        d.topicId = t.id;
        d.title = t.name;
        d.clause = Clause.S7.name();
        d.reason = "S7: the supervising vice-mayor " + t.supervisorId + " is on leave";
        agenda.deferred.add(d);
        continue;
      }
      AgendaItem item = new AgendaItem();
      item.kind = AgendaItem.Kind.TOPIC;
      item.topicId = t.id;
      item.title = t.name;
      item.reporterId = t.reporterId;
      item.leadUnitId = t.leadUnitId;
      item.supervisorId = t.supervisorId;
      AgendaItemRecord s = settings.get(t.id);
      item.timeLimitMinutes =
          s != null && s.timeLimitMinutes > 0 ? s.timeLimitMinutes : defaultMinutes;
      item.confidential = s != null && s.confidential;
      agenda.items.add(item);
    }
    // rule: S2 — emergency decisions taken since the last meeting are reported to this one
    org.govmeeting.api.supervision.EmergencyDecisions emergency = emergencies.get();
    if (emergency != null) {
      for (org.govmeeting.api.supervision.EmergencyDecision e :
          emergency.unreported(meeting.scheduledAt)) {
        AgendaItem report = new AgendaItem();
        report.kind = AgendaItem.Kind.EMERGENCY_REPORT;
        report.topicId = null;
        report.title = "临机处置事项报告：" + e.what;
        report.reporterId = e.decidedBy;
        report.timeLimitMinutes = 5;
        report.emergencyDecisionId = e.id;
        agenda.items.add(report);
      }
    }
    for (int i = 0; i < agenda.items.size(); i++) {
      agenda.items.get(i).position = i + 1;
    }
    return agenda;
  }

  // rule: D1 — each report has a time limit
  @Override
  public void setItem(
      long meetingId, long topicId, int timeLimitMinutes, boolean confidential, Actor actor) {
    actor.actingAs(OFFICE);
    if (timeLimitMinutes < 1 || timeLimitMinutes > 240) {
      throw new ValidationException("timeLimitMinutes", "between 1 and 240 minutes", Clause.D1);
    }
    jpa.tx(
        TransactionType.Required,
        em -> {
          preparing(em, meetingId);
          AgendaItemRecord r =
              em
                  .createQuery(
                      "select a from AgendaItemRecord a where a.meetingId = :m and a.topicId = :t",
                      AgendaItemRecord.class)
                  .setParameter("m", meetingId)
                  .setParameter("t", topicId)
                  .getResultList()
                  .stream()
                  .findFirst()
                  .orElse(null);
          if (r == null) {
            r = new AgendaItemRecord();
            r.meetingId = meetingId;
            r.topicId = topicId;
            em.persist(r);
          }
          r.timeLimitMinutes = timeLimitMinutes;
          r.confidential = confidential;
        });
  }

  // ---- notices --------------------------------------------------------------------------

  // rule: M1 — once the time is fixed, every participant is notified
  @Override
  public List<Notice> notifyParticipants(long meetingId, Actor actor) {
    actor.actingAs(OFFICE);
    Meeting meeting = meeting(meetingId);
    Agenda agenda = build(meeting);
    List<String> to = participants(meetingId);
    String text =
        "第"
            + meeting.number
            + "次区政府常务会议定于 "
            + meeting.scheduledAt.atZone(DISTRICT_ZONE).toLocalDateTime()
            + " 在 "
            + (meeting.venue == null ? "（会场待定）" : meeting.venue)
            + " 召开。议程："
            + agenda.items.stream()
                .map(i -> i.position + ". " + i.title)
                .collect(Collectors.joining("；"));
    Instant now = clock.instant();
    List<Notice> sent =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              MeetingRecord m = preparing(em, meetingId);
              m.status = Meeting.Status.NOTIFIED;
              List<Notice> out = new ArrayList<>();
              for (String recipient : to) {
                out.add(
                    notice(
                        em,
                        Notice.Kind.MEETING,
                        meetingId,
                        null,
                        recipient,
                        text,
                        actor.personId(),
                        now));
              }
              return out;
            });
    sent.forEach(this::published);
    return sent;
  }

  @Override
  public List<String> participants(long meetingId) {
    Set<String> out = new LinkedHashSet<>();
    directory.members().forEach(p -> out.add(p.id));
    directory.regularAttendees().forEach(p -> out.add(p.id));
    out.addAll(invited(meetingId));
    List<Long> listed =
        lists
            .get(meetingId)
            .filter(l -> l.state == TopicList.State.APPROVED)
            .map(l -> l.topicIds)
            .orElse(List.of());
    for (TopicSummary t : topics.summaries(listed)) {
      if (t.reporterId != null) {
        out.add(t.reporterId);
      }
    }
    return new ArrayList<>(out);
  }

  @Override
  public List<Notice> notices(String recipientId, boolean unacknowledgedOnly) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select n from NoticeRecord n where n.recipientId = :r"
                        + (unacknowledgedOnly ? " and n.acknowledgedAt is null" : "")
                        + " order by n.id desc",
                    NoticeRecord.class)
                .setParameter("r", recipientId)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(Planning::toNotice)
                .collect(Collectors.toList()));
  }

  @Override
  public Notice acknowledge(long noticeId, Actor actor) {
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          NoticeRecord n = em.find(NoticeRecord.class, noticeId);
          if (n == null || !n.recipientId.equals(actor.personId())) {
            throw new NotFoundException("notice", String.valueOf(noticeId));
          }
          if (n.acknowledgedAt == null) {
            n.acknowledgedAt = Timestamp.from(now);
          }
          return toNotice(n);
        });
  }

  @Override
  public Notice send(Notice n) {
    Instant now = clock.instant();
    Notice sent =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                notice(
                    em,
                    n.kind,
                    n.meetingId,
                    n.topicId,
                    n.recipientId,
                    n.text,
                    n.sentBy == null ? "system" : n.sentBy,
                    now));
    published(sent);
    return sent;
  }

  /** M1: a topic on the approved list; its department is told to prepare. */
  void topicListed(long topicId, long meetingId) {
    noticeToDepartment(
        topicId, meetingId, Notice.Kind.PREPARE, "已列入第%d次区政府常务会议议题表，请按统一格式和份数准备会议材料，按时送常务秘书室。");
  }

  /** S9, S7: a topic moved to another meeting; its department is told. */
  void topicMoved(long topicId, Long meetingId, String note) {
    noticeToDepartment(
        topicId, meetingId == null ? 0 : meetingId, Notice.Kind.TOPIC_MOVED, "改列第%d次会议：" + note);
  }

  private void noticeToDepartment(long topicId, long meetingId, Notice.Kind kind, String text) {
    List<TopicSummary> s = topics.summaries(List.of(topicId));
    if (s.isEmpty()) {
      return;
    }
    TopicSummary t = s.get(0);
    Meeting meeting = meetingId == 0 ? null : meetingOrNull(meetingId);
    Set<String> to = new LinkedHashSet<>();
    directory.unit(t.leadUnitId).map(u -> u.headId).ifPresent(to::add);
    directory.people(t.leadUnitId, Role.DEPARTMENT_STAFF).forEach(p -> to.add(p.id));
    String body = "议题《" + t.name + "》" + String.format(text, meeting == null ? 0 : meeting.number);
    Instant now = clock.instant();
    List<Notice> sent =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              List<Notice> out = new ArrayList<>();
              for (String r : to) {
                boolean already =
                    !em.createQuery(
                            "select n.id from NoticeRecord n where n.kind = :k and n.topicId = :t"
                                + " and n.meetingId = :m and n.recipientId = :r",
                            Long.class)
                        .setParameter("k", kind)
                        .setParameter("t", topicId)
                        .setParameter("m", meetingId)
                        .setParameter("r", r)
                        .getResultList()
                        .isEmpty();
                if (!already) {
                  out.add(notice(em, kind, meetingId, topicId, r, body, "system", now));
                }
              }
              return out;
            });
    sent.forEach(this::published);
  }

  private void published(Notice n) {
    Map<String, Object> e = new HashMap<>();
    e.put("event.topics", Events.NOTICE_SENT);
    e.put(Events.NOTICE_ID, n.id);
    e.put(Events.PERSON_ID, n.recipientId);
    e.put(Events.MEETING_ID, n.meetingId);
    e.put(Events.KIND, n.kind.name());
    announce.accept(e);
  }

  /** The attendance module reports an approved absence; the agenda needs it for S7. */
  void absent(long meetingId, String personId) {
    jpa.tx(
        TransactionType.Required,
        em -> {
          if (!people(em, meetingId, "ABSENT").contains(personId)) {
            ParticipationRecord p = new ParticipationRecord();
            p.meetingId = meetingId;
            p.personId = personId;
            p.kind = "ABSENT";
            em.persist(p);
          }
        });
  }

  // ---- materials ------------------------------------------------------------------------

  // rule: M1 — one format and copy count
  @Override
  public MaterialsStatus setMaterialsFormat(
      long meetingId, String format, int copies, Actor actor) {
    actor.actingAs(Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    String f = ValidationException.requireText("format", format);
    if (copies < 1) {
      throw new ValidationException("copies", "at least one copy", Clause.M1);
    }
    record(meetingId, "FORMAT", null, null, f, copies, actor, false);
    return materials(meetingId);
  }

  // rule: M1 — departments deliver to the secretariat by the deadline
  @Override
  public MaterialsStatus deliver(long meetingId, long topicId, Actor actor) {
    Meeting meeting = meeting(meetingId);
    List<TopicSummary> t = topics.summaries(List.of(topicId));
    boolean onList = lists.get(meetingId).map(l -> l.topicIds.contains(topicId)).orElse(false);
    if (t.isEmpty() || !onList) {
      throw new NotFoundException("topic on the list of meeting " + meeting.number, "" + topicId);
    }
    Person me =
        directory
            .person(actor.personId())
            .orElseThrow(() -> new AccessDeniedException("not in the directory"));
    if (!t.get(0).leadUnitId.equals(me.unitId)) {
      throw new AccessDeniedException(
          "the lead department delivers its topic's materials", Clause.M1);
    }
    boolean late = clock.instant().isAfter(deadlines(meeting)[0]);
    record(meetingId, "DELIVERY", topicId, null, null, 0, actor, late);
    return materials(meetingId);
  }

  // rule: M2 — materials reach the attending leaders the policy's lead time before
  @Override
  public MaterialsStatus distribute(long meetingId, Actor actor) {
    actor.actingAs(OFFICE);
    Meeting meeting = meeting(meetingId);
    boolean late = clock.instant().isAfter(deadlines(meeting)[1]);
    Set<String> leaders = new LinkedHashSet<>();
    directory.members().forEach(p -> leaders.add(p.id));
    directory.regularAttendees().forEach(p -> leaders.add(p.id));
    jpa.tx(
        TransactionType.Required,
        em -> {
          Set<String> done =
              em
                  .createQuery(
                      "select m.personId from MaterialsRecord m where m.meetingId = :m"
                          + " and m.kind = 'RECEIPT'",
                      String.class)
                  .setParameter("m", meetingId)
                  .getResultList()
                  .stream()
                  .collect(Collectors.toSet());
          for (String p : leaders) {
            if (!done.contains(p)) {
              em.persist(materialsRecord(meetingId, "RECEIPT", null, p, null, 0, actor, late));
            }
          }
        });
    return materials(meetingId);
  }

  @Override
  public MaterialsStatus materials(long meetingId) {
    Meeting meeting = meeting(meetingId);
    Instant[] deadlines = deadlines(meeting);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MaterialsStatus s = new MaterialsStatus();
          s.meetingId = meetingId;
          s.deliveryDeadline = deadlines[0];
          s.distributionDeadline = deadlines[1];
          s.deliveries = new ArrayList<>();
          s.receipts = new ArrayList<>();
          for (MaterialsRecord r :
              em.createQuery(
                      "select m from MaterialsRecord m where m.meetingId = :m order by m.id",
                      MaterialsRecord.class)
                  .setParameter("m", meetingId)
                  .getResultList()) {
            switch (r.kind) {
              case "FORMAT" -> {
                s.format = r.format;
                s.copies = r.copies;
              }
              case "DELIVERY" -> {
                MaterialsStatus.Delivery d = new MaterialsStatus.Delivery();
                d.topicId = r.topicId;
                d.deliveredBy = r.recordedBy;
                d.deliveredAt = r.recordedAt.toInstant();
                d.late = r.late;
                s.deliveries.add(d);
              }
              default -> {
                MaterialsStatus.Receipt d = new MaterialsStatus.Receipt();
                d.recipientId = r.personId;
                d.handedOverBy = r.recordedBy;
                d.receivedAt = r.recordedAt.toInstant();
                d.late = r.late;
                s.receipts.add(d);
              }
            }
          }
          return s;
        });
  }

  /** [delivery to the secretariat, distribution to the leaders]. */
  private Instant[] deadlines(Meeting meeting) {
    int lead = policy.get().materialsLeadDays();
    Instant distribution = meeting.scheduledAt.minus(Duration.ofDays(lead));
    return new Instant[] {distribution.minus(Duration.ofDays(1)), distribution};
  }

  private void record(
      long meetingId,
      String kind,
      Long topicId,
      String personId,
      String format,
      int copies,
      Actor actor,
      boolean late) {
    jpa.tx(
        TransactionType.Required,
        em -> {
          preparing(em, meetingId);
          em.persist(
              materialsRecord(meetingId, kind, topicId, personId, format, copies, actor, late));
        });
  }

  private MaterialsRecord materialsRecord(
      long meetingId,
      String kind,
      Long topicId,
      String personId,
      String format,
      int copies,
      Actor actor,
      boolean late) {
    MaterialsRecord r = new MaterialsRecord();
    r.meetingId = meetingId;
    r.kind = kind;
    r.topicId = topicId;
    r.personId = personId;
    r.format = format;
    r.copies = copies;
    r.recordedBy = actor.personId();
    r.recordedAt = Timestamp.from(clock.instant());
    r.late = late;
    return r;
  }

  // ---- months without a meeting ---------------------------------------------------------

  // rule: C3 — a regular meeting in principle every month
  @Override
  public List<MonthGap> gaps(YearMonth until) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          List<MeetingRecord> all =
              em.createQuery(
                      "select m from MeetingRecord m order by m.scheduledAt", MeetingRecord.class)
                  .getResultList();
          List<MonthGap> out = new ArrayList<>();
          if (all.isEmpty()) {
            return out;
          }
          Set<YearMonth> held = new LinkedHashSet<>();
          for (MeetingRecord m : all) {
            if (m.status == Meeting.Status.IN_SESSION || m.status == Meeting.Status.CLOSED) {
              held.add(YearMonth.from(m.scheduledAt.toInstant().atZone(DISTRICT_ZONE)));
            }
          }
          YearMonth first = YearMonth.from(all.get(0).convenedAt.toInstant().atZone(DISTRICT_ZONE));
          for (YearMonth ym = first; ym.isBefore(until); ym = ym.plusMonths(1)) {
            if (held.contains(ym)) {
              continue;
            }
            MonthGap g = new MonthGap();
            g.month = ym.toString();
            MonthExcuseRecord e = em.find(MonthExcuseRecord.class, g.month);
            if (e != null) {
              g.excused = true;
              g.reason = e.reason;
              g.recordedBy = e.recordedBy;
              g.recordedAt = e.recordedAt.toInstant();
            }
            out.add(g);
          }
          return out;
        });
  }

  @Override
  public MonthGap excuse(YearMonth month, String reason, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          "only the mayor records why a month had no meeting", Clause.C3);
    }
    if (month == null) {
      throw new ValidationException("month", "give the month as 2026-03");
    }
    String why = ValidationException.requireText("reason", reason);
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          if (em.find(MonthExcuseRecord.class, month.toString()) != null) {
            throw new ConflictException(
                "a reason for " + month + " is already recorded", Clause.C3);
          }
          MonthExcuseRecord r = new MonthExcuseRecord();
          r.month = month.toString();
          r.reason = why;
          r.recordedBy = actor.personId();
          r.recordedAt = Timestamp.from(now);
          em.persist(r);
        });
    return gaps(month.plusMonths(1)).stream()
        .filter(g -> g.month.equals(month.toString()))
        .findFirst()
        .orElseThrow(() -> new ConflictException(month + " had a meeting", Clause.C3));
  }

  // ---- session --------------------------------------------------------------------------

  @Override
  public Meeting begin(long meetingId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("the mayor convenes and chairs the meeting", Clause.C1);
    }
    if (lawStudy(meetingId) == null) {
      throw new RuleViolationException(
          Clause.T1, "the meeting opens with its law study; set it first");
    }
    Agenda agenda = build(meeting(meetingId));
    Meeting opened =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              MeetingRecord m = preparing(em, meetingId);
              m.status = Meeting.Status.IN_SESSION;
              return MeetingScheduler.toMeeting(m);
            });
    for (Agenda.Deferral d : agenda.deferred) {
      lists.defer(meetingId, d.topicId, d.reason, actor);
    }
    return opened;
  }

  @Override
  public Meeting close(long meetingId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("the mayor chairs the meeting", Clause.C1);
    }
    List<Long> reported =
        build(meeting(meetingId)).items.stream()
            .filter(i -> i.kind == AgendaItem.Kind.EMERGENCY_REPORT)
            .map(i -> i.emergencyDecisionId)
            .collect(Collectors.toList());
    Meeting closed = closeRecord(meetingId);
    org.govmeeting.api.supervision.EmergencyDecisions emergency = emergencies.get();
    if (emergency != null && !reported.isEmpty()) {
      emergency.reported(reported, meetingId);
    }
    return closed;
  }

  private Meeting closeRecord(long meetingId) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MeetingRecord m = em.find(MeetingRecord.class, meetingId);
          if (m == null) {
            throw new NotFoundException("meeting", String.valueOf(meetingId));
          }
          if (m.status != Meeting.Status.IN_SESSION) {
            throw new ConflictException("meeting " + m.number + " is " + m.status);
          }
          m.status = Meeting.Status.CLOSED;
          return MeetingScheduler.toMeeting(m);
        });
  }

  @Override
  public Meeting cancel(long meetingId, String reason, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("only the mayor convenes or calls off a meeting", Clause.C1);
    }
    String why = ValidationException.requireText("reason", reason);
    List<Long> listed =
        lists
            .get(meetingId)
            .filter(l -> l.state == TopicList.State.APPROVED)
            .map(l -> new ArrayList<>(l.topicIds))
            .orElse(new ArrayList<>());
    Meeting cancelled =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              MeetingRecord m = preparing(em, meetingId);
              m.status = Meeting.Status.CANCELLED;
              return MeetingScheduler.toMeeting(m);
            });
    for (Long topic : listed) {
      lists.defer(meetingId, topic, "meeting " + cancelled.number + " called off: " + why, actor);
    }
    return cancelled;
  }

  // rule: M4 — the Office prepares the venue
  @Override
  public Meeting setVenue(long meetingId, String venue, Actor actor) {
    actor.actingAs(OFFICE);
    String where = ValidationException.requireText("venue", venue);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MeetingRecord m = preparing(em, meetingId);
          m.venue = where;
          return MeetingScheduler.toMeeting(m);
        });
  }

  // ---- helpers --------------------------------------------------------------------------

  private Meeting meeting(long id) {
    Meeting m = meetingOrNull(id);
    if (m == null) {
      throw new NotFoundException("meeting", String.valueOf(id));
    }
    return m;
  }

  private Meeting meetingOrNull(long id) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MeetingRecord m = em.find(MeetingRecord.class, id);
          return m == null ? null : MeetingScheduler.toMeeting(m);
        });
  }

  /** The meeting, which must still be in preparation (planned or notified). */
  private static MeetingRecord preparing(EntityManager em, long meetingId) {
    MeetingRecord m = em.find(MeetingRecord.class, meetingId);
    if (m == null) {
      throw new NotFoundException("meeting", String.valueOf(meetingId));
    }
    if (m.status != Meeting.Status.PLANNED && m.status != Meeting.Status.NOTIFIED) {
      throw new ConflictException("meeting " + m.number + " is " + m.status);
    }
    return m;
  }

  private static List<String> people(EntityManager em, long meetingId, String kind) {
    return em.createQuery(
            "select p.personId from ParticipationRecord p where p.meetingId = :m and p.kind = :k"
                + " order by p.id",
            String.class)
        .setParameter("m", meetingId)
        .setParameter("k", kind)
        .getResultList();
  }

  private static Notice notice(
      EntityManager em,
      Notice.Kind kind,
      long meetingId,
      Long topicId,
      String recipient,
      String text,
      String by,
      Instant now) {
    NoticeRecord n = new NoticeRecord();
    n.kind = kind;
    n.meetingId = meetingId;
    n.topicId = topicId;
    n.recipientId = recipient;
    n.text = text.length() > 4000 ? text.substring(0, 4000) : text;
    n.sentAt = Timestamp.from(now);
    n.sentBy = by;
    em.persist(n);
    em.flush();
    return toNotice(n);
  }

  private static Notice toNotice(NoticeRecord n) {
    Notice out = new Notice();
    out.id = n.id;
    out.kind = n.kind;
    out.meetingId = n.meetingId;
    out.topicId = n.topicId;
    out.recipientId = n.recipientId;
    out.text = n.text;
    out.sentAt = n.sentAt.toInstant();
    out.sentBy = n.sentBy;
    out.acknowledgedAt = n.acknowledgedAt == null ? null : n.acknowledgedAt.toInstant();
    return out;
  }
}
