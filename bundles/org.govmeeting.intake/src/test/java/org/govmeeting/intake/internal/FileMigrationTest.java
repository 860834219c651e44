package org.govmeeting.intake.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.govmeeting.api.persistence.Chunks;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.junit.Test;

/**
 * A database of an earlier build kept each file whole in INT_FILE.CONTENT; the changelog moves the
 * bytes into rows of INT_FILE_CHUNK and drops the column.
 */
public class FileMigrationTest {
  private static final int LARGEST = 20 * 1024 * 1024; // the earlier builds' default limit

  @Test
  public void filesOfAnEarlierBuildMoveIntoRowsWithTheirBytes() throws Exception {
    byte[] large = new byte[LARGEST];
    new Random(20).nextBytes(large);
    byte[] small = "说明".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (LocalJpaTemplate jpa =
        LocalJpaTemplate.upgradedFrom(
            "govmeeting.intake",
            "2-int-file-chunk",
            c -> {
              oldFile(c, 7, large);
              oldFile(c, 8, small);
            })) {
      List<FileRecord> files =
          jpa.txExpr(
              em ->
                  em.createQuery("select f from FileRecord f order by f.id", FileRecord.class)
                      .getResultList());
      assertEquals(2, files.size());
      Set<String> keys = new HashSet<>();
      for (FileRecord f : files) {
        byte[] expected = f.topicId == 7 ? large : small;
        assertNotNull(f.contentKey);
        keys.add(f.contentKey);
        byte[] read = readBack(jpa, f.contentKey);
        assertArrayEquals(expected, read);
        assertEquals(f.sha256, sha256(read));
      }
      assertEquals("each file its own key", 2, keys.size());
      assertEquals(
          (long) LARGEST / Chunks.SIZE + 1,
          (long)
              jpa.txExpr(
                  em ->
                      em.createQuery("select count(c) from FileChunkRecord c", Long.class)
                          .getSingleResult()));
      jpa.jdbc(
          c -> {
            try (ResultSet columns =
                c.getMetaData().getColumns(null, null, "INT_FILE", "CONTENT")) {
              assertFalse("the old column is gone", columns.next());
            }
          });
    }
  }

  /** The file's rows in order, each read on its own. */
  private static byte[] readBack(LocalJpaTemplate jpa, String key) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int seq = 0; ; seq++) {
      int s = seq;
      List<byte[]> row =
          jpa.txExpr(
              em ->
                  em.createQuery(
                          "select c.bytes from FileChunkRecord c"
                              + " where c.contentKey = :k and c.seq = :s",
                          byte[].class)
                      .setParameter("k", key)
                      .setParameter("s", s)
                      .getResultList());
      if (row.isEmpty()) {
        return out.toByteArray();
      }
      out.writeBytes(row.get(0));
    }
  }

  /** A row as the build before this change wrote it, the bytes whole in CONTENT. */
  private static void oldFile(java.sql.Connection c, long topicId, byte[] content)
      throws Exception {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO INT_FILE (CONTENT, CONTENTTYPE, FILENAME, KIND, SHA256, BYTE_SIZE,"
                + " TOPIC_ID, UPLOADEDAT, UPLOADEDBY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setBinaryStream(1, new ByteArrayInputStream(content), content.length);
      s.setString(2, "application/pdf");
      s.setString(3, "说明.pdf");
      s.setString(4, "EXPLANATION");
      s.setString(5, sha256(content));
      s.setLong(6, content.length);
      s.setLong(7, topicId);
      s.setTimestamp(8, Timestamp.valueOf("2026-11-20 10:00:00"));
      s.setString(9, "xie.yu");
      s.executeUpdate();
    }
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
