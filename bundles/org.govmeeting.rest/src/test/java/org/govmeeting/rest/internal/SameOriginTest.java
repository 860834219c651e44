package org.govmeeting.rest.internal;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.net.URI;
import java.util.Set;
import javax.ws.rs.core.MediaType;
import org.junit.Test;

/** Issue 14 item 6: a forged cross-site form or fetch must not change anything. */
public class SameOriginTest {
  private static final URI OWN = URI.create("http://meetings.qianjin.gov.cn:8181/api/");
  private final SameOrigin check = new SameOrigin(Set.of("https://portal.qianjin.gov.cn"));

  @Test
  public void aFormPostWithCredentialsButWithoutJsonOrTheHeaderIsRefused() {
    MediaType form = MediaType.APPLICATION_FORM_URLENCODED_TYPE;
    assertNotNull(check.refusal("POST", form, null, null, OWN));
    assertNotNull(check.refusal("POST", MediaType.TEXT_PLAIN_TYPE, null, null, OWN));
    assertNotNull(check.refusal("POST", null, null, null, OWN));
    assertNotNull(check.refusal("DELETE", null, "", null, OWN));
    assertNotNull(check.refusal("patch", MediaType.MULTIPART_FORM_DATA_TYPE, null, null, OWN));
  }

  @Test
  public void jsonOrTheCustomHeaderFromTheOwnOriginPass() {
    assertNull(check.refusal("POST", MediaType.APPLICATION_JSON_TYPE, null, null, OWN));
    assertNull(
        check.refusal("PUT", MediaType.valueOf("application/merge-patch+json"), null, null, OWN));
    assertNull(
        check.refusal(
            "POST",
            MediaType.APPLICATION_OCTET_STREAM_TYPE,
            "XMLHttpRequest",
            "http://MEETINGS.qianjin.gov.cn:8181",
            OWN));
    assertNull(
        check.refusal(
            "POST",
            MediaType.APPLICATION_JSON_TYPE,
            null,
            "https://portal.qianjin.gov.cn:443",
            OWN));
  }

  @Test
  public void aForeignOriginIsRefusedEvenWithJsonAndTheHeader() {
    assertNotNull(
        check.refusal("POST", MediaType.APPLICATION_JSON_TYPE, "x", "https://evil.example", OWN));
    assertNotNull(
        check.refusal(
            "POST", MediaType.APPLICATION_JSON_TYPE, "x", "http://meetings.qianjin.gov.cn", OWN));
    assertNotNull(check.refusal("POST", MediaType.APPLICATION_JSON_TYPE, "x", "null", OWN));
  }

  @Test
  public void readsAreNotChecked() {
    assertNull(check.refusal("GET", null, null, "https://evil.example", OWN));
  }
}
