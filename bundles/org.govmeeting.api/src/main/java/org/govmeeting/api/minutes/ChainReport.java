package org.govmeeting.api.minutes;

/** The outcome of checking the whole chain: intact, or the first link that broke and why. */
public class ChainReport {
  public boolean intact;
  public int links;

  /** The hash of the last link: keep it, and a later check shows whether the chain grew only. */
  public String head;

  public String algorithm;
  public String certificateSha256;

  /** The first broken link, or {@code null}. */
  public Broken broken;

  /** Where and why the chain broke. */
  public static class Broken {
    public long sequence;
    public String kind;
    public Long minutesId;
    public Long erratumId;
    public String documentNumber;
    public String reason;
  }
}
