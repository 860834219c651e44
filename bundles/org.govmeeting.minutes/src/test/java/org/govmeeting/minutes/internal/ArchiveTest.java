package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.DomainException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violation;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.Archive;
import org.govmeeting.api.minutes.ArchiveDue;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.RecordingReference;
import org.govmeeting.api.persistence.Chunks;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.MaterialFile;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * M3 on second reading: 会议材料、记录、录音、纪要等相关资料要及时整理归档 — the archive holds the materials' files, the
 * recordings' references and the minutes in every signed form, and is flagged when it comes after
 * the period the Office set after the signature.
 */
public class ArchiveTest {
  private Meeting44 m;
  private byte[] explanation;

  @Before
  public void setUp() throws Exception {
    m = new Meeting44();
    m.leadUnits.add("EDUCATION");
    // Larger than two rows of the archive, and not compressible: the zip spans several rows.
    explanation = new byte[Chunks.SIZE * 2 + 12_345];
    new Random(44).nextBytes(explanation);
    m.addFile(1, "起草说明.pdf", explanation);
    m.addFile(2, "../../任免/名单.docx", "拟任人选名单".getBytes(StandardCharsets.UTF_8));
  }

  @After
  public void tearDown() {
    m.close();
  }

  private Minutes issued() {
    Minutes signed = m.signedMinutesWithOpinions();
    return m.desk.issue(signed.id, List.of("GANGWAN"), List.of(), Meeting44.MAYOR);
  }

  private RecordingReference recording(RecordingReference.Medium medium, String location) {
    RecordingReference r = new RecordingReference();
    r.medium = medium;
    r.location = location;
    r.durationMinutes = 95;
    return r;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private byte[] download(long meetingId) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = m.desk.writeArchive(meetingId, Meeting44.OFFICE, out);
    assertEquals(n, out.size());
    return out.toByteArray();
  }

