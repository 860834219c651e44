package org.govmeeting.api.topic;

/**
 * A material file with its bytes, for download.
 *
 * @deprecated a whole file in memory; see {@link TopicService#writeFile}. Removed in 2.0.
 */
@Deprecated
public class FileContent {
  public MaterialFile file;
  public byte[] content;
}
