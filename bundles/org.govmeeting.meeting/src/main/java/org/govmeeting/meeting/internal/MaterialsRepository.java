package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.meeting.MaterialsStatus;

/**
 * The facts about a meeting's materials set (M1, M2): its format, the departments' deliveries, the
 * leaders' receipts. Facts are added, never changed; the status is read from all of them.
 */
final class MaterialsRepository {
  static final String FORMAT = "FORMAT";
  static final String DELIVERY = "DELIVERY";
  static final String RECEIPT = "RECEIPT";

  /** One fact, before it is stored. */
  record Fact(
      long meetingId,
      String kind,
      Long topicId,
      String personId,
      String format,
      int copies,
      String recordedBy,
      Instant recordedAt,
      boolean late) {}

  private MaterialsRepository() {}

  static void add(EntityManager em, Fact f) {
    MaterialsRecord r = new MaterialsRecord();
    r.meetingId = f.meetingId();
    r.kind = f.kind();
    r.topicId = f.topicId();
    r.personId = f.personId();
    r.format = f.format();
    r.copies = f.copies();
    r.recordedBy = f.recordedBy();
    r.recordedAt = Timestamp.from(f.recordedAt());
    r.late = f.late();
    em.persist(r);
  }

  /** Who has received the meeting's materials. */
  static Set<String> recipients(EntityManager em, long meetingId) {
    return em
        .createQuery(
            "select m.personId from MaterialsRecord m where m.meetingId = :m"
                + " and m.kind = 'RECEIPT'",
            String.class)
        .setParameter("m", meetingId)
        .getResultList()
        .stream()
        .collect(Collectors.toSet());
  }

  static MaterialsStatus status(EntityManager em, long meetingId, MaterialsDeadlines deadlines) {
    MaterialsStatus s = new MaterialsStatus();
    s.meetingId = meetingId;
    s.deliveryDeadline = deadlines.delivery();
    s.distributionDeadline = deadlines.distribution();
    s.distributionAim = deadlines.aim();
    s.deliveries = new ArrayList<>();
    s.receipts = new ArrayList<>();
    for (MaterialsRecord r :
        em.createQuery(
                "select m from MaterialsRecord m where m.meetingId = :m order by m.id",
                MaterialsRecord.class)
            .setParameter("m", meetingId)
            .getResultList()) {
      switch (r.kind) {
        case FORMAT -> {
          s.format = r.format;
          s.copies = r.copies;
        }
        case DELIVERY -> s.deliveries.add(toDelivery(r));
        default -> s.receipts.add(toReceipt(r));
      }
    }
    return s;
  }

  private static MaterialsStatus.Delivery toDelivery(MaterialsRecord r) {
    MaterialsStatus.Delivery d = new MaterialsStatus.Delivery();
    d.topicId = r.topicId;
    d.deliveredBy = r.recordedBy;
    d.deliveredAt = r.recordedAt.toInstant();
    d.late = r.late;
    return d;
  }

  private static MaterialsStatus.Receipt toReceipt(MaterialsRecord r) {
    MaterialsStatus.Receipt d = new MaterialsStatus.Receipt();
    d.recipientId = r.personId;
    d.handedOverBy = r.recordedBy;
    d.receivedAt = r.recordedAt.toInstant();
    d.late = r.late;
    return d;
  }
}
