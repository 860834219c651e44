package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.minutes.Position;

/** A stated position (D2); inserted, never updated. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MIN_POSITION",
    uniqueConstraints =
        @UniqueConstraint(
            name = "MIN_POSITION_ONCE",
            columnNames = {"MEETING_ID", "TOPIC_ID", "PERSON_ID"}))
public class PositionRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Column(name = "PERSON_ID", nullable = false, length = 64)
  String personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 14)
  Position.Kind kind;

  @Column(length = 4000)
  String opinion;

  @Column(nullable = false, length = 64)
  String recordedBy;

  @Column(nullable = false)
  Timestamp recordedAt;
}
