package org.govmeeting.api.topic;

import java.time.Instant;

/** An uploaded material file (P1), stored with its checksum. */
public class MaterialFile {
  public enum Kind {
    IMPLEMENTATION_OPINION,
    EXPLANATION,
    INTERPRETATION,
    OTHER
  }

  public long id;
  public Kind kind;
  public String fileName;
  public String contentType;
  public long size;

  /** Hex SHA-256 of the content. */
  public String sha256;

  public String uploadedBy;
  public Instant uploadedAt;
}
