package org.govmeeting.supervision.internal;

import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.persistence.Chunks;
import org.govmeeting.api.supervision.Task;

/**
 * Supervised tasks (I1) with their progress reports and attachments: one aggregate in three tables,
 * the reports and files reached only through their task.
 */
final class TaskRepository {
  private TaskRepository() {}

  static TaskRecord find(EntityManager em, long id) {
    TaskRecord t = em.find(TaskRecord.class, id);
    if (t == null) {
      throw new NotFoundException("督办事项", "task", String.valueOf(id));
    }
    return t;
  }

  /** Whether the decision's requirement has become a task already. */
  static boolean exists(EntityManager em, long meetingId, long topicId, int requirementNo) {
    return !em.createQuery(
            "select t from TaskRecord t where t.meetingId = :m and t.topicId = :t"
                + " and t.requirementNo = :n",
            TaskRecord.class)
        .setParameter("m", meetingId)
        .setParameter("t", topicId)
        .setParameter("n", requirementNo)
        .getResultList()
        .isEmpty();
  }

  /** The requirement's first unit owns the task; the others carry it with it. */
  static void add(
      EntityManager em,
      long meetingId,
      long topicId,
      int requirementNo,
      Requirement q,
      Instant now) {
    TaskRecord t = new TaskRecord();
    t.meetingId = meetingId;
    t.topicId = topicId;
    t.requirementNo = requirementNo;
    t.what = q.what;
    t.ownerUnitId = q.unitIds.get(0);
    t.coUnitIds = String.join(",", q.unitIds.subList(1, q.unitIds.size()));
    t.due = Date.valueOf(q.due);
    t.state = Task.State.OPEN;
    t.createdAt = Timestamp.from(now);
    em.persist(t);
  }

  static long count(EntityManager em, Long meetingId, String unitId, Task.State state) {
    return filtered(
            em, "select count(t) from TaskRecord t", "", Long.class, meetingId, unitId, state)
        .getSingleResult();
  }

  /** The tasks in the order they fall due. */
  static TypedQuery<TaskRecord> query(
      EntityManager em, Long meetingId, String unitId, Task.State state) {
    return filtered(
        em,
        "select t from TaskRecord t",
        " order by t.due, t.id",
        TaskRecord.class,
        meetingId,
        unitId,
        state);
  }

