package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * One fact about a meeting's materials: the set's FORMAT, a DELIVERY of a topic's materials to the
 * secretariat, or a RECEIPT by an attending leader. Inserted, never updated.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MTG_MATERIALS",
    indexes = @Index(name = "MTG_MAT_MEETING", columnList = "MEETING_ID"))
public class MaterialsRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(nullable = false, length = 10)
  String kind;

  Long topicId;

  @Column(length = 64)
  String personId;

  @Column(length = 200)
  String format;

  int copies;

  @Column(nullable = false, length = 64)
  String recordedBy;

  @Column(nullable = false)
  Timestamp recordedAt;

  boolean late;
}
