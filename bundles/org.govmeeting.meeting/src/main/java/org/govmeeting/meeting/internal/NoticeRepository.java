package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.Notice;

/** Notices, one per recipient, kept after they are acknowledged. */
final class NoticeRepository {
  private static final int MAX_TEXT = 4000;
  private static final int MAX_LISTED = 200;

  private NoticeRepository() {}

  /** Stores one notice; flushed, so that the notice handed back carries its id. */
  static Notice add(
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
    n.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    n.sentAt = Timestamp.from(now);
    n.sentBy = by;
    em.persist(n);
    em.flush();
    return toNotice(n);
  }

  /** Whether the recipient already has this very notice about the topic (a redelivery). */
  static boolean sent(
      EntityManager em, Notice.Kind kind, long topicId, String recipient, String text) {
    return !em.createQuery(
            "select n.id from NoticeRecord n where n.kind = :k and n.topicId = :t"
                + " and n.recipientId = :r and n.text = :x",
            Long.class)
        .setParameter("k", kind)
        .setParameter("t", topicId)
        .setParameter("r", recipient)
        .setParameter("x", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Whether the recipient already has this kind of notice about the topic at the meeting. */
  static boolean sent(
      EntityManager em, Notice.Kind kind, long topicId, long meetingId, String recipient) {
    return !em.createQuery(
            "select n.id from NoticeRecord n where n.kind = :k and n.topicId = :t"
                + " and n.meetingId = :m and n.recipientId = :r",
            Long.class)
        .setParameter("k", kind)
        .setParameter("t", topicId)
        .setParameter("m", meetingId)
        .setParameter("r", recipient)
        .getResultList()
        .isEmpty();
  }

  /** The recipient's newest notices first. */
  static List<Notice> of(EntityManager em, String recipientId, boolean unacknowledgedOnly) {
    return em
        .createQuery(
            "select n from NoticeRecord n where n.recipientId = :r"
                + (unacknowledgedOnly ? " and n.acknowledgedAt is null" : "")
                + " order by n.id desc",
            NoticeRecord.class)
        .setParameter("r", recipientId)
        .setMaxResults(MAX_LISTED)
        .getResultList()
        .stream()
        .map(NoticeRepository::toNotice)
        .collect(Collectors.toList());
  }

  /**
   * The kinds the inbox lists as notices; a review step is listed as the step itself, from review.
   */
  private static final List<Notice.Kind> LISTED =
      List.copyOf(EnumSet.complementOf(EnumSet.of(Notice.Kind.REVIEW_STEP)));

  /**
   * The recipient's unacknowledged notices, newest first, except those of an open review step: the
   * step itself waits in the inbox (review's part), its notice is what a portal pushes.
   */
  static List<Notice> waiting(EntityManager em, String recipientId) {
    // One query per kind listed, each positioned on the whole index (recipient, acknowledged,
    // kind): "kind <> REVIEW_STEP" (or "kind in ...", which Derby does not probe on a third
    // column) read every review-step notice a unit head ever got, thousands, and grew with them.
    // Sorted here, not by Derby: every sort Derby opens asks the JVM for its free memory, a call
    // that serialises the request threads of a busy inbox; the rows are few once filtered.
    List<NoticeRecord> found = new java.util.ArrayList<>();
    for (Notice.Kind kind : LISTED) {
      found.addAll(
          em.createQuery(
                  "select n from NoticeRecord n where n.recipientId = :r"
                      + " and n.acknowledgedAt is null and n.kind = :k",
                  NoticeRecord.class)
              .setParameter("r", recipientId)
              .setParameter("k", kind)
              .getResultList());
    }
    return found.stream()
        .sorted(java.util.Comparator.comparingLong((NoticeRecord n) -> n.id).reversed())
        .limit(MAX_LISTED)
        .map(NoticeRepository::toNotice)
        .collect(Collectors.toList());
  }

  /**
   * The recipient acknowledges their notice; the first acknowledgement counts. Someone else's
   * notice does not exist for the caller.
   */
  static Notice acknowledge(EntityManager em, long noticeId, String recipientId, Instant now) {
    NoticeRecord n = em.find(NoticeRecord.class, noticeId);
    if (n == null || !n.recipientId.equals(recipientId)) {
      throw new NotFoundException("通知", "notice", String.valueOf(noticeId));
    }
    if (n.acknowledgedAt == null) {
      n.acknowledgedAt = Timestamp.from(now);
    }
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
