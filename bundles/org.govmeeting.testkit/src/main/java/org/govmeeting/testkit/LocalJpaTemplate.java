package org.govmeeting.testkit;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
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

  public LocalJpaTemplate(String unit) {
    EmbeddedDataSource ds = new EmbeddedDataSource();
    ds.setDatabaseName("memory:test" + DATABASES.incrementAndGet());
    ds.setCreateDatabase("create");
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
