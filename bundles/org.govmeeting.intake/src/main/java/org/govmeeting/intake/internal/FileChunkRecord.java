package org.govmeeting.intake.internal;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.persistence.Chunks;

/**
 * One row of an uploaded file's bytes, at most {@link Chunks#SIZE} of them; a file's rows share its
 * {@link FileRecord#contentKey} and are numbered from 0.
 *
 * <p>The key is a random UUID drawn before the upload starts, not the file's own ID: that ID exists
 * only once the file's row is inserted, and on Derby an uncommitted row of {@code INT_FILE} would
 * hold every reader of the topic's files (its page, the topic list) for as long as the upload
 * streams. The file's row is written last, when the bytes are in.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "INT_FILE_CHUNK")
@IdClass(FileChunkRecord.Key.class)
public class FileChunkRecord {
  @Id
  @Column(name = "CONTENT_KEY", length = 36)
  String contentKey;

  @Id
  @Column(name = "SEQ")
  int seq;

  @Lob
  @Column(name = "BYTES", nullable = false, length = Chunks.SIZE)
  byte[] bytes;

  /** The composite key. */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public String contentKey;
    public int seq;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key
          && ((Key) o).seq == seq
          && Objects.equals(((Key) o).contentKey, contentKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(contentKey, seq);
    }
  }
}
