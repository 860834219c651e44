package org.govmeeting.supervision.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.EmergencyDecision;
import org.govmeeting.api.supervision.EmergencyDecisions;
import org.govmeeting.api.supervision.Overview;
import org.govmeeting.api.supervision.SupervisionService;
import org.govmeeting.api.supervision.Task;
import org.govmeeting.api.topic.Page;

/**
 * The Office's follow-up of decisions, free of OSGi. Time comes in as an argument where it matters
 * (due soon, overdue), so reminders and chasing are tested without waiting for days.
 */
class Supervising implements SupervisionService, EmergencyDecisions {
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");
  private static final Role[] OFFICE = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};

  private final JpaTemplate jpa;
  private final DeliberationService deliberations;
  private final RecordReaders readers;
  private final MeetingPlanner notices;
  private final Directory directory;
  private final Clock clock;
  private final int dueSoonDays;
  private static final int MAX_ATTACHMENT = 20 * 1024 * 1024;

  Supervising(
      JpaTemplate jpa,
      DeliberationService deliberations,
      RecordReaders readers,
      MeetingPlanner notices,
      Directory directory,
      Clock clock,
      int dueSoonDays) {
    this.jpa = jpa;
    this.deliberations = deliberations;
    this.readers = readers;
    this.notices = notices;
    this.directory = directory;
    this.clock = clock;
    this.dueSoonDays = dueSoonDays;
  }

  // rule: I1 — every requirement of a decision becomes a supervised task
  @Override
  public List<Task> takeUp(long meetingId, long topicId) {
    Deliberation d = deliberations.deliberation(meetingId, topicId);
    if (d.decision == null) {
      return List.of();
    }
    List<Requirement> reqs = d.decision.requirements;
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          for (int i = 0; i < reqs.size(); i++) {
            if (find(em, meetingId, topicId, i) != null) {
              continue;
            }
            Requirement q = reqs.get(i);
            TaskRecord t = new TaskRecord();
            t.meetingId = meetingId;
            t.topicId = topicId;
            t.requirementNo = i;
            t.what = q.what;
            t.ownerUnitId = q.unitIds.get(0);
            t.coUnitIds = String.join(",", q.unitIds.subList(1, q.unitIds.size()));
            t.due = Date.valueOf(q.due);
            t.state = Task.State.OPEN;
            t.createdAt = Timestamp.from(now);
            em.persist(t);
          }
        });
    return tasks(meetingId, null, null, 0, 200).items.stream()
        .filter(t -> t.topicId == topicId)
        .collect(Collectors.toList());
  }

  @Override
  public Task task(long id) {
    LocalDate today = today(clock.instant());
    return jpa.txExpr(TransactionType.Required, em -> toTask(em, record(em, id), today));
  }

  @Override
  public Page<Task> tasks(Long meetingId, String unitId, Task.State state, int offset, int limit) {
    LocalDate today = today(clock.instant());
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          String where =
              " where 1 = 1"
                  + (meetingId != null ? " and t.meetingId = :m" : "")
                  + (unitId != null ? " and t.ownerUnitId = :u" : "")
                  + (state != null ? " and t.state = :s" : "");
          TypedQuery<TaskRecord> q =
              em.createQuery(
                  "select t from TaskRecord t" + where + " order by t.due, t.id", TaskRecord.class);
          TypedQuery<Long> c =
              em.createQuery("select count(t) from TaskRecord t" + where, Long.class);
          for (TypedQuery<?> x : List.of(q, c)) {
            if (meetingId != null) {
              x.setParameter("m", meetingId);
            }
            if (unitId != null) {
              x.setParameter("u", unitId);
            }
            if (state != null) {
              x.setParameter("s", state);
            }
          }
          Page<Task> page = new Page<>();
          page.offset = Math.max(0, offset);
          page.limit = Math.max(1, Math.min(limit, 200));
          page.total = c.getSingleResult();
          page.items =
              q.setFirstResult(page.offset).setMaxResults(page.limit).getResultList().stream()
                  .map(t -> toTask(em, t, today))
                  .collect(Collectors.toList());
          return page;
        });
  }

  // rule: K3 — a confidential or undecided item's tasks stay with those who may know of it
  @Override
  public Task task(long id, Actor actor) {
    Task t = task(id);
    if (!new TaskReaders(readers, directory, actor)
        .mayRead(t.meetingId, t.topicId, t.ownerUnitId, t.coUnitIds)) {
      throw new NotFoundException("task", String.valueOf(id));
    }
    return t;
  }

  @Override
  public Page<Task> tasks(
      Long meetingId, String unitId, Task.State state, int offset, int limit, Actor actor) {
    TaskReaders who = new TaskReaders(readers, directory, actor);
    // Filtered before paging, so that totals and pages count only what the reader may see.
    List<Long> visible =
        jpa
            .txExpr(
                TransactionType.Required,
                em -> query(em, meetingId, unitId, state, TaskRecord.class, "t").getResultList())
            .stream()
            .filter(t -> who.mayRead(t.meetingId, t.topicId, t.ownerUnitId, split(t.coUnitIds)))
            .map(t -> t.id)
            .collect(Collectors.toList());
    Page<Task> page = new Page<>();
    page.offset = Math.max(0, offset);
    page.limit = Math.max(1, Math.min(limit, 200));
    page.total = visible.size();
    List<Long> ids =
        visible.subList(
            Math.min(page.offset, visible.size()),
            (int) Math.min((long) page.offset + page.limit, visible.size()));
    LocalDate today = today(clock.instant());
    page.items =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                ids.stream()
                    .map(id -> toTask(em, record(em, id), today))
                    .collect(Collectors.toList()));
    return page;
  }

  @Override
  public Task.AttachmentContent attachment(long taskId, long attachmentId, Actor actor) {
    task(taskId, actor);
    return attachment(taskId, attachmentId);
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
  }

  private static <T> TypedQuery<T> query(
      EntityManager em,
      Long meetingId,
      String unitId,
      Task.State state,
      Class<T> type,
      String what) {
    String where =
        " where 1 = 1"
            + (meetingId != null ? " and t.meetingId = :m" : "")
            + (unitId != null ? " and t.ownerUnitId = :u" : "")
            + (state != null ? " and t.state = :s" : "");
    TypedQuery<T> q =
        em.createQuery(
            "select " + what + " from TaskRecord t" + where + " order by t.due, t.id", type);
    if (meetingId != null) {
      q.setParameter("m", meetingId);
    }
    if (unitId != null) {
      q.setParameter("u", unitId);
    }
    if (state != null) {
      q.setParameter("s", state);
    }
    return q;
  }

  @Override
  public Task reportProgress(
      long taskId, String text, Integer percent, String milestone, Actor actor) {
    ValidationException.requireText("text", text);
    if (percent != null && (percent < 0 || percent > 100)) {
      throw new ValidationException("percent", "between 0 and 100", Clause.I1);
    }
    return act(taskId, actor, "PROGRESS", text, percent, milestone, Task.State.OPEN, null);
  }

  @Override
  public Task.Attachment attach(
      long taskId, String fileName, String contentType, byte[] content, Actor actor) {
    String name = ValidationException.requireFileName("name", fileName);
    if (content == null || content.length == 0) {
      throw new ValidationException("content", "the file is empty");
    }
    if (content.length > MAX_ATTACHMENT) {
      throw new ValidationException("content", "at most " + MAX_ATTACHMENT + " bytes");
    }
    Person me =
        directory
            .person(actor.personId())
            .orElseThrow(() -> new AccessDeniedException("not in the directory"));
    String sha;
    try {
      sha =
          java.util.HexFormat.of()
              .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Instant now = clock.instant();
    String digest = sha;
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TaskRecord t = record(em, taskId);
          if (!t.ownerUnitId.equals(me.unitId)) {
            throw new AccessDeniedException("the owning unit reports on its task", Clause.I1);
          }
          AttachmentRecord a = new AttachmentRecord();
          a.taskId = taskId;
          a.fileName = name.length() > 255 ? name.substring(0, 255) : name;
          a.contentType =
              contentType == null || contentType.isBlank()
                  ? "application/octet-stream"
                  : contentType;
          a.size = content.length;
          a.sha256 = digest;
          a.uploadedBy = actor.personId();
          a.uploadedAt = Timestamp.from(now);
          a.content = content;
          em.persist(a);
          em.flush();
          return toAttachment(a);
        });
  }

  @Override
  public Task.AttachmentContent attachment(long taskId, long attachmentId) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          AttachmentRecord a = em.find(AttachmentRecord.class, attachmentId);
          if (a == null || a.taskId != taskId) {
            throw new NotFoundException("attachment", taskId + "/" + attachmentId);
          }
          Task.AttachmentContent out = new Task.AttachmentContent();
          out.attachment = toAttachment(a);
          out.content = a.content;
          return out;
        });
  }

  private static Task.Attachment toAttachment(AttachmentRecord a) {
    Task.Attachment out = new Task.Attachment();
    out.id = a.id;
    out.fileName = a.fileName;
    out.contentType = a.contentType;
    out.size = a.size;
    out.sha256 = a.sha256;
    out.uploadedBy = a.uploadedBy;
    out.uploadedAt = a.uploadedAt.toInstant();
    return out;
  }

  @Override
  public Task reportCompletion(long taskId, String text, Actor actor) {
    ValidationException.requireText("text", text);
    return act(
        taskId,
        actor,
        "COMPLETION",
        text,
        100,
        null,
        Task.State.OPEN,
        Task.State.COMPLETION_REPORTED);
  }

  // rule: I1 — closed only with the owner's completion report and the Office's acceptance
  @Override
  public Task accept(long taskId, boolean accept, String note, Actor actor) {
    actor.actingAs(OFFICE);
    if (!accept) {
      ValidationException.requireText("note", note);
    }
    Instant now = clock.instant();
    LocalDate today = today(now);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TaskRecord t = record(em, taskId);
          if (t.state != Task.State.COMPLETION_REPORTED) {
            throw new ConflictException("the owner has not reported completion", Clause.I1);
          }
          t.state = accept ? Task.State.CLOSED : Task.State.OPEN;
          progress(em, t, accept ? "ACCEPTED" : "SENT_BACK", note, null, null, actor, now);
          return toTask(em, t, today);
        });
  }

  private Task act(
      long taskId,
      Actor actor,
      String kind,
      String text,
      Integer percent,
      String milestone,
      Task.State from,
      Task.State to) {
    Person me =
        directory
            .person(actor.personId())
            .orElseThrow(() -> new AccessDeniedException("not in the directory"));
    Instant now = clock.instant();
    LocalDate today = today(now);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TaskRecord t = record(em, taskId);
          if (!t.ownerUnitId.equals(me.unitId)) {
            throw new AccessDeniedException("the owning unit reports on its task", Clause.I1);
          }
          if (t.state != from) {
            throw new ConflictException("the task is " + t.state, Clause.I1);
          }
          if (to != null) {
            t.state = to;
          }
          progress(em, t, kind, text, percent, milestone, actor, now);
          return toTask(em, t, today);
        });
  }

  // rule: I1 — reminders before the deadline, chasing (催办) after it
  @Override
  public int chase(Instant asOf, Actor actor) {
    LocalDate today = today(asOf);
    List<TaskRecord> open =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select t from TaskRecord t where t.state = :s and t.due <= :soon",
                        TaskRecord.class)
                    .setParameter("s", Task.State.OPEN)
                    .setParameter("soon", Date.valueOf(today.plusDays(dueSoonDays)))
                    .getResultList());
    int sent = 0;
    for (TaskRecord t : open) {
      boolean overdue = t.due.toLocalDate().isBefore(today);
      String kind = overdue ? "CHASE" : "REMINDER";
      if (!claim(t.id, kind, today)) {
        continue;
      }
      String head = directory.unit(t.ownerUnitId).map(u -> u.headId).orElse(null);
      if (head == null) {
        continue;
      }
      Notice n = new Notice();
      n.kind = overdue ? Notice.Kind.CHASE : Notice.Kind.REMINDER;
      n.meetingId = t.meetingId;
      n.topicId = t.topicId;
      n.recipientId = head;
      n.sentBy = actor.personId();
      n.text =
          (overdue ? "催办：" : "提醒：")
              + "区政府常务会议决定事项“"
              + t.what
              + "”"
              + (overdue ? "已逾期（时限 " + t.due + "），请立即报告办理情况。" : "将于 " + t.due + " 到期，请按时办结并报告。");
      notices.send(n);
      sent++;
    }
    return sent;
  }

  /** Records that a notice of this kind goes out for the task today; false if one already has. */
  private boolean claim(long taskId, String kind, LocalDate day) {
    try {
      return jpa.txExpr(
          TransactionType.Required,
          em -> {
            // Looked up first: inside an act's transaction (reminders run on demand), a refused
            // insert would undo the whole act; the unique key stays the guard between nodes.
            boolean taken =
                !em.createQuery(
                        "select c.id from ChaseRecord c where c.taskId = :t and c.kind = :k"
                            + " and c.sentOn = :d")
                    .setParameter("t", taskId)
                    .setParameter("k", kind)
                    .setParameter("d", Date.valueOf(day))
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty();
            if (taken) {
              return false;
            }
            ChaseRecord c = new ChaseRecord();
            c.taskId = taskId;
            c.kind = kind;
            c.sentOn = Date.valueOf(day);
            em.persist(c);
            em.flush();
            return true;
          });
    } catch (PersistenceException e) {
      return false;
    }
  }

  @Override
  public List<Overview> overview(Long meetingId, String unitId, Instant asOf) {
    LocalDate today = today(asOf == null ? clock.instant() : asOf);
    Map<String, Overview> byKey = new LinkedHashMap<>();
    for (Task t : tasks(meetingId, unitId, null, 0, 200).items) {
      String key = t.meetingId + "/" + t.ownerUnitId;
      Overview o =
          byKey.computeIfAbsent(
              key,
              k -> {
                Overview n = new Overview();
                n.meetingId = t.meetingId;
                n.unitId = t.ownerUnitId;
                return n;
              });
      switch (timeliness(t.state, t.due, today)) {
        case DONE -> o.done++;
        case OVERDUE -> o.overdue++;
        case DUE_SOON -> o.dueSoon++;
        default -> o.onTime++;
      }
    }
    return new ArrayList<>(byKey.values());
  }

  // ---- emergency decisions --------------------------------------------------------------

  // rule: S2 — decided by countersignature or oral report, reported to the next meeting
  @Override
  public EmergencyDecision record(EmergencyDecision d, Actor actor) {
    actor.actingAs(Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    if (d == null || d.means == null) {
      throw new ValidationException("means", "COUNTERSIGNATURE or ORAL_REPORT", Clause.S2);
    }
    String what = ValidationException.requireText("what", d.what);
    String why = ValidationException.requireText("whyNoMeeting", d.whyNoMeeting);
    String decidedBy = ValidationException.requireText("decidedBy", d.decidedBy);
    if (d.means == EmergencyDecision.Means.COUNTERSIGNATURE
        && (d.countersignedBy == null || d.countersignedBy.isEmpty())) {
      throw new ValidationException(
          "countersignedBy", "name the leaders who countersigned", Clause.S2);
    }
    if (d.decidedAt == null) {
      throw new ValidationException("decidedAt", "when it was decided", Clause.S2);
    }
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          EmergencyRecord r = new EmergencyRecord();
          r.what = what;
          r.whyNoMeeting = why;
          r.means = d.means;
          r.decidedBy = decidedBy;
          r.countersignedBy =
              d.countersignedBy == null ? null : String.join(",", d.countersignedBy);
          r.decidedAt = Timestamp.from(d.decidedAt);
          r.recordedBy = actor.personId();
          em.persist(r);
          em.flush();
          return toEmergency(r);
        });
  }

  @Override
  public List<EmergencyDecision> unreported(Instant before) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select e from EmergencyRecord e where e.reportedAtMeetingId is null"
                        + " and e.decidedAt < :b order by e.decidedAt",
                    EmergencyRecord.class)
                .setParameter("b", Timestamp.from(before))
                .getResultList()
                .stream()
                .map(Supervising::toEmergency)
                .collect(Collectors.toList()));
  }

  @Override
  public List<EmergencyDecision> all() {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select e from EmergencyRecord e order by e.decidedAt desc",
                    EmergencyRecord.class)
                .getResultList()
                .stream()
                .map(Supervising::toEmergency)
                .collect(Collectors.toList()));
  }

  @Override
  public void reported(List<Long> ids, long meetingId) {
    jpa.tx(
        TransactionType.Required,
        em -> {
          for (Long id : ids) {
            EmergencyRecord r = em.find(EmergencyRecord.class, id);
            if (r != null && r.reportedAtMeetingId == null) {
              r.reportedAtMeetingId = meetingId;
            }
          }
        });
  }

  // ---- helpers --------------------------------------------------------------------------

  private static LocalDate today(Instant at) {
    return at.atZone(DISTRICT_ZONE).toLocalDate();
  }

  private Task.Timeliness timeliness(Task.State state, LocalDate due, LocalDate today) {
    if (state == Task.State.CLOSED) {
      return Task.Timeliness.DONE;
    }
    if (due.isBefore(today)) {
      return Task.Timeliness.OVERDUE;
    }
    return due.isAfter(today.plusDays(dueSoonDays))
        ? Task.Timeliness.ON_TIME
        : Task.Timeliness.DUE_SOON;
  }

  private static TaskRecord find(EntityManager em, long meetingId, long topicId, int no) {
    return em
        .createQuery(
            "select t from TaskRecord t where t.meetingId = :m and t.topicId = :t"
                + " and t.requirementNo = :n",
            TaskRecord.class)
        .setParameter("m", meetingId)
        .setParameter("t", topicId)
        .setParameter("n", no)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static TaskRecord record(EntityManager em, long id) {
    TaskRecord t = em.find(TaskRecord.class, id);
    if (t == null) {
      throw new NotFoundException("task", String.valueOf(id));
    }
    return t;
  }

  private static void progress(
      EntityManager em,
      TaskRecord t,
      String kind,
      String text,
      Integer percent,
      String milestone,
      Actor actor,
      Instant now) {
    ProgressRecord p = new ProgressRecord();
    p.taskId = t.id;
    p.kind = kind;
    p.text = text;
    p.percent = percent;
    p.milestone = milestone;
    p.reportedBy = actor.personId();
    p.reportedAt = Timestamp.from(now);
    em.persist(p);
  }

  private Task toTask(EntityManager em, TaskRecord r, LocalDate today) {
    Task t = new Task();
    t.id = r.id;
    t.meetingId = r.meetingId;
    t.topicId = r.topicId;
    t.what = r.what;
    t.ownerUnitId = r.ownerUnitId;
    t.coUnitIds =
        r.coUnitIds == null || r.coUnitIds.isBlank()
            ? List.of()
            : Arrays.asList(r.coUnitIds.split(","));
    t.due = r.due.toLocalDate();
    t.state = r.state;
    t.timeliness = timeliness(r.state, t.due, today);
    t.createdAt = r.createdAt.toInstant();
    t.progress =
        em
            .createQuery(
                "select p from ProgressRecord p where p.taskId = :t order by p.id",
                ProgressRecord.class)
            .setParameter("t", r.id)
            .getResultList()
            .stream()
            .map(
                p -> {
                  Task.Progress out = new Task.Progress();
                  out.kind = p.kind;
                  out.text = p.text;
                  out.percent = p.percent;
                  out.reportedBy = p.reportedBy;
                  out.reportedAt = p.reportedAt.toInstant();
                  return out;
                })
            .collect(Collectors.toList());
    t.attachments =
        em
            .createQuery(
                "select a.id, a.fileName, a.contentType, a.size, a.sha256, a.uploadedBy,"
                    + " a.uploadedAt from AttachmentRecord a where a.taskId = :t order by a.id",
                Object[].class)
            .setParameter("t", r.id)
            .getResultList()
            .stream()
            .map(
                a -> {
                  Task.Attachment out = new Task.Attachment();
                  out.id = (Long) a[0];
                  out.fileName = (String) a[1];
                  out.contentType = (String) a[2];
                  out.size = (Long) a[3];
                  out.sha256 = (String) a[4];
                  out.uploadedBy = (String) a[5];
                  out.uploadedAt = ((Timestamp) a[6]).toInstant();
                  return out;
                })
            .collect(Collectors.toList());
    return t;
  }

  private static EmergencyDecision toEmergency(EmergencyRecord r) {
    EmergencyDecision d = new EmergencyDecision();
    d.id = r.id;
    d.what = r.what;
    d.whyNoMeeting = r.whyNoMeeting;
    d.means = r.means;
    d.decidedBy = r.decidedBy;
    d.countersignedBy =
        r.countersignedBy == null ? List.of() : Arrays.asList(r.countersignedBy.split(","));
    d.decidedAt = r.decidedAt.toInstant();
    d.recordedBy = r.recordedBy;
    d.reportedAtMeetingId = r.reportedAtMeetingId;
    d.flagged = r.reportedAtMeetingId == null;
    return d;
  }
}
