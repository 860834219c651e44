package org.govmeeting.api.topic;

import java.time.LocalDate;

/** The report to the party committee's principal leader a topic in its remit needs first (S6). */
public class PartyPreReport {
  /** Who reported: the supervising vice-mayor or party-group member and the lead department. */
  public String reportedBy;

  public LocalDate reportedOn;
  public String result;
}
