package org.govmeeting.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The real persistence unit on a real (in-memory) Derby, outside OSGi: one resource-local
 * transaction per call, as Aries JPA does for {@link TransactionType#Required}.
 */
public final class LocalJpaTemplate implements JpaTemplate, AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private final EntityManagerFactory emf;
  private final EmbeddedDataSource ds;
  private final String unit;

  /**
   * The unit on a new database whose tables its changelog ({@code META-INF/db/<unit>.xml}) made.
   */
  public LocalJpaTemplate(String unit) {
    this(unit, null, c -> {});
  }

  /** Work on the test database through plain JDBC, as an earlier build or an administrator. */
  @FunctionalInterface
  public interface Sql {
    void run(Connection connection) throws Exception;
  }

  /**
   * The unit on a database that an earlier build left: its changelog is applied up to, not
   * including, the changeSet {@code firstNew}; then {@code earlier} writes what that build would
   * have (in the old shape), and the rest of the changelog runs, as at the first start of a new
   * build.
   */
  public static LocalJpaTemplate upgradedFrom(String unit, String firstNew, Sql earlier) {
    return new LocalJpaTemplate(unit, firstNew, earlier);
  }

  private LocalJpaTemplate(String unit, String firstNew, Sql earlier) {
    this.unit = unit;
    ds = new EmbeddedDataSource();
    ds.setDatabaseName("memory:test" + DATABASES.incrementAndGet());
    ds.setCreateDatabase("create");
    if (firstNew != null) {
      migrate(firstNew);
      jdbc(earlier);
    }
    migrate();
    emf =
        Persistence.createEntityManagerFactory(
            unit,
            // The bundles' units are JTA (one transaction per act, README); outside OSGi there is
            // no transaction manager, so the same unit runs resource-local on the test database.
            Map.of(
                "javax.persistence.transactionType", "RESOURCE_LOCAL",
                "javax.persistence.jtaDataSource", "",
                "javax.persistence.nonJtaDataSource", ds));
  }

  /**
   * Applies the unit's changelog from the class path to the test database, as {@code
   * org.govmeeting.schema} does at start: what is recorded as applied is skipped.
   */
  public void migrate() {
    migrate(null);
  }

  /** Applies the changelog up to, not including, the changeSet {@code until}; all if null. */
  private void migrate(String until) {
    try (Connection connection = ds.getConnection()) {
      Scope.child(
          Map.of("liquibase.analytics.enabled", false, "liquibase.showBanner", false),
          () -> {
            Liquibase liquibase =
                new Liquibase(
                    "META-INF/db/" + unit + ".xml",
                    new ClassLoaderResourceAccessor(LocalJpaTemplate.class.getClassLoader()),
                    DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            if (until == null) {
              liquibase.update(new Contexts(), new LabelExpression());
              return;
            }
            List<ChangeSet> all = liquibase.getDatabaseChangeLog().getChangeSets();
            int before = 0;
            while (before < all.size() && !all.get(before).getId().equals(until)) {
              before++;
            }
            if (before == all.size()) {
              throw new IllegalArgumentException("no changeSet " + until + " in " + unit);
            }
            liquibase.update(before, new Contexts(), new LabelExpression());
          });
      // Liquibase leaves the reads of a run with nothing to do open; Derby will not close then.
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reach the test database", e);
    } catch (Exception e) {
      throw new IllegalStateException("The changelog of " + unit + " did not apply", e);
    }
  }

  /** Runs plain JDBC on the test database, committed if it returns normally. */
  public void jdbc(Sql work) {
    try (Connection connection = ds.getConnection()) {
      connection.setAutoCommit(false);
      work.run(connection);
      connection.commit();
    } catch (Exception e) {
      throw new IllegalStateException("SQL on the test database failed", e);
    }
  }

  @Override
  public <R> R txExpr(TransactionType type, EmFunction<R> code) {
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      R result = code.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  @Override
  public void tx(TransactionType type, EmConsumer code) {
    txExpr(
        type,
        em -> {
          code.accept(em);
          return null;
        });
  }

  @Override
  public <R> R txExpr(EmFunction<R> code) {
    return txExpr(TransactionType.Required, code);
  }

  @Override
  public void tx(EmConsumer code) {
    tx(TransactionType.Required, code);
  }

  @Override
  public void close() {
    emf.close();
  }
}
