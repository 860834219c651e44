package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.govmeeting.api.minutes.ChainLink;
import org.govmeeting.api.minutes.ChainReport;
import org.govmeeting.api.minutes.Minutes;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The record's chain: every signed text a signed link; a change anywhere names its link. */
public class MinutesChainTest {
  private Meeting44 m;
  private Minutes signed;
  private long erratum;

  @Before
  public void setUp() throws Exception {
    m = new Meeting44();
    signed = m.signedMinutes();
    m.clock.advance(Duration.ofDays(1));
    Minutes drafted = m.desk.draftErratum(signed.id, "三楼常务会议室", "四楼常务会议室", Meeting44.SECRETARY);
    erratum = drafted.errata.get(0).id;
    m.desk.askErratumOpinions(signed.id, erratum, Meeting44.SECRETARY);
    m.desk.erratumLegalReview(signed.id, erratum, true, null, Meeting44.JUSTICE);
    m.desk.signErratum(signed.id, erratum, Meeting44.MAYOR);
  }

  @After
  public void tearDown() {
    m.close();
  }

  @Test
  public void minutesAndErrataFormOneSignedChainAReaderCanRecompute_M3() throws Exception {
    // rule: M3 — signed minutes never change; errata are links of the same chain
    ChainReport report = m.desk.verify();
    assertTrue(String.valueOf(report.broken == null ? "" : report.broken.reason), report.intact);
    assertEquals(2, report.links);
    List<ChainLink> links = m.desk.chain();
    assertEquals("minutes", links.get(0).kind);
    assertEquals("erratum", links.get(1).kind);
    assertEquals(links.get(1).hash, report.head);
    assertEquals(links.get(0).hash, links.get(1).previousHash);
    assertEquals(signed.hash, links.get(0).hash);
    // What a reader does: hash the canonical form, check the text against it, check the signature.
    ChainLink first = links.get(0);
    assertEquals(first.hash, Chain.sha256(first.canonical));
    assertTrue(first.canonical.contains("\ntext: " + Chain.sha256(signed.text) + "\n"));
    String shown = m.desk.read(signed.id, Meeting44.MAYOR).text;
    assertTrue(
        first.canonical.contains(
            "\nreaderText: " + Chain.sha256(MinutesText.withoutRestricted(shown)) + "\n"));
    X509Certificate cert =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(
                        m.desk.chainCertificate().getBytes(StandardCharsets.US_ASCII)));
    java.security.Signature s = java.security.Signature.getInstance("SHA256withECDSA");
    s.initVerify(cert.getPublicKey());
    s.update(first.canonical.getBytes(StandardCharsets.UTF_8));
    assertTrue(s.verify(java.util.Base64.getDecoder().decode(first.signature)));
    // The key survives a restart: the same certificate comes back from the keystore.
    assertEquals(
        ChainKey.openOrCreate(m.keystore).certificateSha256(), links.get(0).certificateSha256);
  }

  @Test
  public void aChangedTextNamesItsLink_M3() {
    // rule: M3 — a database writer changes the signed text
    m.jpa.tx(em -> em.find(MinutesRecord.class, signed.id).text = signed.text + "（被改动）");
    ChainReport.Broken b = broken();
    assertEquals(1, b.sequence);
    assertEquals("minutes", b.kind);
    assertEquals(signed.documentNumber, b.documentNumber);
    assertTrue(b.reason, b.reason.contains("text"));
  }

  @Test
  public void aChangedErratumNamesItsLink_M3() {
    m.jpa.tx(em -> em.find(ErratumRecord.class, erratum).text = "五楼常务会议室");
    ChainReport.Broken b = broken();
    assertEquals(2, b.sequence);
    assertEquals("erratum", b.kind);
    assertEquals(Long.valueOf(erratum), b.erratumId);
  }

  @Test
  public void aRecomputedChainFailsOnTheSignature_M3() {
    // The writer changes the text and recomputes the canonical form and every hash after it:
    // every hash is consistent again, but the writer has no key to sign with.
    m.jpa.tx(
        em -> {
          MinutesRecord r = em.find(MinutesRecord.class, signed.id);
          r.text = signed.text + "（被改动）";
          ChainLinkRecord l1 = em.find(ChainLinkRecord.class, 1L);
          l1.canonical = Chain.canonical(1, r, "");
          l1.hash = Chain.sha256(l1.canonical);
          r.hash = l1.hash;
          ErratumRecord e = em.find(ErratumRecord.class, erratum);
          ChainLinkRecord l2 = em.find(ChainLinkRecord.class, 2L);
          l2.previousHash = l1.hash;
          l2.canonical = Chain.canonical(2, r, e, l1.hash);
          l2.hash = Chain.sha256(l2.canonical);
          e.previousHash = l1.hash;
          e.hash = l2.hash;
        });
    ChainReport.Broken b = broken();
    assertEquals(1, b.sequence);
    assertTrue(b.reason, b.reason.contains("signature"));
  }

  @Test
  public void aRemovedLinkAndAnUnlinkedSignatureAreNamed_M3() {
    m.jpa.tx(em -> em.remove(em.find(ChainLinkRecord.class, 1L)));
    ChainReport.Broken b = broken();
    assertEquals(2, b.sequence);
    assertTrue(b.reason, b.reason.contains("link 1 is missing"));
  }

  @Test
  public void aChainCutAtItsEndIsNamed_M3() {
    m.jpa.tx(
        em -> {
          em.remove(em.find(ChainLinkRecord.class, 2L));
          em.remove(em.find(ErratumRecord.class, erratum));
        });
    ChainReport.Broken b = broken();
    assertEquals(2, b.sequence);
    assertTrue(b.reason, b.reason.contains("ends at link 1"));
  }

  @Test
  public void aPublishedHashThatIsNotTheLinksIsNamed_M3() {
    m.jpa.tx(em -> em.find(MinutesRecord.class, signed.id).hash = "0".repeat(64));
    ChainReport.Broken b = broken();
    assertEquals(1, b.sequence);
    assertTrue(b.reason, b.reason.contains("hash shown"));
  }

  private ChainReport.Broken broken() {
    ChainReport r = m.desk.verify();
    assertFalse(m.desk.verifyChain());
    assertFalse(r.intact);
    assertNull(r.head);
    return r.broken;
  }
}
