package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import javax.persistence.EntityManager;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.TopicStatus;

/** Topic rows for tests of the topic table: a draft of the Education Bureau, stored. */
final class Drafts {
  private Drafts() {}

  static TopicRecord file(EntityManager em, String name, String formJson) {
    TopicRecord t = new TopicRecord();
    t.status = TopicStatus.DRAFT;
    t.name = name;
    t.leadUnitId = "EDUCATION";
    t.category = Category.MAJOR_MATTER;
    t.createdBy = "xie.yu";
    t.createdAt = new Timestamp(0);
    t.updatedAt = new Timestamp(0);
    t.formJson = formJson;
    em.persist(t);
    return t;
  }
}
