package org.govmeeting.minutes.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.RecordingReference;

/**
 * rule: M3 — the meeting's record as one JSON document in its archive (record.json), beside the
 * printed documents: the same objects the REST API answers (agenda, deliberations with every
 * position and decision, materials, attendance, leave, discipline, recording requests and
 * references, the minutes as signed with their errata), so a system that reads the archive later
 * needs no parser of our text files. Times are UTC instants (ISO 8601, Z); {@code format} names the
 * layout, raised when a field changes meaning.
 */
final class RecordJson {
  static final String FORMAT = "govmeeting-archive-record/1";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private RecordJson() {}

  static byte[] of(
      HeldMeeting held, Minutes minutes, List<RecordingReference> recordings, long meetingId) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("format", FORMAT);
    r.put("meetingId", meetingId);
    r.put("agenda", held.agenda());
    r.put("deliberations", held.deliberations());
    r.put("materials", held.materials());
    Map<String, Object> attendance = new LinkedHashMap<>();
    attendance.put("roster", held.roster());
    attendance.put("leaveRequests", held.leave());
    attendance.put("discipline", held.discipline());
    attendance.put("recordingRequests", held.recordingRequests());
    r.put("attendance", attendance);
    r.put("recordings", recordings);
    r.put("minutes", minutes);
    try {
      return JSON.writeValueAsBytes(r);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the record of meeting " + meetingId, e);
    }
  }
}
