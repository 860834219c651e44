package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.testkit.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ShownTopicsTest {
  private LocalJpaTemplate jpa;
  private final List<List<Long>> reads = new ArrayList<>();

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.intake");
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private long topic() {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = Drafts.file(em, "议题", "{}");
          em.flush();
          return t.id;
        });
  }

  /** Reads topics "whole" as intake would: id and the revision in the database now. */
  private List<Topic> read(javax.persistence.EntityManager em, List<Long> ids) {
    reads.add(ids);
    List<Topic> out = new ArrayList<>();
    for (Long id : ids) {
      Topic t = new Topic();
      t.id = id;
      t.revision = em.find(TopicRecord.class, id).revision;
      out.add(t);
    }
    return out;
  }

  /** A page of these ids, with their revisions as the page query reads them. */
  private List<Topic> page(ShownTopics shown, List<Long> ids) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          Map<Long, Long> revisions = new LinkedHashMap<>();
          for (Long id : ids) {
            revisions.put(id, em.find(TopicRecord.class, id).revision);
          }
          return shown.page(revisions, m -> read(em, m));
        });
  }

  @Test
  public void aTopicIsReadAgainOnlyAfterItsRevisionMoved() {
    ShownTopics shown = new ShownTopics(10);
    long a = topic();
    long b = topic();
    List<Topic> first = page(shown, List.of(b, a));
    assertEquals(List.of(b, a), List.of(first.get(0).id, first.get(1).id));
    assertEquals(List.of(List.of(b, a)), reads);

    List<Topic> second = page(shown, List.of(b, a));
    assertSame("kept, not read again", first.get(0), second.get(0));
    assertEquals(1, reads.size());

    // A write on any node moves the revision: only that topic is read again.
    jpa.tx(
        TransactionType.Required,
        em -> em.find(TopicRecord.class, a).updatedAt = new Timestamp(1000));
    List<Topic> third = page(shown, List.of(b, a));
    assertEquals(List.of(a), reads.get(1));
    assertSame(first.get(0), third.get(0));
    assertEquals(first.get(1).revision + 1, third.get(1).revision);
  }
}
