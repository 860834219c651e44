package org.govmeeting.minutes.internal.print;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the printed 纪要 shows, in words a reader reads: names, not ids; days, not instants. */
public final class MinutesPrint {
  /** 前政纪〔2026〕44号. */
  public String documentNumber;

  /** The minutes' text as the reader may read it (K3), the first line its title. */
  public String text;

  /** Who signed, by name; null while unsigned. */
  public String signerName;

  public LocalDate signedOn;

  /** 抄送: the issue scope, units then persons, by name. */
  public List<String> copiesTo = List.of();

  /** The day of issue (印发), in the district's calendar; null before. */
  public LocalDate issuedOn;

  /** The record's hash (the chain link of the signature); null while unsigned. */
  public String hash;

  /** When the file is made, for its metadata. */
  public Instant printedAt;
}
