package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** The form as submitted, once per submission; inserted, never updated. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "INT_REVISION",
    indexes = @Index(name = "INT_REVISION_TOPIC", columnList = "TOPIC_ID"))
public class RevisionRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Column(nullable = false)
  int version;

  @Column(nullable = false)
  Timestamp submittedAt;

  @Column(nullable = false, length = 64)
  String submittedBy;

  @Lob
  @Column(nullable = false, length = 16 * 1024 * 1024)
  String formJson;
}
