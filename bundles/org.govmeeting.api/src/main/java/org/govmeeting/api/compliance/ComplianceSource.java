package org.govmeeting.api.compliance;

import java.util.List;
import java.util.Set;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.rule.Clause;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part of the compliance report: its verdicts on the clauses it carries, from its own
 * records. Registered by each module as a service; asked whenever a report is made, so it reads the
 * meeting's records only and answers copies. A source never decides who may read the report; the
 * report does (K3).
 */
@ConsumerType
public interface ComplianceSource {
  /** The module's name as the report lists it: {@code meeting}, {@code attendance} … */
  String module();

  /** The clauses it judges for the meeting itself. */
  Set<Clause> meetingClauses();

  /**
   * The clauses it judges for each topic: the report expects a verdict on each of them for every
   * topic, and says {@link Verdict#NOT_APPLICABLE} for them when the meeting has no topic.
   */
  Set<Clause> topicClauses();

  /**
   * The topics this module knows to belong to the meeting (listed, bound for it, asking for it).
   */
  default List<Long> topics(Meeting meeting) {
    return List.of();
  }

  /**
   * Its verdicts, each with {@link ClauseCheck#topicId} set for a topic's, null for the meeting's.
   */
  List<ClauseCheck> check(ComplianceScope scope);
}
