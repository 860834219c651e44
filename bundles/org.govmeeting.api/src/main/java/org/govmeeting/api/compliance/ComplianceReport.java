package org.govmeeting.api.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting checked against every clause of the regulation and of the district's policy: the
 * meeting's own clauses, then each topic's, each with its verdict and evidence. Run before the
 * meeting it says what is still missing; after, what the record shows.
 */
public class ComplianceReport {
  /** Where the meeting stood when the report was made. */
  public enum Phase {
    /** Planned or notified: being prepared. */
    BEFORE,
    IN_SESSION,
    /** Closed: the record after the meeting. */
    AFTER,
    CANCELLED
  }

  public long meetingId;
  public int number;
  public Phase phase;
  public Instant asOf;

  /** The district policy in force, which judged the district's own clauses. */
  public String policyDistrict;

  public String policyVersion;

  /** The clauses of the meeting itself, in the order of the regulation. */
  public List<ClauseCheck> meeting = new ArrayList<>();

  /** The meeting's topics, the approved list first in its order. */
  public List<TopicCompliance> topics = new ArrayList<>();

  /** The modules asked, and whether each answered. */
  public List<CheckedModule> modules = new ArrayList<>();

  /** How many checks of each verdict, over the meeting and all topics; every verdict listed. */
  public Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
}
