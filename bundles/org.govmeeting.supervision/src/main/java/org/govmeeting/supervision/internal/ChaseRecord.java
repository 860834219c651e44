package org.govmeeting.supervision.internal;

import java.sql.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** A reminder or chasing notice sent for a task on a day; the constraint keeps it to one. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "SUP_CHASE",
    uniqueConstraints =
        @UniqueConstraint(
            name = "SUP_CHASE_ONCE",
            columnNames = {"TASK_ID", "KIND", "SENT_ON"}))
public class ChaseRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "TASK_ID", nullable = false)
  long taskId;

  @Column(name = "KIND", nullable = false, length = 10)
  String kind;

  @Column(name = "SENT_ON", nullable = false)
  Date sentOn;
}
