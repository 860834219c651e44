package org.govmeeting.schema.changes;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.govmeeting.api.persistence.Chunks;

/**
 * A Liquibase change for a module's changelog: moves the bytes that an earlier build kept whole in
 * one column into rows of {@link Chunks#SIZE} bytes in a chunk table, and gives each row the key of
 * its rows. SQL cannot do it on both databases: Derby's SUBSTR does not take a BLOB. Rows already
 * keyed are left as they are, so a run cut short is simply run again.
 *
 * <pre>
 * &lt;customChange class="org.govmeeting.schema.changes.ColumnToChunks"&gt;
 *   &lt;param name="table" value="INT_FILE"/&gt;          &lt;!-- with an ID column --&gt;
 *   &lt;param name="column" value="CONTENT"/&gt;         &lt;!-- the bytes, whole --&gt;
 *   &lt;param name="keyColumn" value="CONTENT_KEY"/&gt;  &lt;!-- set to the rows' key --&gt;
 *   &lt;param name="chunkTable" value="INT_FILE_CHUNK"/&gt; &lt;!-- CONTENT_KEY, SEQ, BYTES --&gt;
 * &lt;/customChange&gt;
 * </pre>
 *
 * <p>One old row's bytes at a time pass through memory a row of chunk at a time: Derby streams a
 * BLOB from its pages; PostgreSQL's driver would read a BYTEA whole, so there the slices are cut by
 * the server ({@code SUBSTRING ... FROM ... FOR}).
 */
public final class ColumnToChunks implements CustomTaskChange {
  private String table;
  private String column;
  private String keyColumn;
  private String chunkTable;
  private int moved;

  public void setTable(String table) {
    this.table = table;
  }

  public void setColumn(String column) {
    this.column = column;
  }

  public void setKeyColumn(String keyColumn) {
    this.keyColumn = keyColumn;
  }

  public void setChunkTable(String chunkTable) {
    this.chunkTable = chunkTable;
  }

  @Override
  public void execute(Database database) throws CustomChangeException {
    Connection c = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
    boolean slicedByServer = database instanceof PostgresDatabase;
    try {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT ID FROM " + table + " WHERE " + keyColumn + " IS NULL ORDER BY ID");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO " + chunkTable + " (CONTENT_KEY, SEQ, BYTES) VALUES (?, ?, ?)");
          PreparedStatement keyed =
              c.prepareStatement("UPDATE " + table + " SET " + keyColumn + " = ? WHERE ID = ?")) {
        for (long id : ids) {
          String key = UUID.randomUUID().toString();
          if (slicedByServer) {
            sliced(c, id, key, insert);
          } else {
            streamed(c, id, key, insert);
          }
          keyed.setString(1, key);
          keyed.setLong(2, id);
          keyed.executeUpdate();
          moved++;
        }
      }
    } catch (SQLException | IOException e) {
      throw new CustomChangeException(
          "could not move " + table + "." + column + " into " + chunkTable, e);
    }
  }

  /** Reads the row's bytes as a stream and writes them out a chunk at a time. */
  private void streamed(Connection c, long id, String key, PreparedStatement insert)
      throws SQLException, IOException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + column + " FROM " + table + " WHERE ID = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        try (InputStream in = rs.getBinaryStream(1)) {
          if (in == null) {
            return;
          }
          byte[] buffer = new byte[Chunks.SIZE];
          for (int seq = 0; ; seq++) {
            int n = in.readNBytes(buffer, 0, buffer.length);
            if (n == 0) {
              break;
            }
            write(insert, key, seq, java.util.Arrays.copyOf(buffer, n));
            if (n < buffer.length) {
              break;
            }
          }
        }
      }
    }
  }

  /** Asks the server for one slice of the row's bytes at a time. */
  private void sliced(Connection c, long id, String key, PreparedStatement insert)
      throws SQLException {
    long length;
    try (PreparedStatement s =
        c.prepareStatement("SELECT OCTET_LENGTH(" + column + ") FROM " + table + " WHERE ID = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        length = rs.next() ? rs.getLong(1) : 0;
      }
    }
    try (PreparedStatement slice =
        c.prepareStatement(
            "SELECT SUBSTRING(" + column + " FROM ? FOR ?) FROM " + table + " WHERE ID = ?")) {
      int seq = 0;
      for (long from = 0; from < length; from += Chunks.SIZE) {
        // PostgreSQL's SUBSTRING takes integers (a BYTEA holds at most 1 GB).
        slice.setInt(1, Math.toIntExact(from + 1));
        slice.setInt(2, Chunks.SIZE);
        slice.setLong(3, id);
        try (ResultSet rs = slice.executeQuery()) {
          rs.next();
          write(insert, key, seq++, rs.getBytes(1));
        }
      }
    }
  }

  private static void write(PreparedStatement insert, String key, int seq, byte[] bytes)
      throws SQLException {
    insert.setString(1, key);
    insert.setInt(2, seq);
    insert.setBytes(3, bytes);
    insert.executeUpdate();
  }

  @Override
  public String getConfirmationMessage() {
    return "moved " + moved + " rows of " + table + "." + column + " into " + chunkTable;
  }

  @Override
  public void setUp() {
    // nothing to prepare
  }

  @Override
  public void setFileOpener(ResourceAccessor resourceAccessor) {
    // reads no files
  }

  @Override
  public ValidationErrors validate(Database database) {
    ValidationErrors errors = new ValidationErrors();
    for (String[] p :
        new String[][] {
          {"table", table}, {"column", column}, {"keyColumn", keyColumn}, {"chunkTable", chunkTable}
        }) {
      if (p[1] == null || !p[1].matches("[A-Z][A-Z0-9_]*")) {
        errors.addError(p[0] + " must name a table or column in capitals, not " + p[1]);
      }
    }
    return errors;
  }
}
