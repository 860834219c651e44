package org.govmeeting.rest.internal;

import java.util.Set;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.govmeeting.api.event.Outbox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.coordinator.Coordination;
import org.osgi.service.coordinator.Coordinator;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One act, one transaction: a call that writes (POST, PUT, PATCH, DELETE) runs in one JTA
 * transaction that every module's persistence unit joins, and commits once, before the answer
 * leaves. An error answer rolls the whole act back, whichever module failed; a commit that fails
 * turns a success into the problem that explains it, so the caller is never told "done" for
 * something the database did not keep.
 *
 * <p>The coordination begun with the transaction makes each persistence unit use one entity manager
 * for the whole act (Aries JPA binds it to the outermost coordination), so a module reads what it
 * wrote earlier in the same act.
 *
 * <p>It runs after the access filter: a refused caller never opens a transaction.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsName(Api.TRANSACTION)
@JaxrsApplicationSelect(Api.SELECT)
@Priority(Priorities.USER)
public class ActTransaction implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Logger LOG = LoggerFactory.getLogger(ActTransaction.class);
  private static final Logger AUDIT = LoggerFactory.getLogger("org.govmeeting.audit");
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String COORDINATION = ActTransaction.class.getName() + ".coordination";
  private static final String READING = ActTransaction.class.getName() + ".reading";

  private final TransactionManager transactions;
  private final Coordinator coordinator;
  private final Modules modules;
  private final ProblemMapper problems;

  /**
   * Optional, so that the API is served while the outbox cannot start (its database is
   * unreachable); a write is then refused with 503 before anything runs.
   */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile Outbox outbox;

  @Context HttpServletRequest servletRequest;
  @Context ResourceInfo resource;

  @Activate
  public ActTransaction(
      @Reference TransactionManager transactions,
      @Reference Coordinator coordinator,
      @Reference Modules modules) {
    this.transactions = transactions;
    this.coordinator = coordinator;
    this.modules = modules;
    this.problems = new ProblemMapper(modules);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!WRITES.contains(request.getMethod()) || writesNothing()) {
      if (readsAcrossModules()) {
        discardLeftover();
        request.setProperty(READING, begin("govmeeting.reading"));
      }
      return;
    }
    if (outbox == null) {
      ApiGate.leaveBodyUnread(servletRequest);
      request.abortWith(
          modules.missing(request.getAcceptableLanguages(), "events", Outbox.class).toResponse());
      return;
    }
    discardLeftover();
    ProblemMapper.TRANSIENT.remove();
    request.setProperty(COORDINATION, begin("govmeeting.act"));
  }

  private Coordination begin(String name) {
    Coordination c = coordinator.begin(name, 0);
    try {
      transactions.begin();
    } catch (Exception e) {
      c.end();
      throw new IllegalStateException("cannot begin the transaction of " + name, e);
    }
    return c;
  }

  private boolean writesNothing() {
    try {
      java.lang.reflect.Method m = resource == null ? null : resource.getResourceMethod();
      return m != null && m.isAnnotationPresent(WritesNothing.class);
    } catch (RuntimeException outsideARequest) {
      return false;
    }
  }

  private boolean readsAcrossModules() {
    try {
      java.lang.reflect.Method m = resource == null ? null : resource.getResourceMethod();
      return m != null && m.isAnnotationPresent(ReadsAcrossModules.class);
    } catch (RuntimeException outsideARequest) {
      return false; // unit tests: no resource matched
    }
  }

  /**
   * A reading ends as every module's own read does: committed, which writes nothing since it wrote
   * nothing. Not rolled back: Derby's XA resource answers the end of a rolled-back branch with
   * XA_RBROLLBACK, which the transaction manager logs as a warning with its stack trace, and
   * rendering that trace on every inbox read held the other request threads on a class loader's
   * lock (the inbox answered 400 requests a second; see BENCHMARKS.md). A reading whose transaction
   * a module marked for rollback is rolled back.
   */
  private void endReading(Coordination reading) {
    try {
      int status = transactions.getStatus();
      if (status == Status.STATUS_ACTIVE) {
        transactions.commit();
      } else if (status != Status.STATUS_NO_TRANSACTION) {
        transactions.rollback();
      }
    } catch (Exception e) {
      LOG.warn("could not end a reading's transaction", e);
    } finally {
      endQuietly(reading);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Coordination reading = (Coordination) request.getProperty(READING);
    if (reading != null) {
      request.removeProperty(READING);
      endReading(reading);
      return;
    }
    Coordination act = (Coordination) request.getProperty(COORDINATION);
    if (act == null) {
      return;
    }
    request.removeProperty(COORDINATION);
    try {
      if (response.getStatus() >= 400) {
        transactions.rollback();
      } else if (transactions.getStatus() == Status.STATUS_ACTIVE) {
        transactions.commit();
        audit(request, response);
      } else {
        // A module marked the act for rollback and still answered success: a defect, but the
        // caller must not be told that something was kept.
        transactions.rollback();
        replace(
            response,
            problems
                .problem(
                    new IllegalStateException(
                        request.getMethod()
                            + " "
                            + request.getUriInfo().getPath()
                            + " succeeded in a transaction marked for rollback"))
                .toResponse());
      }
    } catch (Exception e) {
      // The flush at commit is where a module's write meets the database's constraints: nothing
      // of the act was kept, and the caller learns why.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      LOG.debug("act rolled back at commit: {}", cause.toString());
      replace(response, problems.problem(cause, request.getAcceptableLanguages()).toResponse());
    } finally {
      endQuietly(act);
      if (Boolean.TRUE.equals(ProblemMapper.TRANSIENT.get())) {
        // Rolled back whole for a lock conflict that passes: ActRetry runs the act again.
        ProblemMapper.TRANSIENT.remove();
        if (servletRequest != null) {
          servletRequest.setAttribute(ActRetry.TRANSIENT, Boolean.TRUE);
        }
      }
    }
    // What the act told other modules takes effect before the caller hears back (a decision's
    // tasks exist when the decision is answered); what fails here stays for redelivery.
    Outbox delivering = outbox;
    if (delivering != null) {
      delivering.deliverCommitted();
    }
  }

  /**
   * One line per act that changed the record (data/log/audit.log): who, in which roles, what
   * (method and path, which name the record), and what it made (the status and a created record's
   * location).
   */
  private static void audit(ContainerRequestContext request, ContainerResponseContext response) {
    String who = "-";
    String roles = "-";
    if (request.getSecurityContext() instanceof AccessFilter.ActorSecurityContext a) {
      who = a.actor().personId();
      roles = a.actor().roles().toString();
    }
    Object location = response.getHeaders().getFirst("Location");
    AUDIT.info(
        "act {} /api/{} by {} {} -> {}{}",
        request.getMethod(),
        request.getUriInfo().getPath(),
        who,
        roles,
        response.getStatus(),
        location == null ? "" : " " + location);
  }

  private static void replace(ContainerResponseContext response, Response problem) {
    response.getHeaders().clear();
    response.setStatus(problem.getStatus());
    response.setEntity(problem.getEntity(), null, problem.getMediaType());
    problem.getHeaders().forEach((k, v) -> response.getHeaders().put(k, v));
  }

  /**
   * A request thread that still carries a transaction means an earlier act escaped its response
   * filter (a failure outside JAX-RS); it must not leak into this one.
   */
  private void discardLeftover() {
    try {
      if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
        LOG.warn("a request thread still carried a transaction; rolled it back");
        transactions.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      LOG.warn("could not clear a leftover transaction", e);
    }
    for (int i = 0; i < 16 && coordinator.peek() != null; i++) {
      Coordination c = coordinator.peek();
      LOG.warn("a request thread still carried coordination {}; ended it", c.getName());
      c.fail(new IllegalStateException("left over from an earlier request"));
      endQuietly(c);
    }
  }

  private static void endQuietly(Coordination c) {
    try {
      c.end();
    } catch (RuntimeException e) {
      LOG.warn("could not end coordination {}", c.getName(), e);
    }
  }
}
