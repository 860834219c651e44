package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.govmeeting.api.topic.Page;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicStatus;
import org.junit.Test;

public class KeptTopicJsonTest {
  private final ObjectMapper kept = JsonProvider.mapper();
  private final ObjectMapper plain =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private static Topic topic(long id, String name) {
    Topic t = new Topic();
    t.id = id;
    t.revision = 3;
    t.status = TopicStatus.DRAFT;
    t.form = new TopicForm();
    t.form.name = name;
    t.createdAt = Instant.parse("2026-11-26T08:00:00Z");
    t.overrides = List.of();
    t.files = List.of();
    return t;
  }

  @Test
  public void aKeptTopicIsWrittenExactlyAsJacksonWritesIt() throws Exception {
    Page<Topic> page = new Page<>();
    page.items = List.of(topic(1, "教育 🎓"), topic(2, "second"));
    page.total = 2;
    String first = kept.writeValueAsString(page);
    assertEquals(plain.writeValueAsString(page), first);
    assertEquals("the second write comes from the kept text", first, kept.writeValueAsString(page));
  }

  @Test
  public void aTopicBuiltAnewIsNeverAnsweredWithTheOlderText() throws Exception {
    Topic before = topic(7, "before");
    kept.writeValueAsString(before);
    // Same id and revision, other content: only a rebuilt object can carry it, and it is a new key.
    Topic after = topic(7, "after");
    assertEquals(plain.writeValueAsString(after), kept.writeValueAsString(after));
  }
}
