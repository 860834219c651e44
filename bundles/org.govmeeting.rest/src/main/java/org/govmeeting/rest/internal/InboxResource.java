package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.inbox.InboxItem;
import org.govmeeting.api.inbox.InboxPart;
import org.govmeeting.api.inbox.InboxSource;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /me/inbox}: everything waiting for the caller, from every module. */
@Component(service = InboxResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("me/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
  private final TopicService topics;
  private final MeetingService meetings;

  /**
   * Dynamic: each module's part comes and goes with the module, and a module that stops must not
   * take everyone's inbox (the other modules' parts) away with it.
   */
  @Reference(
      service = InboxSource.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      fieldOption = FieldOption.UPDATE)
  private final List<InboxSource> sources = new CopyOnWriteArrayList<>();

  @Activate
  public InboxResource(@Reference TopicService topics, @Reference MeetingService meetings) {
    this.topics = topics;
    this.meetings = meetings;
  }

  @GET
  @Allowed
  @ReadsAcrossModules
  @Operation(
      operationId = "getMyInbox",
      tags = ApiTags.DIRECTORY,
      summary = "我的待办 What waits for the caller",
      description =
          "Everything waiting for the caller, newest first, counted per kind: review steps open"
              + " for them (F4-F8), leave and recording requests they decide (K1-K3), minutes"
              + " and errata sent to their unit for an opinion, the legality review, the mayor's"
              + " signature and issue (M3), tasks of their unit due soon or overdue (I1), notices"
              + " not yet acknowledged (M1). Each item says what to do, why (clause), since and"
              + " by when, where to read (link) and the call that acts (act). Chinese, English"
              + " with Accept-Language: en.")
  @ApiResponse(
      responseCode = "200",
      description = "The inbox",
      content = @Content(schema = @Schema(implementation = Inbox.View.class)))
  public Inbox.View inbox(
      @Parameter(
              description =
                  "How many of the newest items to list, 1-200 (default 50); the counts are of"
                      + " everything waiting")
          @QueryParam("limit")
          String limit,
      @Context SecurityContext sc,
      @Context HttpHeaders headers) {
    int page = Params.count("limit", limit, 50, 1, 200);
    Actor actor = AccessFilter.actor(sc);
    List<InboxItem> items = new ArrayList<>();
    Map<InboxItem.Kind, Integer> counts = new java.util.EnumMap<>(InboxItem.Kind.class);
    for (InboxSource source : List.copyOf(sources)) {
      // Each module's newest page and its counts: an inbox holds one page, however much waits.
      InboxPart part = source.waitingFor(actor, page);
      items.addAll(part.items);
      part.counts.forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
    }
    return Inbox.of(
        items,
        counts,
        page,
        Outage.english(headers.getAcceptableLanguages()),
        this::names,
        id -> meetings.get(id).map(m -> m.number));
  }

  private Map<Long, String> names(List<Long> ids) {
    Map<Long, String> out = new HashMap<>();
    for (TopicSummary t : topics.summaries(ids)) {
      out.put(t.id, t.name);
    }
    return out;
  }
}
