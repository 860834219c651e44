package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.util.Objects;
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
import org.govmeeting.api.rule.Clause;

/**
 * The mayor's exception to an "in principle" rule for one topic; inserted, never updated. It is
 * bound to what it was granted for: the form as it stood (its edit number) and, for S7, the meeting
 * the topic was then on. An edit of the form, or the topic on another meeting, leaves it on record
 * but no longer in force: the mayor has to lift the rule again for what the topic has become.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "INT_OVERRIDE",
    indexes = @Index(name = "INT_OVERRIDE_TOPIC", columnList = "TOPIC_ID"))
public class OverrideRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Enumerated(EnumType.STRING)
  @Column(name = "CLAUSE_ID", nullable = false, length = 4)
  Clause clause;

  @Column(nullable = false, length = 64)
  String grantedBy;

  @Column(nullable = false)
  Timestamp grantedAt;

  @Column(nullable = false, length = 2000)
  String reason;

  /** The topic's version (its submissions) when the exception was granted, for the record. */
  @Column(name = "TOPIC_VERSION", nullable = false)
  int topicVersion;

  /** {@link TopicRecord#formEdits} when the exception was granted. */
  @Column(name = "FORM_EDIT", nullable = false)
  int formEdit;

  /** The meeting the topic was on when the exception was granted (S7 holds only for it). */
  @Column(name = "MEETING_ID")
  Long meetingId;

  /** Why the exception no longer holds for the topic as it is now, or null while it does. */
  Lapse lapse(TopicRecord t) {
    if (t.formEdits != formEdit) {
      return Lapse.FORM_EDITED;
    }
    // rule: S7 — lifted for one meeting: the absent supervisor's topic on a later one is not
    if (clause == Clause.S7 && !Objects.equals(meetingId, t.meetingId)) {
      return Lapse.OTHER_MEETING;
    }
    return null;
  }

  /** Why an exception of the mayor is no longer in force. */
  enum Lapse {
    FORM_EDITED("议题填报表在例外处理后已修改，须由区长重新作出例外处理", "the form was edited after the exception"),
    OTHER_MEETING("例外处理仅适用于当时安排的会议，议题现已改列其他会议", "granted for another meeting than the topic's");

    final String zh;
    final String en;

    Lapse(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }
}
