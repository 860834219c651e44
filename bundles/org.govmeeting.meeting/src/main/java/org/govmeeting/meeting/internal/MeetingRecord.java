package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.meeting.Meeting;

@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MTG_MEETING",
    uniqueConstraints = @UniqueConstraint(name = "MTG_MEETING_NUMBER", columnNames = "NUMBER"),
    indexes = @Index(name = "MTG_MEETING_CUTOFF", columnList = "STATUS,CUTOFF"))
public class MeetingRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "NUMBER", nullable = false)
  int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Meeting.Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 12)
  Meeting.Status status;

  @Column(nullable = false)
  Timestamp scheduledAt;

  @Column(length = 200)
  String venue;

  @Column(name = "CUTOFF", nullable = false)
  Timestamp cutoff;

  @Column(nullable = false, length = 64)
  String convenedBy;

  @Column(nullable = false)
  Timestamp convenedAt;

  /** When the mayor opened it (changeSet 3); null before, and for meetings opened earlier. */
  @Column(name = "OPENED_AT")
  Timestamp openedAt;
}
