package org.govmeeting.meeting.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.meeting.LawStudy;

@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "MTG_LAW_STUDY")
public class LawStudyRecord {
  @Id long meetingId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  LawStudy.Area area;

  @Column(nullable = false, length = 300)
  String subject;

  @Column(length = 1000)
  String material;

  @Column(nullable = false, length = 64)
  String leaderId;
}
