package org.govmeeting.webapp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.Test;

public class StaticFilesTest {
  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  public void aWebJarsFileIsServedUnderVendorWithoutItsVersion() {
    assertEquals(
        "vendor/lit-html/directives/live.js",
        StaticFiles.vendorPath("/META-INF/resources/webjars/lit-html/3.2.1/directives/live.js")
            .orElseThrow());
    assertEquals(
        "vendor/echarts/dist/echarts.common.min.js",
        StaticFiles.vendorPath(
                "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js")
            .orElseThrow());
    assertTrue(StaticFiles.vendorPath("META-INF/resources/webjars/lit-html/3.2.1/").isEmpty());
    assertTrue(StaticFiles.vendorPath("webapp/index.html").isEmpty());
  }

  @Test
  public void onlyKnownTypesAreServed() {
    StaticFiles f =
        new StaticFiles()
            .add("index.html", text("<!doctype html>"))
            .add("js/app.js", text("export {}"))
            .add("vendor/lit-html/LICENSE", text("BSD"))
            .add("secret.properties", text("x=1"))
            .add("README", text("no extension"));
    assertEquals(3, f.size());
    assertEquals("text/html; charset=utf-8", f.get("index.html").orElseThrow().type());
    assertEquals("text/javascript; charset=utf-8", f.get("js/app.js").orElseThrow().type());
    assertEquals(
        "text/plain; charset=utf-8", f.get("vendor/lit-html/LICENSE").orElseThrow().type());
    assertTrue(f.get("secret.properties").isEmpty());
    assertTrue(f.get("../index.html").isEmpty());
  }

  @Test
  public void textIsCompressedOnceAndTagsFollowTheContent() throws IOException {
    String big = "const 议题 = 1;\n".repeat(200);
    StaticFiles f = new StaticFiles().add("a.js", text(big)).add("b.js", text(big + " "));
    StaticFiles.File a = f.get("a.js").orElseThrow();
    assertTrue(a.gzipped().length < a.bytes().length / 5);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(a.gzipped()))) {
      assertEquals(big, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertNotEquals(a.etag(), f.get("b.js").orElseThrow().etag());
    assertEquals(32, a.etag().length());
    assertNull(new StaticFiles().add("x.png", new byte[2048]).get("x.png").orElseThrow().gzipped());
  }

  @Test
  public void thePolicyAllowsNoInlineScriptOrStyle() {
    String csp = Headers.contentSecurityPolicy(List.of("'self'"));
    assertTrue(csp, csp.contains("script-src 'self';"));
    assertTrue(csp, csp.contains("style-src 'self';"));
    assertFalse(csp, csp.contains("unsafe-inline"));
    assertFalse(csp, csp.contains("unsafe-eval"));
    assertTrue(csp, csp.contains("connect-src 'self'"));
    assertTrue(csp, csp.endsWith("frame-ancestors 'self'"));
  }

  @Test
  public void framingSourcesAreOriginsOrKeywords() {
    assertTrue(Headers.validAncestor("'self'"));
    assertTrue(Headers.validAncestor("'none'"));
    assertTrue(Headers.validAncestor("https://portal.example.gov.cn"));
    assertTrue(Headers.validAncestor("http://127.0.0.1:8080"));
    assertFalse(Headers.validAncestor("*"));
    assertFalse(Headers.validAncestor("https://portal.example.gov.cn/path"));
    assertFalse(Headers.validAncestor("javascript:alert(1)"));
    assertFalse(Headers.validAncestor("'unsafe-inline'"));
    assertFalse(Headers.validAncestor("https://a.example; script-src *"));
    assertFalse(Headers.validAncestor(null));
  }
}
