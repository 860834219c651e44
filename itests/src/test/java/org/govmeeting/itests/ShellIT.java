package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;

/** The meeting: commands, as an administrator types them in the Karaf console. */
public class ShellIT extends PlatformTestSupport {
  @Inject SessionFactory sessions;

  /** What a command printed; it must succeed. */
  private String run(String command) throws Exception {
    return execute(command, true);
  }

  /**
   * What a command that must fail printed and the error Karaf shows for it ("Error executing
   * command: …"), which makes bin/client and ssh end with a non-zero status.
   */
  private String fails(String command) throws Exception {
    return execute(command, false);
  }

  private String execute(String command, boolean succeeds) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
    session.put("USER", "karaf");
    Subject admin = new Subject();
    admin.getPrincipals().add(new UserPrincipal("karaf"));
    // The roles of Karaf's admingroup, as the console administrator holds them.
    for (String role : new String[] {"admin", "manager", "viewer", "systembundles", "ssh"}) {
      admin.getPrincipals().add(new RolePrincipal(role));
    }
    Future<Object> result =
        Executors.newSingleThreadExecutor()
            .submit(
                () ->
                    Subject.doAs(
                        admin, (PrivilegedExceptionAction<Object>) () -> session.execute(command)));
    String error = null;
    try {
      result.get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      error = String.valueOf(e.getCause().getMessage());
    }
    out.flush();
    session.close();
    String printed = bytes.toString(StandardCharsets.UTF_8);
    if (succeeds && error != null) {
      throw new AssertionError(command + " failed: " + error + "\n" + printed);
    }
    if (!succeeds && error == null) {
      throw new AssertionError(command + " did not fail:\n" + printed);
    }
    return error == null ? printed : printed + error;
  }

  @Test
  public void administratorsListAndSwitchPolicies() throws Exception {
    String policies = run("meeting:policies");
    assertTrue(policies, policies.contains("qianjin") && policies.contains("2021.3"));
    String refused = fails("meeting:policy-select nowhere");
    assertTrue(refused, refused.contains("no policy for 'nowhere' is installed"));
    assertTrue(
        "names the feature to install",
        refused.contains("feature:install govmeeting-policy-nowhere"));
    String selected = run("meeting:policy-select qianjin");
    assertTrue(selected, selected.contains("Active district: qianjin"));
  }

  @Test
  public void aDistrictsOwnPolicyFromTheTemplateIsInstalledAndSelected() throws Exception {
    // The README of examples/policy-template, step 3, typed into the console.
    String jar = System.getProperty("govmeeting.policy.template");
    String installed = run("bundle:install -s file:" + jar);
    assertTrue(installed, installed.contains("Bundle ID"));
    long bundle = Long.parseLong(installed.replaceAll("(?s).*Bundle ID: *(\\d+).*", "$1"));
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      String policies;
      do {
        policies = run("meeting:policies");
      } while (!policies.contains("yourdistrict") && System.nanoTime() < deadline);
      assertTrue(policies, policies.contains("yourdistrict"));
      run("meeting:policy-select yourdistrict");
      Scenario s = new Scenario(http);
      com.fasterxml.jackson.databind.node.ObjectNode form =
          Scenario.form("按本区规则审核的议题", "T8", "luo.ping");
      long topic = s.create("xie.yu", form);
      String district = "";
      for (int i = 0; i < 100 && !district.equals("yourdistrict"); i++) {
        if (http.get("topics/" + topic, "xie.yu").json().get("status").asText().equals("DRAFT")) {
          Http.Answer a = s.submit("xie.yu", topic);
          if (a.status == 200) {
            district = s.chain(topic).get("policyDistrict").asText();
            break;
          }
        }
        Thread.sleep(50);
      }
      assertEquals("yourdistrict", district);
      assertTrue(s.chain(topic).toString().contains("AUDIT_HEAD"));
    } finally {
      run("meeting:policy-select qianjin");
      run("bundle:uninstall " + bundle);
    }
  }

  @Test
  public void administratorsSeeMeetingsAndChains() throws Exception {
    Scenario s = new Scenario(http);
    long meeting = s.meeting(Duration.ofDays(33), Duration.ofDays(6));
    long topic = readyTopic(s, "xie.yu", "EDUCATION", "控制台查看的议题", meeting);
    String meetings = run("meeting:meetings --status PLANNED");
    assertTrue(meetings, meetings.contains(String.valueOf(meeting)));
    String chain = run("meeting:chain " + topic);
    assertTrue(
        chain, chain.contains("COMPLETE") && chain.contains("F8") && chain.contains("chen.jing"));
    // The read commands answer for a district named, the first one by default, in its zone.
    String qianjin = run("meeting:meetings --district qianjin --status PLANNED");
    assertTrue(qianjin, qianjin.contains(String.valueOf(meeting)) && qianjin.contains("+08:00"));
    java.nio.file.Path roster = Files.createTempFile("huanan", ".tsv");
    Files.writeString(
        roster,
        "unit\tOFFICE\tOFFICE\t桦南县政府办公室\tGovernment Office\thn.office\t-\n"
            + "person\thn.office\tOFFICE\t桦南县办公室\t主任\tOFFICE_DIRECTOR\n");
    if (!run("meeting:districts").contains("huanan")) {
      run("meeting:district-add huanan 桦南县 " + roster);
    }
    String other = run("meeting:meetings --district huanan");
    assertTrue(other, other.contains("No meetings yet"));
    String hidden = fails("meeting:chain --district huanan " + topic);
    assertTrue(hidden, hidden.contains("topic " + topic + " does not exist"));
    // The active policy tried on the meeting's topics: it built their chains, so nothing differs
    String tried = run("meeting:policy-dry-run qianjin 2021.3 " + meeting);
    assertTrue(tried, tried.contains(topic + " 控制台查看的议题: 不变 / unchanged"));
    assertTrue(tried, tried.contains("0 of 1 topics would differ (nothing written)"));
    String none = fails("meeting:policy-dry-run nowhere 1.0 " + meeting);
    assertTrue(none, none.contains("nowhere 1.0"));
    String notified = run("meeting:notify " + meeting);
    assertTrue(notified, notified.contains("notices for meeting " + meeting));
    assertEquals(
        "NOTIFIED", http.get("meetings/" + meeting, "xie.yu").json().get("status").asText());
    // Done as the console's system person of the Office, and recorded as such.
    String audit = log("audit.log");
    assertTrue(
        audit,
        audit.contains(
            "act meeting:notify "
                + meeting
                + " by system.console [OFFICE_STAFF] at the console"
                + " of karaf -> "));
    boolean byTheSystemPerson = false;
    for (JsonNode n : http.get("notices", "li.jianguo").json()) {
      byTheSystemPerson |=
          n.path("meetingId").asLong() == meeting
              && n.path("sentBy").asText().equals("system.console");
    }
    assertTrue("the mayor's notice names who sent it", byTheSystemPerson);
  }

  @Test
  public void aBadIdOrStateFailsWithAClearMessage() throws Exception {
    String chain = fails("meeting:chain 999999");
    assertTrue(chain, chain.contains("议题 999999 不存在 / topic 999999 does not exist"));
    String notify = fails("meeting:notify 999999");
    assertTrue(notify, notify.contains("999999") && notify.contains("does not exist"));
    String archive = fails("meeting:archive-export 999999 " + Files.createTempFile("a", ".zip"));
    assertTrue(archive, archive.contains("999999"));
    String nowhere = fails("meeting:meetings --district nowhere");
    assertTrue(nowhere, nowhere.contains("serves no district 'nowhere'; it serves qianjin"));
    String status = fails("meeting:meetings --status FOO");
    assertTrue(status, status.contains("no meeting status 'FOO'; one of [PLANNED,"));
    // A draft has no chain yet: said, not an error.
    Scenario s = new Scenario(http);
    long draft = s.create("xie.yu", Scenario.form("尚未提交的议题", "T3", "luo.ping"));
    String none = run("meeting:chain " + draft);
    assertTrue(none, none.contains("has no review chain yet: it is DRAFT"));
  }

  /**
   * A system person the directory does not have, or not of the Office, fails the act, saying so.
   */
  @Test
  public void officeActsNeedTheSystemPersonToBeOfTheOffice() throws Exception {
    Scenario s = new Scenario(http);
    long meeting = s.meeting(Duration.ofDays(34), Duration.ofDays(6));
    // An act on no meeting changes nothing whoever does it: it tells when the console has taken
    // the new setting (Configuration Admin hands it on asynchronously).
    String probe = "meeting:archive-export 999999 " + Files.createTempFile("none", ".zip");
    try {
      run("config:property-set -p org.govmeeting.shell systemPerson nobody.here");
      awaitFailure(probe, "nobody.here");
      String missing = fails("meeting:notify " + meeting);
      assertTrue(
          missing, missing.contains("'nobody.here' is not in the directory: set systemPerson"));
      run("config:property-set -p org.govmeeting.shell systemPerson xie.yu");
      awaitFailure(probe, "xie.yu");
      String clerk = fails("meeting:notify " + meeting);
      assertTrue(clerk, clerk.contains("'xie.yu' holds no role of the Office"));
      assertEquals(
          "nothing was sent",
          "PLANNED",
          http.get("meetings/" + meeting, "xie.yu").json().get("status").asText());
    } finally {
      run("config:property-set -p org.govmeeting.shell systemPerson system.console");
    }
    awaitFailure(probe, "does not exist");
    String sent = run("meeting:notify " + meeting);
    assertTrue(sent, sent.contains("notices for meeting " + meeting));
  }

  /** The failure of a command once it names {@code naming} (within 10 s). */
  private String awaitFailure(String command, String naming) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      last = fails(command);
      if (last.contains(naming)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(command + ": " + last);
  }

  /**
   * As an administrator mistypes at the console: each bad value is refused with one ERROR line
   * naming it, and the module keeps its last good setting and keeps answering.
   */
  @Test
  public void aBadSettingIsRefusedAndTheModuleKeepsAnswering() throws Exception {
    String pid = "org.govmeeting.supervision";
    try {
      run("config:property-set -p " + pid + " dueSoonDays abc");
      String line = awaitLog("setting dueSoonDays = abc refused");
      assertTrue(line, line.contains("ERROR"));
      assertTrue(line, line.contains("(must be a whole number of at least 0); keeping 7"));
      // The module takes its configuration again (its components restart, a moment), and
      // answers: before, "abc" left its endpoints answering 503 until a restart.
      answers("tasks", "chen.jing");
      answers("me/inbox", "luo.ping");
      run("config:property-set -p " + pid + " dueSoonDays -5");
      awaitLog("setting dueSoonDays = -5 refused");
      answers("tasks", "chen.jing");
      assertEquals(
          "one line however many components read it",
          1,
          count(log("karaf.log"), "setting dueSoonDays = abc refused"));
      assertEquals(java.util.List.of(), failedComponents());

      run("config:property-set -p org.govmeeting.review activeDistrict nowhere");
      awaitLog("setting activeDistrict = nowhere refused (must be one of");
      String policies = run("meeting:policies");
      assertTrue("qianjin stays active: " + policies, policies.matches("(?s).*qianjin.*\\*.*"));
    } finally {
      run("config:property-set -p " + pid + " dueSoonDays 7");
      run("config:property-set -p org.govmeeting.review activeDistrict qianjin");
    }
    // Settled before the next class.
    answers("tasks", "chen.jing");
    answers("people", "chen.jing");
  }

  /** Answers 200 within 10 s, and again five times in a row (the application may redeploy). */
  private void answers(String path, String user) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int good = 0;
    Http.Answer a = null;
    while (good < 5 && System.nanoTime() < deadline) {
      a = http.get(path, user);
      good = a.status == 200 ? good + 1 : 0;
      Thread.sleep(50);
    }
    assertEquals(String.valueOf(a), 5, good);
  }

  /** A non-number in etc/ at start-up (the suite boots with one) is refused before it is read. */
  @Test
  public void aBadSettingAtStartUpIsRefusedBeforeTheModuleReadsIt() throws Exception {
    String line = awaitLog("org.govmeeting.events: setting redeliverySeconds = abc refused");
    assertTrue(line, line.contains("using the default, 5"));
    assertEquals(java.util.List.of(), failedComponents());
    assertTrue(
        "the outbox is up",
        bundleContext.getServiceReference(org.govmeeting.api.event.Outbox.class) != null);
  }

  /** The web console's "Active district" offers the districts whose policy is installed. */
  @Test
  public void theActiveDistrictIsChosenAmongTheInstalledOnes() throws Exception {
    org.osgi.service.metatype.MetaTypeService metaTypes =
        bundleContext.getService(
            bundleContext.getServiceReference(org.osgi.service.metatype.MetaTypeService.class));
    org.osgi.framework.Bundle review =
        java.util.Arrays.stream(bundleContext.getBundles())
            .filter(b -> "org.govmeeting.review".equals(b.getSymbolicName()))
            .findFirst()
            .orElseThrow();
    org.osgi.service.metatype.ObjectClassDefinition ocd =
        metaTypes
            .getMetaTypeInformation(review)
            .getObjectClassDefinition("org.govmeeting.review", null);
    org.osgi.service.metatype.AttributeDefinition district =
        ocd.getAttributeDefinitions(org.osgi.service.metatype.ObjectClassDefinition.ALL)[0];
    assertEquals("activeDistrict", district.getID());
    assertTrue(
        java.util.Arrays.toString(district.getOptionValues()),
        java.util.Arrays.asList(district.getOptionValues()).contains("qianjin"));
    assertEquals("qianjin", district.getDefaultValue()[0]);
  }

  /** The platform's components that Felix SCR failed to activate. */
  private java.util.List<String> failedComponents() {
    org.osgi.service.component.runtime.ServiceComponentRuntime scr =
        bundleContext.getService(
            bundleContext.getServiceReference(
                org.osgi.service.component.runtime.ServiceComponentRuntime.class));
    java.util.List<String> failed = new java.util.ArrayList<>();
    for (var d : scr.getComponentDescriptionDTOs()) {
      if (!d.name.startsWith("org.govmeeting.")) {
        continue;
      }
      for (var c : scr.getComponentConfigurationDTOs(d)) {
        if (c.state
            == org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.FAILED_ACTIVATION) {
          failed.add(d.name + ": " + c.failure);
        }
      }
    }
    return failed;
  }

  private static String log(String name) throws java.io.IOException {
    return Files.readString(
        Path.of(System.getProperty("karaf.data"), "log", name), StandardCharsets.UTF_8);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** The karaf.log line that contains {@code part}, within 10 s. */
  private static String awaitLog(String part) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    do {
      for (String line : log("karaf.log").split("\n")) {
        if (line.contains(part)) {
          return line;
        }
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no line with " + part + " in karaf.log");
  }

  @Test
  public void administratorsExportAnArchive() throws Exception {
    JsonNode archives = http.get("archives", "chen.jing").json();
    if (archives.size() == 0) {
      return; // MinutesIT gathers one; this class may run alone
    }
    long meeting = archives.get(0).get("meetingId").asLong();
    Path file = Files.createTempFile("archive", ".zip");
    String out = run("meeting:archive-export " + meeting + " " + file);
    assertTrue(out, out.contains("Wrote"));
    assertTrue(
        log("audit.log").contains("act meeting:archive-export " + meeting + " by system.console"));
    byte[] zip = Files.readAllBytes(file);
    assertTrue(zip.length > 1000 && zip[0] == 'P' && zip[1] == 'K');
  }
}
