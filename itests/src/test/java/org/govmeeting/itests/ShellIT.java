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

  private String run(String command) throws Exception {
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
    result.get(30, TimeUnit.SECONDS);
    out.flush();
    session.close();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  public void administratorsListAndSwitchPolicies() throws Exception {
    String policies = run("meeting:policies");
    assertTrue(policies, policies.contains("qianjin") && policies.contains("2021.3"));
    String refused = run("meeting:policy-select nowhere");
    assertTrue(refused, refused.contains("No policy for 'nowhere'"));
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
    String notified = run("meeting:notify " + meeting);
    assertTrue(notified, notified.contains("notices for meeting " + meeting));
    assertEquals(
        "NOTIFIED", http.get("meetings/" + meeting, "xie.yu").json().get("status").asText());
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
    byte[] zip = Files.readAllBytes(file);
    assertTrue(zip.length > 1000 && zip[0] == 'P' && zip[1] == 'K');
  }
}