  // rule: M3 — materials' files, recordings, the minutes in every signed form, in one archive
  @Test
  public void theArchiveHoldsTheFilesTheRecordingsAndEverySignedForm_M3() throws Exception {
    Minutes minutes = issued();
    m.desk.addRecording(
        44, recording(RecordingReference.Medium.AUDIO, "档案室光盘 QJ-2027-017"), Meeting44.OFFICE);
    Archive a = m.desk.archive(44, Meeting44.OFFICE);
    assertEquals(1, a.edition);
    assertEquals(2, a.materialFiles);
    assertEquals(1, a.recordings);
    assertEquals(minutes.signedAt, a.minutesSignedAt);
    assertEquals(minutes.signedAt.plus(Duration.ofDays(30)), a.dueBy);
    assertFalse(a.late);

    byte[] zip = download(44);
    assertEquals(a.size, zip.length);
    assertEquals(a.sha256, sha256(zip));
    assertTrue("several rows", zip.length > 2 * Chunks.SIZE);
    Map<String, byte[]> entries = unzip(zip);
    assertArrayEquals(explanation, entries.get("materials/1/100-起草说明.pdf"));
    // A name that climbs folders stays one entry in its topic's folder.
    assertTrue(entries.keySet().toString(), entries.containsKey("materials/2/101-__.._任免_名单.docx"));
    String recordings = new String(entries.get("recordings.txt"), StandardCharsets.UTF_8);
    assertTrue(recordings, recordings.contains("录音：档案室光盘 QJ-2027-017 95分钟"));
    assertTrue(recordings, recordings.contains("liu.yang"));
    // The minutes exactly as signed, with the signature and the certificate to check it by.
    String canonical =
        entries.keySet().stream()
            .filter(k -> k.startsWith("signed/") && k.endsWith("-minutes.txt"))
            .map(k -> new String(entries.get(k), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow();
    assertEquals(minutes.hash, sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    assertTrue(entries.containsKey("signed/certificate.pem"));
    // The record as JSON, the objects the API answers: readable without our text layout
    com.fasterxml.jackson.databind.JsonNode record =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(entries.get("record.json"));
    assertEquals(RecordJson.FORMAT, record.get("format").asText());
    assertEquals(44, record.get("meetingId").asLong());
    assertEquals(minutes.hash, record.at("/minutes/hash").asText());
    assertEquals(minutes.signedAt.toString(), record.at("/minutes/signedAt").asText());
    assertTrue(record.toString(), record.get("deliberations").size() >= 1);
    assertTrue(record.toString(), record.at("/deliberations/0/decision/outcome").isTextual());
    assertEquals("档案室光盘 QJ-2027-017", record.at("/recordings/0/location").asText());
    String manifest = new String(entries.get("manifest.txt"), StandardCharsets.UTF_8);
    assertTrue(manifest, manifest.contains(sha256(explanation) + "  " + explanation.length));
    for (String name : entries.keySet()) {
      if (!name.equals("manifest.txt")) {
        assertTrue(name, manifest.contains(sha256(entries.get(name)) + "  "));
      }
    }
  }

  // rule: M3 — flagged when not made within the period the Office set after signature
  @Test
  public void anArchiveAfterThePeriodIsLateAndStaysLateInLaterEditions_M3() throws Exception {
    Minutes minutes = issued();
    m.clock.advance(Duration.ofDays(29));
    List<ArchiveDue> due = m.desk.archivesDue(Meeting44.OFFICE);
    assertEquals(1, due.size());
    assertEquals(minutes.signedAt.plus(Duration.ofDays(30)), due.get(0).dueBy);
    assertFalse(due.get(0).overdue);
    m.clock.advance(Duration.ofDays(2));
    assertTrue(m.desk.archivesDue(Meeting44.OFFICE).get(0).overdue);

    Archive first = m.desk.archive(44, Meeting44.OFFICE);
    assertTrue(first.late);
    assertEquals(List.of(), m.desk.archivesDue(Meeting44.OFFICE));
    m.clock.advance(Duration.ofDays(1));
    m.desk.addRecording(
        44, recording(RecordingReference.Medium.VIDEO, "//nas/会议/2027-03.mp4"), Meeting44.OFFICE);
    Archive second = m.desk.archive(44, Meeting44.OFFICE);
    assertEquals(2, second.edition);
    assertEquals(first.firstCreatedAt, second.firstCreatedAt);
    assertTrue(second.late);
    assertEquals(1, second.recordings);
    assertTrue(
        new String(unzip(download(44)).get("recordings.txt"), StandardCharsets.UTF_8)
            .contains("录像：//nas/会议/2027-03.mp4"));
    assertEquals(second.sha256, m.desk.describeArchive(44, Meeting44.OFFICE).sha256);
  }

  @Test
  public void onTimeWithinTheOfficesOwnPeriod_M3() {
    m.archivePeriod = Duration.ofDays(3);
    issued();
    m.clock.advance(Duration.ofDays(2));
    assertFalse(m.desk.archive(44, Meeting44.OFFICE).late);
  }

  // rule: M3 — only issued minutes are archived; a file that reads wrong is never archived
  @Test
  public void refusedBeforeIssueAndWhenAFileIsNotWhatWasUploaded_M3() throws Exception {
    Minutes signed = m.signedMinutesWithOpinions();
    try {
      m.desk.archive(44, Meeting44.OFFICE);
      fail("archived before issue");
    } catch (ConflictException e) {
      assertEquals(Clause.M3, e.clause().orElse(null));
    }
    m.desk.issue(signed.id, List.of("GANGWAN"), List.of(), Meeting44.MAYOR);
    MaterialFile tampered = m.files.get(1L).get(0).getKey();
    tampered.sha256 = sha256("别的内容".getBytes(StandardCharsets.UTF_8));
    try {
      m.desk.archive(44, Meeting44.OFFICE);
      fail("archived a file whose bytes are not what was uploaded");
    } catch (IllegalStateException expected) {
      assertTrue(expected.getMessage(), expected.getMessage().contains("1/100"));
    }
    try {
      m.desk.describeArchive(44, Meeting44.OFFICE);
      fail("a failed archive left a record");
    } catch (NotFoundException expected) {
      // nothing kept
    }
  }

  // rule: M3 — the recording's reference: every problem at once, only once the meeting is held
  @Test
  public void aRecordingIsRegisteredByTheOfficeOnceTheMeetingIsHeld_M3() {
    RecordingReference bad = new RecordingReference();
    bad.sha256 = "abc";
    bad.durationMinutes = 0;
    try {
      m.desk.addRecording(44, bad, Meeting44.OFFICE);
      fail("accepted");
    } catch (ValidationException e) {
      assertEquals(
          List.of("medium", "location", "sha256", "durationMinutes"),
          e.violations().stream().map(Violation::field).toList());
    }
    try {
      m.desk.addRecording(44, recording(RecordingReference.Medium.AUDIO, "光盘 1"), Meeting44.CLERK);
      fail("a clerk registered the meeting's recording");
    } catch (DomainException expected) {
      // the Office's act
    }
    m.meeting.status = Meeting.Status.NOTIFIED;
    try {
      m.desk.addRecording(44, recording(RecordingReference.Medium.AUDIO, "光盘 1"), Meeting44.OFFICE);
      fail("a recording of a meeting not yet held");
    } catch (ConflictException e) {
      assertEquals(Clause.M3, e.clause().orElse(null));
    }
    m.meeting.status = Meeting.Status.CLOSED;
    RecordingReference r =
        m.desk.addRecording(
            44, recording(RecordingReference.Medium.AUDIO, "  光盘 1 "), Meeting44.OFFICE);
    assertEquals("光盘 1", r.location);
    assertEquals("liu.yang", r.registeredBy);
    assertEquals(
        List.of(r.id), m.desk.recordings(44, Meeting44.MAYOR).stream().map(x -> x.id).toList());
  }
}