  private static <T> TypedQuery<T> filtered(
      EntityManager em,
      String select,
      String order,
      Class<T> type,
      Long meetingId,
      String unitId,
      Task.State state) {
    String where =
        " where 1 = 1"
            + (meetingId != null ? " and t.meetingId = :m" : "")
            + (unitId != null ? " and t.ownerUnitId = :u" : "")
            + (state != null ? " and t.state = :s" : "");
    TypedQuery<T> q = em.createQuery(select + where + order, type);
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

  /** The open tasks due by the day: those that get a reminder or a chasing notice. */
  static List<TaskRecord> openDueBy(EntityManager em, LocalDate until) {
    return em.createQuery(
            "select t from TaskRecord t where t.state = :s and t.due <= :soon", TaskRecord.class)
        .setParameter("s", Task.State.OPEN)
        .setParameter("soon", Date.valueOf(until))
        .getResultList();
  }

  /** A report on the task; reports are inserted, never changed. */
  static void report(
      EntityManager em,
      TaskRecord t,
      String kind,
      String text,
      Integer percent,
      String milestone,
      String reportedBy,
      Instant now) {
    ProgressRecord p = new ProgressRecord();
    p.taskId = t.id;
    p.kind = kind;
    p.text = text;
    p.percent = percent;
    p.milestone = milestone;
    p.reportedBy = reportedBy;
    p.reportedAt = Timestamp.from(now);
    em.persist(p);
  }

  /**
   * Stores the stream as the task's attachment, a row of {@link Chunks#SIZE} bytes at a time as it
   * arrives, and then the attachment's own row; flushed, so that the attachment handed back carries
   * its id. An empty stream or one above {@code maxBytes} is refused (the caller's transaction then
   * takes the rows already written with it).
   */
  static Task.Attachment attach(
      EntityManager em,
      long taskId,
      String fileName,
      String contentType,
      InputStream content,
      long maxBytes,
      String uploadedBy,
      Instant now) {
    em.flush();
    String key = UUID.randomUUID().toString();
    Chunks.Stored stored =
        Chunks.store(
            content == null ? InputStream.nullInputStream() : content,
            maxBytes,
            (seq, bytes) -> chunk(em, key, seq, bytes));
    AttachmentRecord a = new AttachmentRecord();
    a.taskId = taskId;
    a.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    a.contentType =
        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    a.size = stored.size;
    a.sha256 = stored.sha256;
    a.uploadedBy = uploadedBy;
    a.uploadedAt = Timestamp.from(now);
    a.contentKey = key;
    em.persist(a);
    em.flush();
    return attachment(
        a.id, a.fileName, a.contentType, a.size, a.sha256, a.uploadedBy, a.uploadedAt);
  }

  /**
   * Writes one row and lets go of it: a flushed entity that is only detached stays in EclipseLink's
   * change set until the commit, clearing the persistence context drops it (nothing else of
   * supervision is pending here: it was flushed before the upload began).
   */
  private static void chunk(EntityManager em, String key, int seq, byte[] bytes) {
    AttachmentChunkRecord c = new AttachmentChunkRecord();
    c.contentKey = key;
    c.seq = seq;
    c.bytes = bytes;
    em.persist(c);
    em.flush();
    em.clear();
  }

  /** The task's attachment record, or 404 for an attachment of another task or of none. */
  static AttachmentRecord attachmentRecord(EntityManager em, long taskId, long attachmentId) {
    AttachmentRecord a = em.find(AttachmentRecord.class, attachmentId);
    if (a == null || a.taskId != taskId) {
      throw new NotFoundException("附件", "attachment", taskId + "/" + attachmentId);
    }
    return a;
  }

  static Task.Attachment attachment(AttachmentRecord a) {
    return attachment(
        a.id, a.fileName, a.contentType, a.size, a.sha256, a.uploadedBy, a.uploadedAt);
  }

  /** One row of an attachment's bytes, or null past its last. */
  static byte[] chunk(EntityManager em, String contentKey, int seq) {
    List<byte[]> row =
        em.createQuery(
                "select c.bytes from AttachmentChunkRecord c"
                    + " where c.contentKey = :k and c.seq = :s",
                byte[].class)
            .setParameter("k", contentKey)
            .setParameter("s", seq)
            .getResultList();
    return row.isEmpty() ? null : row.get(0);
  }

  static Task toTask(EntityManager em, TaskRecord r, LocalDate today, int dueSoonDays) {
    Task t = new Task();
    t.id = r.id;
    t.meetingId = r.meetingId;
    t.topicId = r.topicId;
    t.what = r.what;
    t.ownerUnitId = r.ownerUnitId;
    t.coUnitIds = coUnits(r);
    t.due = r.due.toLocalDate();
    t.state = r.state;
    t.timeliness = SupervisionRules.timeliness(r.state, t.due, today, dueSoonDays);
    t.createdAt = r.createdAt.toInstant();
    t.progress = progress(em, r.id);
    t.attachments = attachments(em, r.id);
    return t;
  }

  /** The units that carry the task with its owner. */
  static List<String> coUnits(TaskRecord r) {
    return r.coUnitIds == null || r.coUnitIds.isBlank()
        ? List.of()
        : Arrays.asList(r.coUnitIds.split(","));
  }

  private static List<Task.Progress> progress(EntityManager em, long taskId) {
    return em
        .createQuery(
            "select p from ProgressRecord p where p.taskId = :t order by p.id",
            ProgressRecord.class)
        .setParameter("t", taskId)
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
  }

  /** The files a task carries, without their bytes: a task's page never loads its files. */
  private static List<Task.Attachment> attachments(EntityManager em, long taskId) {
    return em
        .createQuery(
            "select a.id, a.fileName, a.contentType, a.size, a.sha256, a.uploadedBy,"
                + " a.uploadedAt from AttachmentRecord a where a.taskId = :t order by a.id",
            Object[].class)
        .setParameter("t", taskId)
        .getResultList()
        .stream()
        .map(
            a ->
                attachment(
                    (Long) a[0],
                    (String) a[1],
                    (String) a[2],
                    (Long) a[3],
                    (String) a[4],
                    (String) a[5],
                    (Timestamp) a[6]))
        .collect(Collectors.toList());
  }

  private static Task.Attachment attachment(
      long id,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      Timestamp uploadedAt) {
    Task.Attachment out = new Task.Attachment();
    out.id = id;
    out.fileName = fileName;
    out.contentType = contentType;
    out.size = size;
    out.sha256 = sha256;
    out.uploadedBy = uploadedBy;
    out.uploadedAt = uploadedAt.toInstant();
    return out;
  }
}
