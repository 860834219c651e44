package org.govmeeting.intake.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.FileContent;
import org.govmeeting.api.topic.MaterialFile;

/** The lead unit uploads a topic's materials; whoever may read the topic downloads them. */
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
      byte[] content,
      Actor actor) {
    Person me = access.person(actor);
    if (kind == null) {
      throw new ValidationException("kind", "say which material this is", Clause.P1);
    }
    String name = ValidationException.requireFileName("name", fileName);
    if (content == null || content.length == 0) {
      throw new ValidationException("content", "the file is empty");
    }
    if (content.length > maxFileBytes) {
      throw new ValidationException(
          "content", "the file is " + content.length + " bytes; at most " + maxFileBytes);
    }
    String sha = sha256(content);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = access.editable(em, id, actor, me);
          // Every change of what a topic shows moves its revision (lists cache by revision).
          t.updatedAt = Timestamp.from(now);
          FileRecord f = new FileRecord();
          f.topicId = id;
          f.kind = kind;
          f.fileName = name.length() > 255 ? name.substring(0, 255) : name;
          f.contentType =
              FormRules.blank(contentType) ? "application/octet-stream" : contentType.trim();
          f.size = content.length;
          f.sha256 = sha;
          f.uploadedBy = actor.personId();
          f.uploadedAt = Timestamp.from(now);
          f.content = content;
          em.persist(f);
          em.flush();
          topics.record(
              em, t, actor, "FILE_ADDED", kind + " " + f.fileName + " sha256:" + sha, now);
          return Files.toFile(f);
        });
  }

  FileContent file(long id, long fileId, Actor actor) {
    Person me = access.person(actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          access.visible(em, id, actor, me);
          FileRecord f = Files.find(em, id, fileId);
          if (f == null) {
            throw new NotFoundException("file", id + "/" + fileId);
          }
          FileContent out = new FileContent();
          out.file = Files.toFile(f);
          out.content = f.content;
          return out;
        });
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
