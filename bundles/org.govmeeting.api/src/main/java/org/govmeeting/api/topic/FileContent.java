package org.govmeeting.api.topic;

/** A material file with its bytes, for download. */
public class FileContent {
  public MaterialFile file;
  public byte[] content;
}
