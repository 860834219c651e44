package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;

import java.sql.Timestamp;
import java.util.List;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.TopicStatus;
import org.govmeeting.testkit.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class FormCacheTest {
  private LocalJpaTemplate jpa;

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.intake");
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private long topic(String json) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = new TopicRecord();
          t.status = TopicStatus.DRAFT;
          t.name = "议题";
          t.leadUnitId = "EDUCATION";
          t.category = Category.MAJOR_MATTER;
          t.createdBy = "xie.yu";
          t.createdAt = new Timestamp(0);
          t.updatedAt = new Timestamp(0);
          t.formJson = json;
          em.persist(t);
          em.flush();
          return t.id;
        });
  }

  /** What a page query gives: the scalar columns, no form. */
  private TopicRecord listed(long id) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord stored = em.find(TopicRecord.class, id);
          TopicRecord t = new TopicRecord();
          t.id = stored.id;
          t.revision = stored.revision;
          return t;
        });
  }

  private String filled(FormCache cache, long id) {
    TopicRecord t = listed(id);
    jpa.tx(TransactionType.Required, em -> cache.fill(em, List.of(t)));
    return t.formJson;
  }

  @Test
  public void aFormIsReusedWhileItsRevisionIsCurrentAndReadAgainAfterAWrite() {
    FormCache cache = new FormCache(10, j -> null);
    long id = topic("{\"name\":\"一\"}");
    assertEquals("{\"name\":\"一\"}", filled(cache, id));
    // Changed behind the cache without a new revision: the cache answers (it was not asked).
    jpa.tx(
        TransactionType.Required,
        em ->
            em.createNativeQuery("UPDATE INT_TOPIC SET FORMJSON = ? WHERE ID = ?")
                .setParameter(1, "{\"name\":\"bypass\"}")
                .setParameter(2, id)
                .executeUpdate());
    assertEquals("{\"name\":\"一\"}", filled(cache, id));
    // A real write bumps the revision (as every write through any node does): read again.
    jpa.tx(
        TransactionType.Required,
        em -> em.find(TopicRecord.class, id).formJson = "{\"name\":\"二\"}");
    assertEquals("{\"name\":\"二\"}", filled(cache, id));
  }

  @Test
  public void keepsOnlyTheMostRecentlyUsedForms() {
    FormCache cache = new FormCache(2, j -> null);
    long a = topic("{\"name\":\"a\"}");
    long b = topic("{\"name\":\"b\"}");
    long c = topic("{\"name\":\"c\"}");
    filled(cache, a);
    filled(cache, b);
    filled(cache, c);
    assertEquals(2, cache.size());
  }
}
