package org.govmeeting.api.topic;

/** The policy interpretation (政策解读) with its seven elements (P2). */
public class Interpretation {
  public String background;
  public String basis;
  public String unitsConcerned;
  public String beneficiaries;
  public String content;
  public String benefitChannels;
  public String procedure;
}
