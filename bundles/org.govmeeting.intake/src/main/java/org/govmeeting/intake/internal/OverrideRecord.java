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
import org.govmeeting.api.rule.Clause;

/** The mayor's exception to an "in principle" rule for one topic; inserted, never updated. */
@Entity
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
}
