package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Readiness as the balancer and the administrator see it (issue 17, item 2): every check of the
 * platform passes on a healthy node, and one that fails takes the node out (503) until it passes.
 */
public class HealthIT extends PlatformTestSupport {
  @Inject HealthCheckExecutor executor;
  @Inject ConfigurationAdmin configAdmin;

  private Map<String, Result.Status> checks() {
    Map<String, Result.Status> out = new TreeMap<>();
    for (HealthCheckExecutionResult r : executor.execute(HealthCheckSelector.tags("govmeeting"))) {
      out.put(r.getHealthCheckMetadata().getName(), r.getHealthCheckResult().getStatus());
    }
    return out;
  }

  @Test
  public void everyCheckOfThePlatformPassesOnAHealthyNode() {
    Map<String, Result.Status> checks = checks();
    for (String name :
        new String[] {
          "govmeeting storage",
          "govmeeting modules",
          "govmeeting policy",
          "govmeeting disk",
          "govmeeting outbox",
          "govmeeting demo passwords"
        }) {
      assertEquals(checks.toString(), Result.Status.OK, checks.get(name));
    }
    assertEquals(200, http.send("GET", "/health", null, null, null, null).status);
  }

  @Test
  public void aNodeShortOfDiskIsNotReadyUntilItHasEnough() throws Exception {
    Configuration c = configAdmin.getConfiguration("org.govmeeting.health", null);
    Dictionary<String, Object> tight = new Hashtable<>();
    tight.put("minFreeMiB", Integer.MAX_VALUE);
    c.update(tight);
    try {
      assertTrue(waitFor(503));
    } finally {
      c.delete();
    }
    assertTrue("ready again", waitFor(200));
  }

  private boolean waitFor(int status) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (http.send("GET", "/health", null, null, null, null).status == status) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }
}
