package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.topic.MaterialFile;

/**
 * The uploaded materials ({@link FileRecord}) and their descriptions. Every call runs in the
 * caller's transaction, on its entity manager.
 */
final class Files {
  private Files() {}

  /** The kinds of material uploaded for the topic. */
  static Set<MaterialFile.Kind> kinds(EntityManager em, long topicId) {
    return em
        .createQuery(
            "select f.kind from FileRecord f where f.topicId = :t", MaterialFile.Kind.class)
        .setParameter("t", topicId)
        .getResultList()
        .stream()
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MaterialFile.Kind.class)));
  }

  /** The file of this topic, or null: a file of another topic is not found through this one. */
  static FileRecord find(EntityManager em, long topicId, long fileId) {
    FileRecord f = em.find(FileRecord.class, fileId);
    return f == null || f.topicId != topicId ? null : f;
  }

  /**
   * The topics' file descriptions, in one query for them all; the files' bytes are not read (with
   * weaving off, a lazy column would still be loaded).
   */
  static Map<Long, List<MaterialFile>> descriptions(EntityManager em, List<Long> topicIds) {
    Map<Long, List<MaterialFile>> files = new HashMap<>();
    for (Object[] f :
        em.createQuery(
                "select f.topicId, f.id, f.kind, f.fileName, f.contentType, f.size, f.sha256,"
                    + " f.uploadedBy, f.uploadedAt from FileRecord f where f.topicId in :ids"
                    + " order by f.id",
                Object[].class)
            .setParameter("ids", topicIds)
            .getResultList()) {
      MaterialFile m = new MaterialFile();
      m.id = (Long) f[1];
      m.kind = (MaterialFile.Kind) f[2];
      m.fileName = (String) f[3];
      m.contentType = (String) f[4];
      m.size = (Long) f[5];
      m.sha256 = (String) f[6];
      m.uploadedBy = (String) f[7];
      m.uploadedAt = ((Timestamp) f[8]).toInstant();
      files.computeIfAbsent((Long) f[0], k -> new ArrayList<>()).add(m);
    }
    return files;
  }

  static MaterialFile toFile(FileRecord f) {
    MaterialFile m = new MaterialFile();
    m.id = f.id;
    m.kind = f.kind;
    m.fileName = f.fileName;
    m.contentType = f.contentType;
    m.size = f.size;
    m.sha256 = f.sha256;
    m.uploadedBy = f.uploadedBy;
    m.uploadedAt = f.uploadedAt.toInstant();
    return m;
  }
}
