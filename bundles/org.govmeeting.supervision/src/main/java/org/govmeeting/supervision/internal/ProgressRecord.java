package org.govmeeting.supervision.internal;

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

/** One report on a task; inserted, never updated. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "SUP_PROGRESS", indexes = @Index(name = "SUP_PROGRESS_TASK", columnList = "TASK_ID"))
public class ProgressRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "TASK_ID", nullable = false)
  long taskId;

  @Column(nullable = false, length = 20)
  String kind;

  @Column(length = 4000)
  String text;

  Integer percent;

  @Column(length = 300)
  String milestone;

  @Column(nullable = false, length = 64)
  String reportedBy;

  @Column(nullable = false)
  Timestamp reportedAt;
}
