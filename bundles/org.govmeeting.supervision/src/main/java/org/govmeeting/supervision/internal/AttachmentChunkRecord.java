package org.govmeeting.supervision.internal;

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
 * One row of an attachment's bytes, at most {@link Chunks#SIZE} of them; an attachment's rows share
 * its {@link AttachmentRecord#contentKey} and are numbered from 0. The key is a random UUID drawn
 * before the upload starts, so that the attachment's own row is inserted last: an uncommitted row
 * of {@code SUP_ATTACHMENT} would hold Derby's readers of the task for as long as the body streams.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "SUP_ATTACHMENT_CHUNK")
@IdClass(AttachmentChunkRecord.Key.class)
public class AttachmentChunkRecord {
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
