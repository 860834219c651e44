package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.minutes.Decision;

/** One agenda item in the meeting: its report and, once taken, its decision (never rewritten). */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MIN_ITEM",
    uniqueConstraints =
        @UniqueConstraint(
            name = "MIN_ITEM_ONCE",
            columnNames = {"MEETING_ID", "TOPIC_ID"}))
public class ItemRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Column(length = 300)
  String title;

  @Column(length = 64)
  String reporterId;

  Timestamp reportStartedAt;
  Timestamp reportEndedAt;
  int timeLimitMinutes;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  Decision.Outcome outcome;

  @Column(length = 4000)
  String revisions;

  /** The requirements (D3) as JSON-free lines: what|unit,unit|yyyy-mm-dd. */
  @Lob
  @Column(length = 16 * 1024 * 1024)
  String requirements;

  @Column(length = 64)
  String decidedBy;

  @Column(length = 64)
  String entrustedBy;

  Timestamp decidedAt;
}
