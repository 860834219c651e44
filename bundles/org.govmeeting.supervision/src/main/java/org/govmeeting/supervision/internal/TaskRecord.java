package org.govmeeting.supervision.internal;

import java.sql.Date;
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
import org.govmeeting.api.supervision.Task;

@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "SUP_TASK",
    uniqueConstraints =
        @UniqueConstraint(
            name = "SUP_TASK_ONCE",
            columnNames = {"MEETING_ID", "TOPIC_ID", "REQUIREMENT_NO"}),
    indexes = {
      @Index(name = "SUP_TASK_OWNER", columnList = "OWNER_UNIT_ID"),
      @Index(name = "SUP_TASK_DUE", columnList = "STATE,DUE")
    })
public class TaskRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Column(name = "REQUIREMENT_NO", nullable = false)
  int requirementNo;

  @Column(nullable = false, length = 2000)
  String what;

  @Column(name = "OWNER_UNIT_ID", nullable = false, length = 64)
  String ownerUnitId;

  @Column(length = 1000)
  String coUnitIds;

  @Column(name = "DUE", nullable = false)
  Date due;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 20)
  Task.State state;

  @Column(nullable = false)
  Timestamp createdAt;
}
