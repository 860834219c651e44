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

/**
 * A file attached to a task's reports; its bytes in the database as rows of {@link
 * AttachmentChunkRecord}, written in the same transaction as this record.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "SUP_ATTACHMENT", indexes = @Index(name = "SUP_ATT_TASK", columnList = "TASK_ID"))
public class AttachmentRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "TASK_ID", nullable = false)
  long taskId;

  @Column(nullable = false, length = 255)
  String fileName;

  @Column(nullable = false, length = 100)
  String contentType;

  @Column(name = "BYTE_SIZE", nullable = false)
  long size;

  @Column(nullable = false, length = 64)
  String sha256;

  @Column(nullable = false, length = 64)
  String uploadedBy;

  @Column(nullable = false)
  Timestamp uploadedAt;

  /** The key of the file's rows in {@link AttachmentChunkRecord}; the bytes are never here. */
  @Column(name = "CONTENT_KEY", nullable = false, length = 36)
  String contentKey;
}
