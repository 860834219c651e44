package org.govmeeting.minutes.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.govmeeting.api.minutes.ChainLink;
import org.govmeeting.api.minutes.ChainReport;

/**
 * The record's chain: every signed minutes and every signed erratum, in the order of signature, as
 * one line of links. Each link hashes a canonical text that names the previous link's hash and is
 * signed with the platform's key, so a changed, removed or reordered record, or a recomputed chain,
 * shows in {@link #verify}. The canonical form is written out in README.
 */
final class Chain {
  static final String VERSION = "govmeeting-chain/1";

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final ChainKey key;

  Chain(ChainKey key) {
    this.key = key;
  }

  static String canonical(long sequence, MinutesRecord m, String previous) {
    return VERSION
        + "\nsequence: "
        + sequence
        + "\nkind: minutes"
        + "\ndocument: "
        + m.documentNumber
        + "\nminutes: "
        + m.id
        + "\nsignedBy: "
        + m.signedBy
        + "\nsignedAt: "
        + AT.format(m.signedAt.toInstant())
        + "\ntext: "
        + sha256(m.text)
        + "\nreaderText: "
        + sha256(MinutesText.withoutRestricted(m.text))
        + "\nprevious: "
        + previous
        + "\n";
  }

  static String canonical(long sequence, MinutesRecord m, ErratumRecord e, String previous) {
    return VERSION
        + "\nsequence: "
        + sequence
        + "\nkind: erratum"
        + "\ndocument: "
        + m.documentNumber
        + "\nminutes: "
        + m.id
        + "\nerratum: "
        + e.id
        + "\nsignedBy: "
        + e.signedBy
        + "\nsignedAt: "
        + AT.format(e.signedAt.toInstant())
        + "\npassage: "
        + sha256(e.passage == null ? "" : e.passage)
        + "\ntext: "
        + sha256(e.text)
        + "\nrestricted: "
        + e.restricted
        + "\nprevious: "
        + previous
        + "\n";
  }

  /** Signing time as the chain keeps it: to the millisecond, as the canonical form writes it. */
  static Timestamp signingTime(Instant now) {
    return Timestamp.from(Instant.ofEpochMilli(now.toEpochMilli()));
  }

  /** Appends the link of minutes just signed (erratum {@code null}) or of a signed erratum. */
  ChainLinkRecord append(EntityManager em, MinutesRecord m, ErratumRecord e, Instant now) {
    ChainHeadRecord head =
        em.find(ChainHeadRecord.class, ChainHeadRecord.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      // The first signature ever; one racing it fails on the key and leaves nothing behind.
      head = new ChainHeadRecord();
      head.id = ChainHeadRecord.ID;
      head.hash = "";
      em.persist(head);
    }
    ChainLinkRecord l = new ChainLinkRecord();
    l.sequence = head.sequence + 1;
    l.previousHash = head.hash;
    l.kind = e == null ? "minutes" : "erratum";
    l.minutesId = m.id;
    l.erratumId = e == null ? null : e.id;
    l.canonical =
        e == null
            ? canonical(l.sequence, m, l.previousHash)
            : canonical(l.sequence, m, e, l.previousHash);
    l.hash = sha256(l.canonical);
    l.signature = key.sign(l.canonical);
    l.algorithm = ChainKey.ALGORITHM;
    l.certificateSha256 = key.certificateSha256();
    l.linkedAt = Timestamp.from(now);
    em.persist(l);
    head.sequence = l.sequence;
    head.hash = l.hash;
    em.flush();
    return l;
  }

  List<ChainLink> links(EntityManager em) {
    List<ChainLink> out = new ArrayList<>();
    for (ChainLinkRecord l : all(em)) {
      ChainLink c = new ChainLink();
      c.sequence = l.sequence;
      c.kind = l.kind;
      c.minutesId = l.minutesId;
      c.erratumId = l.erratumId;
      c.canonical = l.canonical;
      c.hash = l.hash;
      c.previousHash = l.previousHash;
      c.signature = l.signature;
      c.algorithm = l.algorithm;
      c.certificateSha256 = l.certificateSha256;
      out.add(c);
    }
    return out;
  }

