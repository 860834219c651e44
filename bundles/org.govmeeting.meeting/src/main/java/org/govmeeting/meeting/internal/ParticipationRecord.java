package org.govmeeting.meeting.internal;

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
 * Who is invited to a meeting (INVITED), and, as the attendance module reports it, who is excused
 * (ABSENT): the agenda needs the latter for S7.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MTG_PARTICIPATION",
    indexes = @Index(name = "MTG_PART_MEETING", columnList = "MEETING_ID"))
public class ParticipationRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(nullable = false, length = 64)
  String personId;

  /** INVITED or ABSENT. */
  @Column(nullable = false, length = 10)
  String kind;
}
