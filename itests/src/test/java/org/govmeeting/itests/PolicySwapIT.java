package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.govmeeting.itests.Http.Answer;
import org.govmeeting.itests.policy.RevisedQianjinActivator;
import org.govmeeting.itests.policy.RevisedQianjinPolicy;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Policies swapped while people keep submitting and reading topics: by configuration (another
 * district) and by bundle (a newer version of the same district installed, then removed). No
 * request may fail; each topic keeps the chain of the policy in force when it was submitted.
 */
public class PolicySwapIT extends PlatformTestSupport {
  @Inject ConfigurationAdmin configAdmin;

  /** Submissions made by the load, with the moment each started and the chain it got. */
  private record Submitted(
      long topic, String category, long startedNanos, String district, String version) {}

  private final List<Submitted> submitted = new CopyOnWriteArrayList<>();
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger requests = new AtomicInteger();

  private void load(String user, String category) {
    int n = 0;
    while (running.get() && n++ < 2000) {
      long started = System.nanoTime();
      try {
        ObjectNode form = Scenario.form("负载议题 " + n, category, "ma.qiang");
        Answer created = http.post("topics", user, form.toString());
        check(created, 201);
        long id = created.json().get("id").asLong();
        Answer sub = http.post("topics/" + id + "/submit", user, "");
        check(sub, 200);
        JsonNode chain = http.get("topics/" + id + "/reviews", user).json().get(0);
        submitted.add(
            new Submitted(
                id,
                category,
                started,
                chain.get("policyDistrict").asText(),
                chain.get("policyVersion").asText()));
        check(http.get("topics?unit=DEVREFORM&limit=20", user), 200);
        check(http.get("policies", user), 200);
      } catch (RuntimeException | AssertionError e) {
        failures.add(e.toString());
      }
    }
  }

  private void check(Answer a, int status) {
    requests.incrementAndGet();
    if (a == null || a.status != status) {
      failures.add(String.valueOf(a));
      throw new IllegalStateException("request failed: " + a);
    }
  }

