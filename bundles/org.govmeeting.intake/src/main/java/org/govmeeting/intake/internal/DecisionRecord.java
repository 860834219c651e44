package org.govmeeting.intake.internal;

import java.io.Serializable;
import java.sql.Timestamp;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * A decision the meeting took on a topic, as the minutes module announced it (the outbox's DECIDED,
 * taken in the decision's act); inserted once, never updated. A revision names one (I2).
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "INT_DECISION")
@IdClass(DecisionRecord.Key.class)
public class DecisionRecord {
  @Id
  @Column(name = "MEETING_ID")
  long meetingId;

  @Id
  @Column(name = "TOPIC_ID")
  long topicId;

  /** The {@link org.govmeeting.api.minutes.Decision.Outcome} name. */
  @Column(nullable = false, length = 30)
  String outcome;

  @Column(nullable = false)
  Timestamp recordedAt;

  /** The key: one decision per item (a topic at a meeting). */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    long meetingId;
    long topicId;

    public Key() {}

    Key(long meetingId, long topicId) {
      this.meetingId = meetingId;
      this.topicId = topicId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.meetingId == meetingId && k.topicId == topicId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, topicId);
    }
  }
}
