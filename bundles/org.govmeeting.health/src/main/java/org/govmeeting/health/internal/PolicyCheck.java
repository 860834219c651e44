package org.govmeeting.health.internal;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.govmeeting.api.error.UnavailableException;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.policy.Policy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * A policy is installed for the active district: without one every submission fails (503), so the
 * node is not ready. A district switched to one whose bundle is missing shows here at once.
 */
@Component(
    service = HealthCheck.class,
    property = {
      HealthCheck.NAME + "=govmeeting policy",
      HealthCheck.TAGS + "=govmeeting",
      HealthCheck.TAGS + "=policy"
    })
public class PolicyCheck implements HealthCheck {
  /** Dynamic: the review module and the policy it selects come and go at run time. */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile ActivePolicy active;

  @Override
  public Result execute() {
    FormattingResultLog log = new FormattingResultLog();
    ActivePolicy a = active;
    if (a == null) {
      log.critical("the review module is not running: no policy can be asked");
      return new Result(log);
    }
    try {
      Policy p = a.get();
      log.info("policy {} {} is active", p.district(), p.version());
    } catch (UnavailableException e) {
      log.critical("no policy for the active district: {}", e.getMessage());
    }
    return new Result(log);
  }
}
