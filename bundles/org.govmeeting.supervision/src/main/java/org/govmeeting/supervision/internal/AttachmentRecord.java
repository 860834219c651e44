package org.govmeeting.supervision.internal;

import java.sql.Timestamp;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A file attached to a task's reports; the bytes in the database, with the record. */
@Entity
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

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, length = 256 * 1024 * 1024)
  byte[] content;
}
