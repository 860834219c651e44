package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * A meeting's archive (M3): everything about it in one zip, made once the minutes are issued. The
 * zip's bytes are rows of {@link ArchiveChunkRecord}; archives gathered before those rows existed
 * keep theirs in {@link #content}.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "MIN_ARCHIVE")
public class ArchiveRecord {
  @Id long meetingId;

  @Column(nullable = false, length = 64)
  String createdBy;

  @Column(nullable = false)
  Timestamp createdAt;

  @Column(name = "EDITION")
  Integer edition;

  @Column(name = "FIRST_CREATED_AT")
  Timestamp firstCreatedAt;

  @Column(name = "MINUTES_SIGNED_AT")
  Timestamp minutesSignedAt;

  @Column(name = "DUE_BY")
  Timestamp dueBy;

  @Column(name = "MATERIAL_FILES")
  Integer materialFiles;

  @Column(name = "RECORDINGS")
  Integer recordings;

  @Column(name = "BYTE_SIZE", nullable = false)
  long size;

  @Column(nullable = false, length = 64)
  String sha256;

  /** Only in archives gathered by builds before the rows; null since. */
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(length = 256 * 1024 * 1024)
  byte[] content;
}