  /** Waits until a submission that started after {@code since} got the expected policy. */
  private long awaitPolicy(long since, String district, String version)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      for (Submitted s : submitted) {
        if (s.startedNanos > since && s.district.equals(district) && s.version.equals(version)) {
          return s.startedNanos;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no submission followed " + district + " " + version);
  }

  private void setDistrict(String district) throws IOException {
    Configuration c = configAdmin.getConfiguration("org.govmeeting.review", null);
    Dictionary<String, Object> p =
        c.getProperties() == null ? new Hashtable<>() : c.getProperties();
    p.put("activeDistrict", district);
    c.update(p);
  }

  @Test
  public void policiesSwapUnderLoadWithoutFailingARequest() throws Exception {
    Thread a = new Thread(() -> load("lin.na", "T8"), "load-a");
    Thread b = new Thread(() -> load("ma.qiang", "T3"), "load-b");
    a.start();
    b.start();
    Map<String, Long> swapMillis = new ConcurrentHashMap<>();
    try {
      long start = System.nanoTime();
      awaitPolicy(start, "qianjin", "2021.3");

      // 1. By configuration: install Dongfeng's bundle, then select it in etc/.
      features.installFeature(
          "govmeeting-policy-dongfeng", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
      // A district is refused until its policy is there (the settings guard keeps the last
      // good one): select it once it is listed.
      long listed = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
      while (!http.get("policies", "li.jianguo").body.contains("dongfeng")
          && System.nanoTime() < listed) {
        Thread.sleep(20);
      }
      // A district tries Dongfeng's rules on past topics before it selects them; nothing written.
      // rule: T8 — Dongfeng would have had the Audit Bureau review an asset matter Qianjin let by
      Submitted past = null;
      long found = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
      while (past == null && System.nanoTime() < found) {
        past =
            submitted.stream()
                .filter(x -> x.district().equals("qianjin") && x.category().equals("T8"))
                .findFirst()
                .orElse(null);
        Thread.sleep(past == null ? 20 : 0);
      }
      org.junit.Assert.assertNotNull("no asset matter submitted under Qianjin", past);
      String named = "{\"topicIds\":[" + past.topic() + "]}";
      assertProblem(http.post("policies/dongfeng/2024.1/dry-run", "xie.yu", named), 403, null);
      assertProblem(http.post("policies/dongfeng/9.9/dry-run", "chen.jing", named), 404, null);
      Answer tried = http.post("policies/dongfeng/2024.1/dry-run", "chen.jing", named);
      ok(tried, 200);
      JsonNode d = tried.json().get(0);
      assertEquals(tried.body, "qianjin 2021.3", d.get("actualPolicy").asText());
      assertTrue(tried.body, d.get("changed").asBoolean());
      assertTrue(tried.body, d.get("added").toString().contains("AUDIT_HEAD/DF-1"));
      // The same over a period: every topic submitted today, the asset matter among them
      String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
      Answer period =
          http.post(
              "policies/dongfeng/2024.1/dry-run",
              "chen.jing",
              "{\"from\":\"" + today + "\",\"to\":\"" + today + "\"}");
      ok(period, 200);
      boolean inPeriod = false;
      for (JsonNode t : period.json()) {
        inPeriod |= t.get("topicId").asLong() == past.topic() && t.get("changed").asBoolean();
      }
      assertTrue(period.body, inPeriod);
      assertProblem(
          http.post(
              "policies/dongfeng/2024.1/dry-run", "chen.jing", "{\"from\":\"" + today + "\"}"),
          400,
          null);
      // rule: C1 M2 — Dongfeng's rules on a Qianjin meeting itself: its lead time, its quorum
      long meeting = new Scenario(http).meeting(Duration.ofDays(12), Duration.ofDays(4));
      assertProblem(
          http.get("policies/dongfeng/2024.1/dry-run/meetings/" + meeting, "xie.yu"), 403, null);
      assertProblem(
          http.get("policies/dongfeng/2024.1/dry-run/meetings/99999999", "chen.jing"), 404, null);
      Answer onMeeting =
          http.get("policies/dongfeng/2024.1/dry-run/meetings/" + meeting, "chen.jing");
      ok(onMeeting, 200);
      JsonNode verdicts = onMeeting.json();
      assertEquals(onMeeting.body, "qianjin 2021.3", verdicts.get("actualPolicy").asText());
      assertEquals(2, verdicts.get("leadDays").asInt());
      assertEquals(3, verdicts.get("leadDaysUnderPolicy").asInt());
      assertTrue(onMeeting.body, verdicts.get("changes").get(0).asText().contains("提前3天送达"));
      assertTrue(onMeeting.body, verdicts.get("changed").asBoolean());
      // rule: C1 T8 — where the two districts' rules disagree, as their legal offices read it
      Answer diff = http.get("policies/diff?a=qianjin:2021.3&b=dongfeng:2024.1", "chen.jing");
      ok(diff, 200);
      assertTrue(
          diff.body,
          diff.json().get("thresholds").toString().contains("quorum (C1) at 3 of 6: A yes, B no"));
      assertTrue(diff.body, diff.json().get("scenarios").toString().contains("AUDIT_HEAD/DF-1"));
      assertTrue(
          diff.body,
          diff.json().get("thresholdsZh").toString().contains("法定人数（C1）6名组成人员中3名出席：甲可以开会，乙不可以"));
      // The same for the legal office on paper: the house style's PDF/A.
      Answer pdf = http.get("policies/diff.pdf?a=qianjin:2021.3&b=dongfeng:2024.1", "chen.jing");
      ok(pdf, 200);
      assertTrue(pdf.contentType, pdf.contentType.startsWith("application/pdf"));
      assertTrue(pdf.body.startsWith("%PDF-"));
      assertProblem(
          http.get("policies/diff.pdf?a=qianjin:2021.3&b=nowhere:1", "chen.jing"), 404, null);
      assertProblem(http.get("policies/diff?a=qianjin&b=dongfeng:2024.1", "chen.jing"), 400, null);
      assertProblem(
          http.get("policies/diff?a=qianjin:2021.3&b=dongfeng:2024.1", "xie.yu"), 403, null);
      Answer same = http.post("policies/qianjin/2021.3/dry-run", "chen.jing", named);
      assertEquals(same.body, false, same.json().get(0).get("changed").asBoolean());
      assertEquals(
          "nothing written",
          "qianjin",
          http.get("topics/" + past.topic() + "/reviews", "li.jianguo")
              .json()
              .get(0)
              .get("policyDistrict")
              .asText());
      long t1 = System.nanoTime();
      setDistrict("dongfeng");
      long seen1 = awaitPolicy(t1, "dongfeng", "2024.1");
      swapMillis.put("config to dongfeng", (seen1 - t1) / 1_000_000);

      long t2 = System.nanoTime();
      setDistrict("qianjin");
      long seen2 = awaitPolicy(t2, "qianjin", "2021.3");
      swapMillis.put("config back to qianjin", (seen2 - t2) / 1_000_000);
      features.uninstallFeature(
          "govmeeting-policy-dongfeng", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));

      // 2. By bundle: a newer Qianjin policy arrives, then is removed again.
      long t3 = System.nanoTime();
      Bundle revised = bundleContext.installBundle("revised-qianjin", revisedPolicyBundle());
      revised.start();
      long seen3 = awaitPolicy(t3, "qianjin", RevisedQianjinPolicy.VERSION);
      swapMillis.put("bundle install", (seen3 - t3) / 1_000_000);
      long t4 = System.nanoTime();
      revised.uninstall();
      long seen4 = awaitPolicy(t4, "qianjin", "2021.3");
      swapMillis.put("bundle uninstall", (seen4 - t4) / 1_000_000);
      Thread.sleep(300);
    } finally {
      running.set(false);
      a.join(60_000);
      b.join(60_000);
      setDistrict("qianjin");
    }
    System.out.println(
        "policy swap, first submission under the new policy after (ms): "
            + swapMillis
            + "; requests: "
            + requests.get()
            + "; failed: "
            + failures.size());

    assertEquals("failed requests: " + failures, Collections.emptyList(), failures);
    assertTrue("load too small: " + submitted.size(), submitted.size() >= 20);
    for (String swap : swapMillis.keySet()) {
      assertTrue(swap + " took " + swapMillis.get(swap) + " ms", swapMillis.get(swap) < 5_000);
    }
    // Chains keep the policy that built them, whatever came later.
    for (Submitted s : submitted) {
      JsonNode chain = http.get("topics/" + s.topic + "/reviews", "li.jianguo").json().get(0);
      assertEquals(s.district, chain.get("policyDistrict").asText());
      assertEquals(s.version, chain.get("policyVersion").asText());
      boolean audit = chain.get("steps").toString().contains("AUDIT_HEAD");
      boolean justice = chain.get("steps").toString().contains("JUSTICE_HEAD");
      // rule: T8 — only Dongfeng has the Audit Bureau review asset and land matters
      assertEquals(
          chain.toString(), s.district.equals("dongfeng") && s.category.equals("T8"), audit);
      assertEquals(chain.toString(), s.version.equals(RevisedQianjinPolicy.VERSION), justice);
    }
    assertTrue(submitted.stream().anyMatch(s -> s.district.equals("dongfeng")));
  }

  @Test
  public void withoutAPolicySubmissionsAreRefusedWith503() throws Exception {
    long topic = new Scenario(http).create("xie.yu", Scenario.form("无规则时提交的议题", "T9", "luo.ping"));
    // A district without policy cannot be selected (refused, the active one stays): the active
    // district's policy goes away instead.
    Bundle qianjin =
        java.util.Arrays.stream(bundleContext.getBundles())
            .filter(b -> "org.govmeeting.policy.qianjin".equals(b.getSymbolicName()))
            .findFirst()
            .orElseThrow();
    qianjin.stop();
    try {
      awaitActive(null);
      Answer a = http.post("topics/" + topic + "/submit", "xie.yu", "");
      assertEquals(a.toString(), 503, a.status);
      assertTrue(a.contentType.startsWith("application/problem+json"));
      assertTrue(a.body, a.json().get("detail").asText().contains("qianjin"));
      assertEquals("DRAFT", http.get("topics/" + topic, "xie.yu").json().get("status").asText());
      setDistrict("nowhere");
      Thread.sleep(500);
      awaitActive(null);
    } finally {
      qianjin.start();
      setDistrict("qianjin");
    }
    awaitActive("qianjin");
    Answer again = http.post("topics/" + topic + "/submit", "xie.yu", "");
    assertEquals(again.toString(), 200, again.status);
  }

  /** Waits until the given district's policy is the active one ({@code null}: none is). */
  private void awaitActive(String district) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      String active = null;
      for (JsonNode p : http.get("policies", "xie.yu").json()) {
        if (p.get("active").asBoolean()) {
          active = p.get("district").asText();
        }
      }
      if (java.util.Objects.equals(active, district)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the active policy did not become " + district);
  }

  /** The revised policy as a bundle of its own, built from the test's classes. */
  private static InputStream revisedPolicyBundle() throws IOException {
    Manifest mf = new Manifest();
    Attributes main = mf.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", "org.govmeeting.itests.policy.revised");
    main.putValue("Bundle-Version", "2099.1.0");
    main.putValue("Bundle-Activator", RevisedQianjinActivator.class.getName());
    main.putValue(
        "Import-Package",
        "org.govmeeting.api.directory,org.govmeeting.api.policy,org.govmeeting.api.rule,"
            + "org.osgi.framework");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(out, mf)) {
      for (Class<?> c : List.of(RevisedQianjinPolicy.class, RevisedQianjinActivator.class)) {
        String path = c.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(path));
        try (InputStream in = c.getClassLoader().getResourceAsStream(path)) {
          in.transferTo(jar);
        }
        jar.closeEntry();
      }
    }
    return new ByteArrayInputStream(out.toByteArray());
  }
}
