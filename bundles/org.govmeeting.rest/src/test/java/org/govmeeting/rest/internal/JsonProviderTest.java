package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingRequest;
import org.junit.Test;

/** Times leave the API with the district's offset and are read with any offset. */
public class JsonProviderTest {
  private static final Instant NINE_THIRTY = Instant.parse("2026-12-01T01:30:00Z");

  private ZoneId zone = ZoneId.of("Asia/Shanghai");
  private final ObjectMapper json = JsonProvider.mapper(() -> zone);

  private String written(Instant at) throws Exception {
    Meeting m = new Meeting();
    m.scheduledAt = at;
    return json.writeValueAsString(m);
  }

  @Test
  public void aTimeIsWrittenAsTheDistrictsClocksShowIt() throws Exception {
    assertTrue(
        written(NINE_THIRTY), written(NINE_THIRTY).contains("\"2026-12-01T09:30:00+08:00\""));
    assertTrue(
        written(NINE_THIRTY.plusMillis(250)),
        written(NINE_THIRTY.plusMillis(250)).contains("\"2026-12-01T09:30:00.25+08:00\""));
  }

  @Test
  public void anotherZoneIsAnotherOffsetForTheSameMoment() throws Exception {
    zone = ZoneId.of("Asia/Urumqi");
    assertTrue(
        written(NINE_THIRTY), written(NINE_THIRTY).contains("\"2026-12-01T07:30:00+06:00\""));
    zone = ZoneId.of("UTC");
    assertTrue(written(NINE_THIRTY), written(NINE_THIRTY).contains("\"2026-12-01T01:30:00Z\""));
  }

  @Test
  public void timesAreReadWithAnyOffsetOrZ() throws Exception {
    for (String at :
        new String[] {
          "2026-12-01T09:30:00+08:00", "2026-12-01T01:30:00Z", "2026-11-30T20:30:00-05:00"
        }) {
      MeetingRequest r = json.readValue("{\"scheduledAt\":\"" + at + "\"}", MeetingRequest.class);
      assertEquals(at, NINE_THIRTY, r.scheduledAt);
    }
  }

  @Test
  public void whatIsWrittenReadsBackAsTheSameMoment() throws Exception {
    Meeting m = new Meeting();
    m.scheduledAt = NINE_THIRTY.plusNanos(123_456_000);
    assertEquals(
        m.scheduledAt, json.readValue(json.writeValueAsString(m), Meeting.class).scheduledAt);
  }
}
