package org.govmeeting.rest.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Page;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicQuery;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.testsupport.Stubs;
import org.junit.Test;

/**
 * The conditional GET of topic pages and the JSON kept by tag, against intake's two answers: the
 * tag now, and the page now (intake itself is tested in its own bundle).
 */
public class KeptTopicPagesTest {
  private static final Actor CLERK =
      new Actor("xie.yu", "谢雨", EnumSet.of(Role.DEPARTMENT_STAFF), "EDUCATION");

  /** What intake holds: the current tag, and a page named after the state it shows. */
  private String tag = "t1";

  private String state = "一";

  /** Tags to answer before the current one, as when a write commits in the middle of a call. */
  private final Deque<String> tagsFirst = new ArrayDeque<>();

  private int pagesRead;

  private final TopicService topics =
      Stubs.only(
          TopicService.class,
          Map.of(
              "pageTag",
              a -> tagsFirst.isEmpty() ? tag : tagsFirst.poll(),
              "list",
              a -> {
                pagesRead++;
                Topic t = new Topic();
                t.id = 1;
                t.closingNote = state;
                Page<Topic> p = new Page<>();
                p.items = List.of(t);
                p.total = 1;
                return p;
              }));

  private final KeptTopicPages pages = new KeptTopicPages(topics, JsonProvider.mapper());

  private Response get(String ifNoneMatch) {
    return pages.page(new TopicQuery(), CLERK, ifNoneMatch);
  }

  private static byte[] bytes(Response r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ((StreamingOutput) r.getEntity()).write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(
        String.valueOf(out.size()), r.getHeaderString(javax.ws.rs.core.HttpHeaders.CONTENT_LENGTH));
    return out.toByteArray();
  }

  private static String body(Response r) {
    return new String(bytes(r), StandardCharsets.UTF_8);
  }

  @Test
  public void aPageIsReadOnceAndSentAsKeptWhileItsTagStands() {
    Response first = get(null);
    assertEquals(200, first.getStatus());
    assertEquals("t1", first.getEntityTag().getValue());
    assertTrue(body(first), body(first).contains("\"closingNote\":\"一\""));
    Response second = get(null);
    assertEquals(1, pagesRead);
    assertArrayEquals(bytes(first), bytes(second));
    assertEquals("t1", second.getEntityTag().getValue());
  }

  @Test
  public void aNewTagIsANewPage() {
    get(null);
    tag = "t2";
    state = "二";
    Response after = get(null);
    assertEquals(2, pagesRead);
    assertTrue(body(after), body(after).contains("\"closingNote\":\"二\""));
    assertEquals("t2", after.getEntityTag().getValue());
  }

  @Test
  public void theCurrentTagIsAnswered304WithoutReadingThePage() {
    Response r = get("\"t1\"");
    assertEquals(304, r.getStatus());
    assertEquals("t1", r.getEntityTag().getValue());
    assertNull(r.getEntity());
    assertEquals(0, pagesRead);
    assertEquals(304, get("W/\"t0\", \"t1\"").getStatus());
    Response stale = get("\"t0\"");
    assertEquals(200, stale.getStatus());
    assertEquals(1, pagesRead);
  }

  @Test
  public void aPageReadWhileATopicWasWrittenIsSentWithoutATagAndNotKept() {
    // The tag before the read is t1, and t2 after it: the page may show either state.
    tagsFirst.add("t1");
    tag = "t2";
    state = "二";
    Response raced = get(null);
    assertEquals(200, raced.getStatus());
    assertNull("no tag: it would name a state the page may not show", raced.getEntityTag());
    assertEquals(0, pages.size());
    Response next = get(null);
    assertEquals("read again", 2, pagesRead);
    assertEquals("t2", next.getEntityTag().getValue());
    assertEquals(1, pages.size());
  }

  @Test
  public void whatIsKeptIsBounded() {
    for (int i = 0; i < KeptTopicPages.MAX_PAGES + 20; i++) {
      tag = "t" + i;
      get(null);
    }
    assertEquals(KeptTopicPages.MAX_PAGES, pages.size());
    tag = "t" + (KeptTopicPages.MAX_PAGES + 19);
    get(null);
    assertEquals("the newest are kept", KeptTopicPages.MAX_PAGES + 20, pagesRead);
  }
}
