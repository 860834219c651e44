package org.govmeeting.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.persistence.Chunks;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.MaterialFile;

/**
 * The lead unit uploads a topic's materials; whoever may read the topic downloads them. Neither
 * holds a file in memory: an upload is stored a row of {@link Chunks#SIZE} bytes at a time as it
 * arrives, a download is read back the same way.
 */
final class Uploads {
  private final JpaTemplate jpa;
  private final Topics topics;
  private final TopicAccess access;
  private final Clock clock;
  private final long maxFileBytes;

  Uploads(JpaTemplate jpa, Topics topics, TopicAccess access, Clock clock, long maxFileBytes) {
    this.jpa = jpa;
    this.topics = topics;
    this.access = access;
    this.clock = clock;
    this.maxFileBytes = maxFileBytes;
  }

  // rule: P1 — materials as uploaded files, stored with their checksum
  MaterialFile addFile(
      long id,
      MaterialFile.Kind kind,
      String fileName,
      String contentType,
      InputStream content,
      Actor actor) {
    Person me = access.person(actor);
    if (kind == null) {
      throw new ValidationException(
          "kind", Clause.P1, "请注明上传的是哪一项会议材料", "say which material this is");
    }
    String name = ValidationException.requireFileName("name", fileName);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          // Refused callers never get their body read.
          access.editable(em, id, actor, me);
          em.flush();
          String key = UUID.randomUUID().toString();
          Chunks.Stored stored =
              Chunks.store(
                  content == null ? InputStream.nullInputStream() : content,
                  maxFileBytes,
                  (seq, bytes) -> chunk(em, key, seq, bytes));
          // The topic's row is written only now: updated before the upload, it would stay locked
          // (and its readers wait on Derby) for as long as the body takes to arrive. Checked
          // again too: it may have been submitted meanwhile.
          TopicRecord t = access.editable(em, id, actor, me);
          Instant now = clock.instant();
          // Every change of what a topic shows moves its revision (lists cache by revision).
          t.updatedAt = Timestamp.from(now);
          FileRecord f = new FileRecord();
          f.topicId = id;
          f.kind = kind;
          f.fileName = name.length() > 255 ? name.substring(0, 255) : name;
          f.contentType =
              FormRules.blank(contentType) ? "application/octet-stream" : contentType.trim();
          f.size = stored.size;
          f.sha256 = stored.sha256;
          f.uploadedBy = actor.personId();
          f.uploadedAt = Timestamp.from(now);
          f.contentKey = key;
          em.persist(f);
          em.flush();
          topics.record(
              em,
              t,
              actor,
              "FILE_ADDED",
              kind + " " + f.fileName + " sha256:" + stored.sha256,
              now);
          return Files.toFile(f);
        });
  }

  /**
   * Writes one row and lets go of it. A flushed entity that is only detached stays in EclipseLink's
   * change set until the commit (measured: a 100 MiB upload filled a 64 MB heap); clearing the
   * persistence context drops it. The act's entity manager holds nothing else of intake here: the
   * topic was flushed before and is read again after.
   */
  private static void chunk(EntityManager em, String key, int seq, byte[] bytes) {
    FileChunkRecord c = new FileChunkRecord();
    c.contentKey = key;
    c.seq = seq;
    c.bytes = bytes;
    em.persist(c);
    em.flush();
    em.clear();
  }

  MaterialFile describeFile(long id, long fileId, Actor actor) {
    return Files.toFile(visibleFile(id, fileId, actor));
  }

  long writeFile(long id, long fileId, Actor actor, OutputStream out) throws IOException {
    FileRecord f = visibleFile(id, fileId, actor);
    // Each row in a short transaction of its own: a slow reader holds no connection or lock.
    return Chunks.copy(
        seq ->
            jpa.txExpr(
                TransactionType.Required,
                em -> {
                  List<byte[]> row =
                      em.createQuery(
                              "select c.bytes from FileChunkRecord c"
                                  + " where c.contentKey = :k and c.seq = :s",
                              byte[].class)
                          .setParameter("k", f.contentKey)
                          .setParameter("s", seq)
                          .getResultList();
                  return row.isEmpty() ? null : row.get(0);
                }),
        f.size,
        out);
  }

  private FileRecord visibleFile(long id, long fileId, Actor actor) {
    Person me = access.person(actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          access.visible(em, id, actor, me);
          FileRecord f = Files.find(em, id, fileId);
          if (f == null) {
            throw new NotFoundException("材料文件", "file", id + "/" + fileId);
          }
          return f;
        });
  }
}
