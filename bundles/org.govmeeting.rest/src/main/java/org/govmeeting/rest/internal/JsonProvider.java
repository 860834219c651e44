package org.govmeeting.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.topic.Category;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * JSON for the application: ISO-8601 times with the district's offset (2026-12-01T09:30:00+08:00),
 * no nulls, and unknown fields refused so that a typo in a request is reported instead of silently
 * dropped. Times are read with any offset or Z.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName(Api.JSON)
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect(Api.SELECT)
public class JsonProvider extends JacksonJsonProvider {
  @Activate
  public JsonProvider(@Reference DistrictZone zone) {
    super(mapper(zone));
  }

  /** Reads as the API does; writes times in the setting's default zone (tests, readers). */
  static ObjectMapper mapper() {
    return mapper(() -> DistrictZone.DEFAULT);
  }

  /** Writes every time in the zone {@code zone} gives at the moment of writing. */
  static ObjectMapper mapper(Supplier<ZoneId> zone) {
    SimpleModule domain = new SimpleModule("govmeeting");
    // An instant is one moment whatever the offset: written as the district's clocks show it, so a
    // meeting entered as 09:00+08:00 reads 09:00+08:00, not 01:00Z.
    domain.addSerializer(
        Instant.class,
        new StdSerializer<Instant>(Instant.class) {
          @Override
          public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(zone.get())));
          }
        });
    // A category may be given by name or by the clause that defines it ("T4").
    domain.addDeserializer(
        Category.class,
        new StdDeserializer<Category>(Category.class) {
          @Override
          public Category deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = p.getValueAsString();
            try {
              return Params.category(text);
            } catch (ValidationException e) {
              throw InvalidFormatException.from(p, e.getMessage(), text, Category.class);
            }
          }
        });
    // Text is stored in the database and printed into minutes: control characters (NUL among
    // them, which PostgreSQL refuses), text-direction overrides (which disguise what is read) and
    // broken surrogate pairs are refused at the door, naming the field.
    domain.addDeserializer(
        String.class,
        new StdDeserializer<String>(String.class) {
          @Override
          public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctx);
            String problem = Text.problem(text);
            if (problem != null) {
              throw InvalidFormatException.from(p, problem, text, String.class);
            }
            return text;
          }
        });
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(domain)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
  }
}
