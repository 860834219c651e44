package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A meeting's archive (M3): everything about it in one zip, made once the minutes are issued. */
@Entity
@Table(name = "MIN_ARCHIVE")
public class ArchiveRecord {
  @Id long meetingId;

  @Column(nullable = false, length = 64)
  String createdBy;

  @Column(nullable = false)
  Timestamp createdAt;

  @Column(name = "BYTE_SIZE", nullable = false)
  long size;

  @Column(nullable = false, length = 64)
  String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, length = 256 * 1024 * 1024)
  byte[] content;
}
