package org.govmeeting.api.minutes;

/**
 * One link of the record's hash chain: signed minutes or a signed erratum. {@code hash} is the
 * SHA-256 of {@code canonical} (UTF-8), which names the previous link's hash; {@code signature} is
 * the platform key's signature over the same bytes (README: "The record's hash chain").
 */
public class ChainLink {
  public long sequence;

  /** {@code minutes} or {@code erratum}. */
  public String kind;

  public long minutesId;
  public Long erratumId;
  public String canonical;
  public String hash;
  public String previousHash;

  /** Base64 of the DER signature. */
  public String signature;

  public String algorithm;

  /** SHA-256 of the certificate (DER) whose key signed the link. */
  public String certificateSha256;
}
