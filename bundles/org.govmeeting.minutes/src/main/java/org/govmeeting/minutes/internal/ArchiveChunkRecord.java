package org.govmeeting.minutes.internal;

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
 * One row of a meeting archive's zip, at most {@link Chunks#SIZE} bytes, numbered from 0: the
 * archive carries the materials' files, so it is never held whole in memory.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "MIN_ARCHIVE_CHUNK")
@IdClass(ArchiveChunkRecord.Key.class)
public class ArchiveChunkRecord {
  @Id
  @Column(name = "MEETING_ID")
  long meetingId;

  @Id
  @Column(name = "SEQ")
  int seq;

  @Lob
  @Column(name = "BYTES", nullable = false, length = Chunks.SIZE)
  byte[] bytes;

  /** The composite key. */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public long meetingId;
    public int seq;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).seq == seq && ((Key) o).meetingId == meetingId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, seq);
    }
  }
}
