package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.review.ChainState;

@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "REV_CHAIN",
    uniqueConstraints =
        @UniqueConstraint(
            name = "REV_CHAIN_TOPIC_VERSION",
            columnNames = {"TOPIC_ID", "TOPIC_VERSION"}),
    indexes = {
      @Index(name = "REV_CHAIN_STATE", columnList = "STATE,MEETING_ID"),
    })
public class ChainRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  /** The optimistic lock: a concurrent change of the same record is refused. */
  @Version
  @Column(name = "REVISION")
  long revision;

  @Column(name = "TOPIC_ID", nullable = false)
  long topicId;

  @Column(name = "TOPIC_VERSION", nullable = false)
  int topicVersion;

  @Column(nullable = false, length = 40)
  String policyDistrict;

  @Column(nullable = false, length = 40)
  String policyVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 12)
  ChainState state;

  @Column(nullable = false)
  Timestamp startedAt;

  @Column(nullable = false, length = 64)
  String startedBy;

  Timestamp completedAt;

  /**
   * When the topic reached the Office (S9): every step before the Office's check (F8) signed. Empty
   * for chains of an earlier build, which count from their completion.
   */
  @Column(name = "SENT_IN_AT")
  Timestamp sentInAt;

  /** The meeting the department asked for. */
  Long requestedMeetingId;

  @Column(name = "MEETING_ID")
  Long meetingId;

  @Column(length = 500)
  String meetingNote;

  @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("stage ASC, id ASC")
  List<StepRecord> steps = new ArrayList<>();
}
