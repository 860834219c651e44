package org.govmeeting.meeting.internal;

import java.util.List;
import java.util.function.BiConsumer;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.meeting.Meeting;

/**
 * The meeting record as its preparation sees it. Its mapping to {@link Meeting} stays in {@link
 * MeetingScheduler#toMeeting}, shared with convening. The methods taking an {@link EntityManager}
 * work inside the act's transaction; none opens one of its own but {@link #get}.
 */
final class MeetingRepository {
  private MeetingRepository() {}

  static Meeting get(JpaTemplate jpa, long id) {
    Meeting m = getOrNull(jpa, id);
    if (m == null) {
      throw new NotFoundException("会议", "meeting", String.valueOf(id));
    }
    return m;
  }

  static Meeting getOrNull(JpaTemplate jpa, long id) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MeetingRecord m = em.find(MeetingRecord.class, id);
          return m == null ? null : MeetingScheduler.toMeeting(m);
        });
  }

  /**
   * Changes a meeting still in preparation, and what belongs to it, in one transaction (the act's,
   * where there is one); the meeting as changed.
   */
  static Meeting change(
      JpaTemplate jpa, long meetingId, BiConsumer<EntityManager, MeetingRecord> change) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MeetingRecord m = preparing(em, meetingId);
          change.accept(em, m);
          return MeetingScheduler.toMeeting(m);
        });
  }

  /** The meeting, which must still be in preparation (planned or notified). */
  static MeetingRecord preparing(EntityManager em, long meetingId) {
    MeetingRecord m = found(em, meetingId);
    if (m.status != Meeting.Status.PLANNED && m.status != Meeting.Status.NOTIFIED) {
      throw new ConflictException(
          "第" + m.number + "次会议当前状态为“" + Chinese.of(m.status) + "”，会议筹备事项不能再调整",
          "meeting " + m.number + " is " + m.status);
    }
    return m;
  }

  /** The meeting, which must be sitting. */
  static MeetingRecord inSession(EntityManager em, long meetingId) {
    MeetingRecord m = found(em, meetingId);
    if (m.status != Meeting.Status.IN_SESSION) {
      throw new ConflictException(
          "第" + m.number + "次会议当前状态为“" + Chinese.of(m.status) + "”，此操作须在会议召开期间进行",
          "meeting " + m.number + " is " + m.status);
    }
    return m;
  }

  static List<MeetingRecord> bySchedule(EntityManager em) {
    return em.createQuery(
            "select m from MeetingRecord m order by m.scheduledAt", MeetingRecord.class)
        .getResultList();
  }

  private static MeetingRecord found(EntityManager em, long meetingId) {
    MeetingRecord m = em.find(MeetingRecord.class, meetingId);
    if (m == null) {
      throw new NotFoundException("会议", "meeting", String.valueOf(meetingId));
    }
    return m;
  }
}
