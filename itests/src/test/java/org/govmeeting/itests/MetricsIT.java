package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import javax.inject.Inject;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Metrics as a Prometheus server scrapes them (issue 17, item 3): the API's calls per operation
 * with their outcome and a latency histogram, and the JVM's figures, at /metrics, to the allowed
 * addresses only.
 */
public class MetricsIT extends PlatformTestSupport {
  @Inject ConfigurationAdmin configAdmin;

  @Test
  public void callsPerOperationAndTheJvmInThePrometheusTextFormat() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals(200, http.get("me", "xie.yu").status);
    }
    DistrictsIT.dongfeng(http);
    assertEquals(200, http.get("me", "zheng.li").status);
    assertEquals(404, http.get("topics/987654", "xie.yu").status);
    Answer m = http.send("GET", "/metrics", null, null, null, null);
    assertEquals(m.toString(), 200, m.status);
    assertTrue(m.header("Content-Type"), m.header("Content-Type").startsWith("text/plain"));
    String body = m.body;
    assertTrue(
        body,
        body.matches(
            "(?s).*govmeeting_requests_seconds_count\\{district=\"qianjin\",method=\"GET\","
                + "operation=\"getMe\",outcome=\"SUCCESS\",status=\"200\"} [3-9][0-9]*.*"));
    // Each district's calls apart: a Dongfeng clerk's count under its own district.
    assertTrue(
        body,
        body.matches(
            "(?s).*govmeeting_requests_seconds_count\\{district=\"dongfeng\",method=\"GET\","
                + "operation=\"getMe\",outcome=\"SUCCESS\",status=\"200\"} [1-9][0-9]*.*"));
    assertTrue(
        body, body.contains("operation=\"getTopic\",outcome=\"CLIENT_ERROR\",status=\"404\""));
    assertTrue(body, body.contains("govmeeting_requests_seconds_bucket{"));
    assertTrue(body, body.contains("jvm_memory_used_bytes{"));
  }

  @Test
  public void anAddressNotAllowedIsRefused() throws Exception {
    Configuration c = configAdmin.getConfiguration("org.govmeeting.metrics", null);
    Dictionary<String, Object> none = new Hashtable<>();
    none.put("allowedAddresses", new String[] {"192.0.2.1"});
    c.update(none);
    try {
      long deadline = System.nanoTime() + 30_000_000_000L;
      int status = 0;
      while (System.nanoTime() < deadline
          && (status = http.send("GET", "/metrics", null, null, null, null).status) != 403) {
        Thread.sleep(250);
      }
      assertEquals(403, status);
    } finally {
      c.delete();
    }
  }
}