  // rule: M3 — signed minutes and errata never change; I2 — nor does what they record
  ChainReport verify(EntityManager em) {
    ChainReport report = new ChainReport();
    report.algorithm = ChainKey.ALGORITHM;
    report.certificateSha256 = key.certificateSha256();
    report.intact = true;
    String previous = "";
    long expected = 1;
    Set<Long> linkedMinutes = new HashSet<>();
    Set<Long> linkedErrata = new HashSet<>();
    for (ChainLinkRecord l : all(em)) {
      report.links++;
      MinutesRecord m = em.find(MinutesRecord.class, l.minutesId);
      ErratumRecord e = l.erratumId == null ? null : em.find(ErratumRecord.class, l.erratumId);
      String why = check(l, m, e, expected, previous);
      if (why != null) {
        report.intact = false;
        report.broken = broken(l.sequence, l.kind, l.minutesId, l.erratumId, m, why);
        return report;
      }
      (e == null ? linkedMinutes : linkedErrata).add(e == null ? m.id : e.id);
      previous = l.hash;
      expected = l.sequence + 1;
    }
    ChainHeadRecord head = em.find(ChainHeadRecord.class, ChainHeadRecord.ID);
    if (head != null && (head.sequence != expected - 1 || !head.hash.equals(previous))) {
      report.intact = false;
      report.broken =
          broken(
              head.sequence,
              "minutes",
              null,
              null,
              null,
              "the chain ends at link "
                  + (expected - 1)
                  + " but its head is link "
                  + head.sequence);
      return report;
    }
    report.head = previous;
    for (MinutesRecord m :
        em.createQuery(
                "select m from MinutesRecord m where m.signedAt is not null", MinutesRecord.class)
            .getResultList()) {
      if (!linkedMinutes.contains(m.id)) {
        report.intact = false;
        report.broken = broken(0, "minutes", m.id, null, m, "signed minutes that no link covers");
        return report;
      }
    }
    for (ErratumRecord e :
        em.createQuery(
                "select e from ErratumRecord e where e.signedAt is not null", ErratumRecord.class)
            .getResultList()) {
      if (!linkedErrata.contains(e.id)) {
        report.intact = false;
        report.broken =
            broken(
                0,
                "erratum",
                e.minutesId,
                e.id,
                em.find(MinutesRecord.class, e.minutesId),
                "a signed erratum that no link covers");
        return report;
      }
    }
    return report;
  }

  /** Why the link does not hold, or {@code null}. */
  private String check(
      ChainLinkRecord l, MinutesRecord m, ErratumRecord e, long expected, String previous) {
    if (l.sequence != expected) {
      return "link " + expected + " is missing: the chain goes on at " + l.sequence;
    }
    if (!previous.equals(l.previousHash)) {
      return "it names a previous hash that is not the hash of link " + (l.sequence - 1);
    }
    if (m == null || (l.erratumId != null && (e == null || e.minutesId != m.id))) {
      return "the record it covers is gone";
    }
    if (m.signedAt == null || (e != null && e.signedAt == null)) {
      return "the record it covers is no longer signed";
    }
    String now =
        e == null ? canonical(l.sequence, m, previous) : canonical(l.sequence, m, e, previous);
    if (!now.equals(l.canonical)) {
      return "the record differs from what was signed, in: " + differences(l.canonical, now);
    }
    if (!sha256(l.canonical).equals(l.hash)) {
      return "its hash is not the SHA-256 of its canonical form";
    }
    String published = e == null ? m.hash : e.hash;
    if (!l.hash.equals(published)) {
      return "the hash shown with the record is not the link's hash";
    }
    if (!key.certificateSha256().equals(l.certificateSha256)
        || !key.verify(l.canonical, l.signature)) {
      return "its signature does not verify with the platform's certificate";
    }
    return null;
  }

  private static String differences(String signed, String now) {
    String[] a = signed.split("\n");
    String[] b = now.split("\n");
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "";
      String y = i < b.length ? b[i] : "";
      if (!x.equals(y)) {
        String line = x.isEmpty() ? y : x;
        fields.add(line.contains(":") ? line.substring(0, line.indexOf(':')) : line);
      }
    }
    return String.join(", ", fields);
  }

  private static ChainReport.Broken broken(
      long sequence, String kind, Long minutesId, Long erratumId, MinutesRecord m, String why) {
    ChainReport.Broken b = new ChainReport.Broken();
    b.sequence = sequence;
    b.kind = kind;
    b.minutesId = minutesId;
    b.erratumId = erratumId;
    b.documentNumber = m == null ? null : m.documentNumber;
    b.reason = why;
    return b;
  }

  private static List<ChainLinkRecord> all(EntityManager em) {
    return em.createQuery(
            "select l from ChainLinkRecord l order by l.sequence", ChainLinkRecord.class)
        .getResultList();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  ChainKey key() {
    return key;
  }
}
