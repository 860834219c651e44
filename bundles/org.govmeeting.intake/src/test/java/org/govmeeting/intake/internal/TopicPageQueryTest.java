package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.topic.TopicQuery;
import org.govmeeting.api.topic.TopicStatus;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The page query on a real Derby whose statistics say the filter matches nearly every topic: the
 * situation in which Derby, left to itself, scanned and sorted the whole table.
 */
public class TopicPageQueryTest {
  private LocalJpaTemplate jpa;

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.intake");
    jpa.tx(
        TransactionType.Required,
        em -> {
          for (int i = 0; i < 5000; i++) {
            // All of one unit, as after a busy year of one bureau.
            Drafts.file(em, "议题 " + i, "{\"name\":\"议题\"}");
          }
        });
    jpa.tx(
        TransactionType.Required,
        em -> {
          try (Statement s = em.unwrap(Connection.class).createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'INT_TOPIC', NULL)");
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  /** Runs the query, returning its ids and Derby's description of how it ran them. */
  private List<Object> run(TopicPageQuery q) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          Connection c = em.unwrap(Connection.class);
          List<Object> out = new ArrayList<>();
          try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(q.sql)) {
              for (int i = 0; i < q.parameters.size(); i++) {
                ps.setObject(i + 1, q.parameters.get(i));
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  ids.add(rs.getLong(1));
                }
              }
            }
            out.add(ids);
            try (ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
              rs.next();
              out.add(rs.getString(1));
            }
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
          return out;
        });
  }

  @Test
  public void aBusyUnitsPageIsReadOffItsIndexWithoutSorting() {
    TopicQuery q = new TopicQuery();
    q.unitId = "EDUCATION";
    List<Object> result = run(TopicPageQuery.of(q, null, 50, 50));
    @SuppressWarnings("unchecked")
    List<Long> ids = (List<Long>) result.get(0);
    String plan = (String) result.get(1);
    assertTrue(plan, plan.contains(TopicPageQuery.UNIT_NEWEST));
    assertFalse(plan, plan.contains("Sort ResultSet"));
    assertFalse("ids from the index alone: " + plan, plan.contains("Index Row to Base Row"));
    assertEquals(50, ids.size());
    for (int i = 1; i < ids.size(); i++) {
      assertTrue("newest first", ids.get(i - 1) > ids.get(i));
    }
  }

  @Test
  public void aDatabaseOfAnEarlierBuildGetsThePageIndexesFromTheChangelog() {
    // An earlier build's table: made by EclipseLink without the page indexes, no changelog rows.
    jpa.tx(
        TransactionType.Required,
        em -> {
          try (Statement s = em.unwrap(Connection.class).createStatement()) {
            s.execute("DROP INDEX " + TopicPageQuery.UNIT_NEWEST);
            s.execute("DROP INDEX " + TopicPageQuery.NEWEST);
            s.execute("DELETE FROM DATABASECHANGELOG");
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    TopicQuery q = new TopicQuery();
    q.unitId = "EDUCATION";
    try {
      run(TopicPageQuery.of(q, null, 0, 50));
      org.junit.Assert.fail("Derby refuses a query naming a missing index");
    } catch (IllegalStateException expected) {
      // what the changelog repairs at start
    }
    jpa.migrate(); // the existing tables adopted, the missing indexes created
    jpa.migrate(); // and again: nothing to do
    String plan = (String) run(TopicPageQuery.of(q, null, 0, 50)).get(1);
    assertTrue(plan, plan.contains(TopicPageQuery.UNIT_NEWEST));
  }

  @Test
  public void aStatusFilterReadsTheStatusIndex() {
    TopicQuery q = new TopicQuery();
    q.status = TopicStatus.DRAFT;
    String plan = (String) run(TopicPageQuery.of(q, null, 0, 1001)).get(1);
    assertTrue(plan, plan.contains(TopicPageQuery.STATUS_NEWEST));
    assertFalse(plan, plan.contains("Sort ResultSet"));
  }

  @Test
  public void visibilityNarrowsTheSameIndexedRead() {
    TopicQuery q = new TopicQuery();
    q.unitId = "EDUCATION";
    // A clerk of Finance reviewing two Education topics sees those and the submitted ones.
    TopicPageQuery page =
        TopicPageQuery.of(
            q, new TopicPageQuery.Viewer("FINANCE", "qian.li", false, List.of(2L, 3L)), 0, 100);
    List<Object> result = run(page);
    @SuppressWarnings("unchecked")
    List<Long> ids = (List<Long>) result.get(0);
    assertEquals(List.of(3L, 2L), ids);
    assertFalse((String) result.get(1), ((String) result.get(1)).contains("Sort ResultSet"));
  }

  @Test
  public void aMeetingsTopicsAreLeftToTheOptimizer() {
    TopicQuery q = new TopicQuery();
    q.meetingId = 4L;
    q.unitId = "EDUCATION";
    assertEquals(null, TopicPageQuery.index(q));
    assertTrue(run(TopicPageQuery.of(q, null, 0, 50)).get(0).toString().equals("[]"));
  }
}
