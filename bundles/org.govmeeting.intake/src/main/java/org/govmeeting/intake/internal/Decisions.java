package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The decisions taken on topics, as intake keeps them: told by the minutes module in the decision's
 * act (the outbox's DECIDED), so a decision and intake's record of it commit together, and read
 * here when a revision names one (I2). Intake never asks the minutes module.
 */
final class Decisions {
  private final JpaTemplate jpa;
  private final Clock clock;

  Decisions(JpaTemplate jpa, Clock clock) {
    this.jpa = jpa;
    this.clock = clock;
  }

  /** Records a decision; one told again (announced twice, delivered twice) changes nothing. */
  void decided(long meetingId, long topicId, String outcome) {
    jpa.tx(
        TransactionType.Required,
        em -> {
          if (em.find(DecisionRecord.class, new DecisionRecord.Key(meetingId, topicId)) != null) {
            return;
          }
          DecisionRecord d = new DecisionRecord();
          d.meetingId = meetingId;
          d.topicId = topicId;
          d.outcome = outcome;
          d.recordedAt = Timestamp.from(clock.instant());
          em.persist(d);
        });
  }

  /** Whether the meeting took a decision on the topic, whatever its outcome. */
  boolean taken(long meetingId, long topicId) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> em.find(DecisionRecord.class, new DecisionRecord.Key(meetingId, topicId)) != null);
  }
}
