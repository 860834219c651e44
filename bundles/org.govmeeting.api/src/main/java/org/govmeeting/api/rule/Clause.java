package org.govmeeting.api.rule;

/**
 * Every clause of the regulation (《前进区人民政府常务会议制度》) by the ID that {@code rules.md} gives it.
 * Errors, records and tests name clauses through these constants so that a search for an ID finds
 * the code that carries it.
 */
public enum Clause {
  C1("Members are the mayor and the vice-mayors; the mayor convenes; quorum is at least half"),
  C2("Regular attendees: party-group members and the Petitions, Office, Finance, Audit heads"),
  C3("A regular meeting once a month in principle; an extra one at any time", true),
  T1("Every meeting opens with a collective law study"),
  T2("Category: relaying the important meetings and documents of higher authorities"),
  T3("Category: important matters of the government's work; key work"),
  T4("Category: policy documents and administrative normative documents"),
  T5("Category: the Government Work Report and major plans"),
  T6("Category: matters entrusted by, or reported to, the higher government"),
  T7("Category: matters sent on to the party committee or the People's Congress"),
  T8("Category: major asset and resource restructuring, transfer, land"),
  T9("Category: other important work raised by departments"),
  S1("Topics raised by departments, signed by the supervising vice-mayor, compiled, approved"),
  S2("Emergency decisions by countersignature or oral report, reported to the next meeting"),
  S3("A topic must be consulted on; dissent needs a solution and the mayor's consent", true),
  S4("A normative document needs a completed public consultation and the legality review"),
  S5("Major fiscal spending, financing or debt needs Finance and the executive vice-mayor"),
  S6("Party committee remit: first reported to the party committee's principal leader"),
  S7("Supervising vice-mayor absent: the portfolio's topics are not put on the agenda", true),
  S8("Work the supervising vice-mayor can settle is not submitted", true),
  S9("Topics on time; the Office checks and signs; a late topic goes to the next meeting"),
  D1("The supervising vice-mayor or lead department head reports, within the time limit"),
  D2("Every member and attendee states a position; silence is not a position"),
  D3("The convener decides and sets requirements for the work"),
  P1("The topic form and materials: implementation opinion and topic explanation"),
  P2("Policy interpretation with its seven elements: every normative document, other policies"),
  P3("The topic explanation has four parts and at most 2000 characters"),
  I1("Decisions are carried out; the Office supervises and tracks them"),
  I2("No unit changes a decision; revisions go through the prescribed procedure again"),
  M1("The Office notifies; materials in one format delivered to the secretariat on time"),
  M2("Materials reach the attending leaders 1-2 days before the meeting"),
  M3("The secretariat drafts the minutes; opinions, legality check, mayor signs; archive"),
  M4("The Office prepares the venue and runs the sign-in"),
  K1("Attend on time; leave from the mayor; attendees apply in writing and may delegate"),
  K2("No leaving midway without leave: members ask the mayor, others the executive vice-mayor"),
  K3("No recording without approval; undecided and confidential matters are not disclosed"),
  F1("Topic form: topic name"),
  F2("Topic form: reporter"),
  F3("Topic form: lead unit and attending units"),
  F4("Topic form: consulted with the units concerned, signed by the lead department head"),
  F5("Topic form: fiscal review signed by the Finance Bureau and the executive vice-mayor"),
  F6("Topic form: legality review signed by the Justice Bureau head"),
  F7("Topic form: read and signed by the supervising vice-mayor"),
  F8("Topic form: procedure complete, signed by the Office director"),
  F9("Topic form: must it go on to the party committee's standing committee");

  private final String reading;
  private final boolean inPrinciple;

  Clause(String reading) {
    this(reading, false);
  }

  Clause(String reading, boolean inPrinciple) {
    this.reading = reading;
    this.inPrinciple = inPrinciple;
  }

  /** A short English reading of the clause; the Chinese original wins where the two differ. */
  public String reading() {
    return reading;
  }

  /**
   * Whether the regulation says 原则上 ("in principle"): such a clause blocks by default and only the
   * mayor may lift it, with a recorded reason.
   */
  public boolean inPrinciple() {
    return inPrinciple;
  }
}
