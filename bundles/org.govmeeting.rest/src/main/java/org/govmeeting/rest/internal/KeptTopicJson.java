package org.govmeeting.rest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.govmeeting.api.topic.Topic;

/**
 * Each topic's JSON, kept as long as the topic object itself lives. Topic lists hand out the same
 * object for a topic until its revision moves (intake keeps them by revision), so a page of
 * unchanged topics is written from bytes made once instead of walking 50 forms field by field,
 * which was a quarter of a page's time. Keyed by the object, not by id and revision: a topic built
 * anew (after any change) is a new key and can never be answered with an older text.
 */
final class KeptTopicJson extends BeanSerializerModifier {
  private static final long serialVersionUID = 1L;

  private final transient JsonFactory factory;
  private final transient Map<Topic, SerializableString> kept =
      Collections.synchronizedMap(new WeakHashMap<>());

  KeptTopicJson(JsonFactory factory) {
    this.factory = factory;
  }

  int size() {
    return kept.size();
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<?> modifySerializer(
      SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
    if (description.getBeanClass() != Topic.class) {
      return serializer;
    }
    JsonSerializer<Object> written = (JsonSerializer<Object>) serializer;
    return new StdSerializer<Topic>(Topic.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Topic topic, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        SerializableString json = kept.get(topic);
        if (json == null) {
          StringWriter out = new StringWriter(2048);
          try (JsonGenerator once = factory.createGenerator(out)) {
            written.serialize(topic, once, provider);
          }
          json = new SerializedString(out.toString());
          kept.put(topic, json);
        }
        gen.writeRawValue(json);
      }
    };
  }
}
