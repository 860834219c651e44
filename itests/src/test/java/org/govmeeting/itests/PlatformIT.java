package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** The distribution boots into the whole platform with nothing left unresolved. */
public class PlatformIT extends PlatformTestSupport {
  @Inject ServiceComponentRuntime scr;

  @Test
  public void everyBundleIsActive() {
    List<String> problems = new ArrayList<>();
    for (Bundle b : bundleContext.getBundles()) {
      boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
      int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
      if (b.getState() != expected) {
        problems.add(b.getSymbolicName() + " " + b.getVersion() + " state " + b.getState());
      }
    }
    assertTrue("bundles not active: " + problems, problems.isEmpty());
  }

  @Test
  public void everyPlatformComponentIsSatisfied() {
    int components = 0;
    List<String> problems = new ArrayList<>();
    for (Bundle b : bundleContext.getBundles()) {
      if (!b.getSymbolicName().startsWith("org.govmeeting.")) {
        continue;
      }
      for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
        components++;
        var configs = scr.getComponentConfigurationDTOs(d);
        if (configs.isEmpty()) {
          problems.add(d.name + " has no configuration");
        }
        for (ComponentConfigurationDTO c : configs) {
          if (c.state != ComponentConfigurationDTO.ACTIVE
              && c.state != ComponentConfigurationDTO.SATISFIED) {
            problems.add(d.name + " state " + c.state);
          }
        }
      }
    }
    assertTrue("components not satisfied: " + problems, problems.isEmpty());
    assertTrue("found only " + components + " components", components >= 7);
  }

  @Test
  public void platformFeaturesAreInstalledAtBoot() throws Exception {
    for (String f :
        List.of("govmeeting", "govmeeting-api", "govmeeting-directory", "govmeeting-rest")) {
      assertTrue(f + " not installed", features.isInstalled(features.getFeature(f)));
    }
  }

  @Inject org.osgi.service.cm.ConfigurationAdmin configAdmin;

  @Test
  public void badConfigurationIsRefusedWithALogLineNamingTheSetting() throws Exception {
    org.osgi.service.cm.Configuration c =
        configAdmin.getConfiguration("org.govmeeting.meeting.planner", null);
    java.util.Dictionary<String, Object> before = c.getProperties();
    java.util.Dictionary<String, Object> bad = new java.util.Hashtable<>();
    bad.put("defaultTimeLimitMinutes", 999);
    c.update(bad);
    try {
      java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("karaf.log"), "karaf.log");
      String expected =
          "org.govmeeting.meeting.planner: setting defaultTimeLimitMinutes = 999 refused";
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
      boolean logged = false;
      while (!logged && System.nanoTime() < deadline) {
        logged = java.nio.file.Files.readString(log).contains(expected);
        Thread.sleep(100);
      }
      assertTrue("no log line: " + expected, logged);
    } finally {
      if (before == null) {
        c.delete();
      } else {
        c.update(before);
      }
    }
    // The platform goes on answering with the default in force.
    http.await(java.time.Duration.ofSeconds(30));
  }

  @Test
  public void dataLivesInDerbyUnderTheDistributionsDataFolder() throws Exception {
    if (Database.suite() != null) {
      // Switched to PostgreSQL: the data source must be the configured one, not Derby.
      javax.sql.DataSource ds =
          bundleContext.getService(
              bundleContext
                  .getServiceReferences(javax.sql.DataSource.class, "(dataSourceName=govmeeting)")
                  .iterator()
                  .next());
      try (java.sql.Connection c = ds.getConnection()) {
        assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
      }
      return;
    }
    java.io.File derby = new java.io.File(System.getProperty("karaf.data"), "derby/govmeeting");
    assertTrue(derby + " missing", derby.isDirectory());
    assertFalse(new java.io.File(derby, "seg0").list().length == 0);
  }
}
