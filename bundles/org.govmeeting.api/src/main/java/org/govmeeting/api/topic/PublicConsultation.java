package org.govmeeting.api.topic;

import java.time.LocalDate;

/** The public consultation (社会公开程序) a normative document must have gone through (S4). */
public class PublicConsultation {
  public LocalDate from;

  /** The last day open to comments; the consultation has ended on the day after (S4). */
  public LocalDate to;

  /** Where it was published, e.g. the district government's website. */
  public String channel;

  public int comments;

  /** The outcome: how the comments were handled (required, S4). */
  public String handling;
}
