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
import org.govmeeting.api.topic.MaterialFile;

/**
 * An uploaded material, its bytes in the database as rows of {@link FileChunkRecord}: written in
 * the same transaction as this record, so an acknowledged upload survives a crash and every node of
 * a cluster serves it.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "INT_FILE", indexes = @Index(name = "INT_FILE_TOPIC", columnList = "TOPIC_ID"))
public class FileRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  MaterialFile.Kind kind;

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

  /** The key of the file's rows in {@link FileChunkRecord}; the bytes are never in this row. */
  @Column(name = "CONTENT_KEY", nullable = false, length = 36)
  String contentKey;
}
