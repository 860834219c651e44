package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** One recording of an item's report (D1); inserted, never updated, so a correction is kept. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MIN_REPORT_VERSION",
    uniqueConstraints =
        @UniqueConstraint(
            name = "MIN_REPORT_VERSION_ONCE",
            columnNames = {"MEETING_ID", "TOPIC_ID", "VERSION"}))
public class ReportVersionRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Column(name = "VERSION", nullable = false)
  int version;

  @Column(length = 64)
  String reporterId;

  @Column(nullable = false)
  Timestamp startedAt;

  @Column(nullable = false)
  Timestamp endedAt;

  @Column(nullable = false, length = 64)
  String recordedBy;

  @Column(nullable = false)
  Timestamp recordedAt;
}
