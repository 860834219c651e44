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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.meeting.Notice;

@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MTG_NOTICE",
    indexes = @Index(name = "MTG_NOTICE_RECIPIENT", columnList = "RECIPIENT_ID"))
public class NoticeRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Notice.Kind kind;

  @Column(nullable = false)
  long meetingId;

  Long topicId;

  @Column(name = "RECIPIENT_ID", nullable = false, length = 64)
  String recipientId;

  @Column(nullable = false, length = 4000)
  String text;

  @Column(nullable = false)
  Timestamp sentAt;

  @Column(nullable = false, length = 64)
  String sentBy;

  Timestamp acknowledgedAt;
}
