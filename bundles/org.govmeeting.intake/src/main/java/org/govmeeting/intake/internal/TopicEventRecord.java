package org.govmeeting.intake.internal;

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
import org.govmeeting.api.directory.Role;

/** One entry of a topic's history; inserted, never updated. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "INT_EVENT", indexes = @Index(name = "INT_EVENT_TOPIC", columnList = "TOPIC_ID"))
public class TopicEventRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Column(name = "HAPPENED_AT", nullable = false)
  Timestamp at;

  @Column(nullable = false, length = 64)
  String actorId;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  Role actorRole;

  @Column(nullable = false, length = 30)
  String kind;

  @Column(nullable = false)
  int version;

  @Column(length = 2000)
  String detail;
}
