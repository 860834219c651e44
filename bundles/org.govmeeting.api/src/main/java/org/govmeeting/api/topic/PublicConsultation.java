package org.govmeeting.api.topic;

import java.time.LocalDate;

/** The public consultation (社会公开程序) a normative document must have gone through (S4). */
public class PublicConsultation {
  public LocalDate from;
  public LocalDate to;

  /** Where it was published, e.g. the district government's website. */
  public String channel;

  public int comments;

  /** How the comments were handled. */
  public String handling;
}
