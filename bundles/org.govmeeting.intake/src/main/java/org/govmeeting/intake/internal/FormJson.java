package org.govmeeting.intake.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.govmeeting.api.topic.TopicForm;

/** The topic form as stored: one JSON document, see {@link TopicRecord}. */
final class FormJson {
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  String write(TopicForm form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store the topic form", e);
    }
  }

  TopicForm read(String text) {
    try {
      return json.readValue(text, TopicForm.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored topic form is unreadable", e);
    }
  }
}
