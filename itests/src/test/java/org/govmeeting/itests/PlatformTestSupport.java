package org.govmeeting.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.EnumSet;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The one Pax Exam set-up of the project: it boots the distribution this build assembled (not a
 * stock Karaf with our features added), on free ports, once for all test classes of the run.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class PlatformTestSupport {
  static final String PORT_PROPERTY = "govmeeting.itest.port";

  @Inject protected BundleContext bundleContext;
  @Inject protected FeaturesService features;

  protected Http http;

  /** Set once the container has settled; the suite shares one container. */
  private static volatile boolean settled;

  @Configuration
  public Option[] config() throws IOException {
    String distribution = System.getProperty("govmeeting.distribution");
    if (distribution == null || !new File(distribution).isFile()) {
      throw new IllegalStateException(
          "govmeeting.distribution must name the built tar.gz, not " + distribution);
    }
    String httpPort = String.valueOf(freePort());
    // -Dgovmeeting.itest.keep=true keeps target/exam/<run> with the container's log for a look.
    Option keep =
        Boolean.getBoolean("govmeeting.itest.keep")
            ? org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder()
            : org.ops4j.pax.exam.CoreOptions.composite();
    return new Option[] {
      keep,
      // -Dgovmeeting.itest.jdbc.url=jdbc:postgresql://... runs the suite on PostgreSQL.
      Database.options(Database.suite()),
      // A lock timeout in Derby then logs who held what (data/log/derby.log).
      editConfigurationFilePut("etc/system.properties", "derby.locks.monitor", "true"),
      editConfigurationFilePut("etc/system.properties", "derby.locks.deadlockTrace", "true"),
      karafDistributionConfiguration()
          .frameworkUrl(new File(distribution).toURI().toString())
          .karafVersion(System.getProperty("govmeeting.karaf.version", "4.4.10"))
          .name("govmeeting")
          .unpackDirectory(new File("target/exam"))
          .useDeployFolder(false),
      configureConsole().ignoreLocalConsole(),
      logLevel(LogLevel.WARN),
      systemTimeout(120_000),
      vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
      // Pax Exam adds its own features to the boot; they must not refresh (restart) ours.
      editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "autoRefresh", "false"),
      editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
      editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, httpPort),
      editConfigurationFilePut(
          "etc/system.properties",
          "govmeeting.policy.template",
          System.getProperty("govmeeting.policy.template", "")),
      // ContractIT compares the live API description with the build's and writes it for CI.
      editConfigurationFilePut(
          "etc/system.properties", ContractIT.BUILT, System.getProperty(ContractIT.BUILT, "")),
      editConfigurationFilePut(
          "etc/system.properties", ContractIT.LIVE, System.getProperty(ContractIT.LIVE, "")),
      editConfigurationFilePut(
          "etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
      // LdapIT: without slapd it is skipped, unless this says it must run (.ci/run does).
      editConfigurationFilePut(
          "etc/system.properties",
          "govmeeting.ldap.required",
          System.getProperty("govmeeting.ldap.required", "false")),
      // The tests log in with the demo accounts; said here, not left to the shipped default.
      editConfigurationFilePut("etc/org.govmeeting.rest.cfg", "demoAccounts", "true"),
      // Every test calls from 127.0.0.1: the address's own lockout (LoginThrottleTest) must not
      // stop the suite after the wrong passwords some tests send on purpose.
      editConfigurationFilePut("etc/org.govmeeting.rest.cfg", "failuresPerAddress", "1000"),
    };
  }

  @Before
  public void awaitPlatform() throws InterruptedException {
    http = new Http(Integer.getInteger(PORT_PROPERTY));
    if (!settled) {
      awaitSettledBundles(Duration.ofSeconds(30));
      http.await(Duration.ofSeconds(60));
      settled = true;
    }
  }

  /** Waits while any bundle is starting or stopping, so tests never run during a restart. */
  private void awaitSettledBundles(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      boolean quiet = true;
      for (Bundle b : bundleContext.getBundles()) {
        if (b.getState() == Bundle.STARTING || b.getState() == Bundle.STOPPING) {
          quiet = false;
          break;
        }
      }
      if (quiet) {
        return;
      }
      Thread.sleep(100);
    }
  }

  /**
   * Installs a feature the way the tests must: without refreshing bundles that are already running,
   * so a test never restarts half the platform behind the others' backs.
   */
  protected void install(String feature) throws Exception {
    features.installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
  }

  /** Asserts the status of an answer. */
  protected static void ok(Http.Answer a, int status) {
    org.junit.Assert.assertEquals(a.toString(), status, a.status);
  }

  /** Asserts a problem answer: its status, its media type and, if given, the clause it names. */
  protected static void assertProblem(Http.Answer a, int status, String clause) {
    org.junit.Assert.assertEquals(a.toString(), status, a.status);
    org.junit.Assert.assertTrue(a.toString(), a.contentType.startsWith("application/problem+json"));
    if (clause != null) {
      org.junit.Assert.assertEquals(a.toString(), clause, a.json().path("clause").asText());
    }
  }

  /** A topic of the given unit, submitted and signed through its whole chain, for a meeting. */
  protected static long readyTopic(
      Scenario s, String user, String unit, String name, long meeting) {
    com.fasterxml.jackson.databind.node.ObjectNode form =
        Scenario.form(name, "T3", Scenario.HEADS.get(unit));
    form.put("meetingId", meeting);
    long topic = s.create(user, form);
    ok(s.submit(user, topic), 200);
    s.signAll(topic, unit);
    return topic;
  }

  /**
   * A port free now, below the kernel's ephemeral range (32768 and up on Linux): a port of that
   * range, as {@code new ServerSocket(0)} gives, can be taken by any outgoing connection before the
   * Karaf it is meant for binds it (StockKarafIT's ssh port was).
   */
  static int freePort() throws IOException {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = 20_000 + random.nextInt(12_000);
      try (ServerSocket s = new ServerSocket(port)) {
        return s.getLocalPort();
      } catch (IOException taken) {
        // another one
      }
    }
    throw new IOException("no free port between 20000 and 32000");
  }
}
