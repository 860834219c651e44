package org.govmeeting.attendance.internal;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.directory.DistrictScope;

/** A discipline entry; inserted, never updated. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "ATT_DISCIPLINE",
    indexes = @Index(name = "ATT_DISC_MEETING", columnList = "MEETING_ID"))
public class DisciplineRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(nullable = false, length = 64)
  String personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  DisciplineEntry.Kind kind;

  @Column(length = 2000)
  String note;

  @Column(nullable = false, length = 64)
  String recordedBy;

  @Column(nullable = false)
  Timestamp recordedAt;
}
