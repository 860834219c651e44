package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.TopicStatus;

/**
 * A topic. The columns are what lists filter and sort on; the whole form, with its materials and
 * consultation, is kept as one JSON document because nothing ever queries inside it.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@EntityListeners(TopicChanges.Listener.class)
@Table(
    name = "INT_TOPIC",
    indexes = {
      // Descending: pages list the newest first and read their ids straight off the index.
      // (The revision in them served a page cache of an earlier build; indexes made by a
      // changeSet that ran stay as they are.)
      @Index(name = TopicPageQuery.NEWEST, columnList = TopicPageQuery.NEWEST_COLUMNS),
      @Index(name = TopicPageQuery.UNIT_NEWEST, columnList = TopicPageQuery.UNIT_NEWEST_COLUMNS),
      @Index(
          name = TopicPageQuery.STATUS_NEWEST,
          columnList = TopicPageQuery.STATUS_NEWEST_COLUMNS),
      @Index(name = "INT_TOPIC_SUPERVISOR", columnList = "SUPERVISOR_ID,ID"),
      @Index(name = "INT_TOPIC_MEETING", columnList = "MEETING_ID,ID")
    })
public class TopicRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(nullable = false)
  int version;

  /** The optimistic lock: every write increments it; a stale write is refused. */
  @Version
  @Column(name = "REVISION")
  long revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 12)
  TopicStatus status;

  @Column(nullable = false, length = 300)
  String name;

  @Column(name = "LEAD_UNIT_ID", nullable = false, length = 64)
  String leadUnitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  Category category;

  @Column(name = "SUPERVISOR_ID", length = 64)
  String supervisorId;

  @Column(name = "MEETING_ID")
  Long meetingId;

  @Column(length = 500)
  String meetingNote;

  @Column(nullable = false, length = 64)
  String createdBy;

  @Column(nullable = false)
  Timestamp createdAt;

  @Column(nullable = false)
  Timestamp updatedAt;

  @Column(length = 2000)
  String closingNote;

  /** D1: whom the mayor designated to report it, by whom, when and why; empty if nobody. */
  @Column(name = "DESIGNATED_REPORTER_ID", length = 64)
  String designatedReporterId;

  @Column(name = "REPORTER_DESIGNATED_BY", length = 64)
  String reporterDesignatedBy;

  @Column(name = "REPORTER_DESIGNATED_AT")
  Timestamp reporterDesignatedAt;

  @Column(name = "REPORTER_DESIGNATION_REASON", length = 2000)
  String reporterDesignationReason;

  /** F6: who asked for the legality review of this matter, when and why; empty if nobody. */
  @Column(name = "LEGAL_REVIEW_ASKED_BY", length = 64)
  String legalReviewAskedBy;

  @Column(name = "LEGAL_REVIEW_ASKED_AT")
  Timestamp legalReviewAskedAt;

  @Column(name = "LEGAL_REVIEW_REASON", length = 2000)
  String legalReviewReason;

  /** I2: the decision this topic revises. */
  @Column(name = "REVISES_MEETING_ID")
  Long revisesMeetingId;

  @Column(name = "REVISES_TOPIC_ID")
  Long revisesTopicId;

  @Lob
  @Column(nullable = false, length = 16 * 1024 * 1024)
  String formJson;

  /**
   * How often the form has changed since the topic was filed. The mayor's exceptions are bound to
   * it ({@link OverrideRecord#formEdit}); a write that leaves the form as it was does not count.
   */
  @Column(name = "FORM_EDITS", nullable = false)
  int formEdits;
}
