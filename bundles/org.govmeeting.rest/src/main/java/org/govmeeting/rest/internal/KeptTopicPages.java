package org.govmeeting.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Page;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicQuery;
import org.govmeeting.api.topic.TopicService;

/**
 * The pages of {@code GET /topics}, answered by their tag, and the only cache of them: the JSON
 * last sent for a tag.
 *
 * <p>A page's tag ({@link TopicService#pageTag}) is a digest of its query, of what the caller may
 * see, and of the topic table's change number, which moves in the same transaction as every write
 * of a topic, on any node. Finding it reads that number, not a topic. A request is answered:
 *
 * <ol>
 *   <li>with 304 Not Modified when its {@code If-None-Match} names the current tag;
 *   <li>else with the JSON kept under the current tag, if there is one;
 *   <li>else with the page read from intake, which is kept if the tag was the same after the read
 *       as before it, and sent without a tag otherwise.
 * </ol>
 *
 * <p><b>Invariant: the JSON kept under a tag is the page exactly as the database held it while that
 * tag was current.</b> It holds because a page is kept only when no topic write committed between
 * the tag read before it and the one after it, so the read in between saw that state and no other;
 * and because the change number never goes back, a tag once left behind is never current again, so
 * an outdated entry is never answered (the least recently used go when the bounds are reached). The
 * same reasoning makes 304 safe: a tag is only ever sent with the page it was current for.
 *
 * <p>What is kept are bytes, written to each caller and never handed out as objects, so no caller
 * can change what another is sent; the pages intake builds are new objects at every call.
 */
final class KeptTopicPages {
  static final int MAX_PAGES = 256;
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private final TopicService topics;
  private final ObjectMapper json;
  private final Map<String, byte[]> kept = new LinkedHashMap<>(MAX_PAGES, 0.75f, true);
  private long keptBytes;

  KeptTopicPages(TopicService topics, ObjectMapper json) {
    this.topics = topics;
    this.json = json;
  }

  Response page(TopicQuery query, Actor actor, String ifNoneMatch) {
    String tag = topics.pageTag(query, actor);
    EntityTag etag = new EntityTag(tag);
    if (EntityTags.matches(ifNoneMatch, tag)) {
      return Response.notModified(etag).build();
    }
    byte[] page = kept(tag);
    if (page == null) {
      page = write(topics.list(query, actor));
      if (!tag.equals(topics.pageTag(query, actor))) {
        // A topic was written while the page was read: it may show either side of that write.
        return ok(page).build();
      }
      keep(tag, page);
    }
    return ok(page).tag(etag).build();
  }

  /** The bytes written in one piece, with their length: no chunks, no copy through a stream. */
  private static Response.ResponseBuilder ok(byte[] page) {
    return Response.ok((StreamingOutput) out -> out.write(page), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CONTENT_LENGTH, page.length);
  }

  synchronized int size() {
    return kept.size();
  }

  private synchronized byte[] kept(String tag) {
    return kept.get(tag);
  }

  private synchronized void keep(String tag, byte[] page) {
    if (page.length > MAX_BYTES / 4) {
      return; // a page this large is read each time rather than crowding out the others
    }
    byte[] before = kept.put(tag, page);
    keptBytes += page.length - (before == null ? 0 : before.length);
    var oldest = kept.entrySet().iterator();
    while (kept.size() > MAX_PAGES || keptBytes > MAX_BYTES) {
      keptBytes -= oldest.next().getValue().length;
      oldest.remove();
    }
  }

  private byte[] write(Page<Topic> page) {
    try {
      return json.writeValueAsBytes(page);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a page of topics", e);
    }
  }
}
