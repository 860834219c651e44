package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.minutes.ChainLink;
import org.govmeeting.api.minutes.ChainReport;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.MinutesService;
import org.govmeeting.api.minutes.MinutesSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Minutes (纪要): drafted by the secretariat, reviewed, signed and issued by the mayor (M3). */
@Tag(name = ApiTags.MINUTES)
@Component(service = MinutesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("minutes")
@Produces(MediaType.APPLICATION_JSON)
public class MinutesResource {
  private final MinutesService minutes;

  @Activate
  public MinutesResource(@Reference MinutesService minutes) {
    this.minutes = minutes;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  @Operation(
      operationId = "draftMinutes",
      summary = "起草纪要 Draft the minutes of a meeting",
      description =
          "From the record: 时间 the day it was held, 出席/列席/请假 as the attendance record has"
              + " them, each item's decision.")
  @ApiResponse(
      responseCode = "201",
      description = "The draft, at its `Location`",
      content = @Content(schema = @Schema(implementation = Minutes.class)))
  public Response draft(
      Bodies.MinutesDraft body, @Context SecurityContext sc, @Context UriInfo uri) {
    Bodies.MinutesDraft a = Params.body(body);
    if (a.meetingId == null) {
      throw new org.govmeeting.api.error.ValidationException(
          "meetingId", "请填写会议编号", "meetingId is required");
    }
    Minutes m = minutes.draft(a.meetingId, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id)).build())
        .entity(m)
        .build();
  }

  @GET
  @Allowed
  @Operation(
      operationId = "listMinutes",
      summary = "纪要目录 The minutes the caller may read",
      description =
          "K3: the keepers (secretariat, Office, mayor) see every meeting's minutes, participants"
              + " their meetings', a reporting department or the Justice Bureau the draft while"
              + " they review it, and once issued the scope. Newest meeting first; no text (read"
              + " one with GET /minutes/{id}).")
  public List<MinutesSummary> list(
      @QueryParam("meeting")
          @Parameter(
              description = "Only this meeting's",
              schema = @Schema(type = "integer", format = "int64"))
          String meeting,
      @Context SecurityContext sc) {
    return minutes.list(Params.id("meeting", meeting), AccessFilter.actor(sc));
  }

  @GET
  @Path("{id}")
  @Allowed
  @Operation(
      operationId = "getMinutes",
      summary = "读取纪要 Read the minutes",
      description =
          "K3: for the keepers, the participants, the reviewers while asked and the issued scope;"
              + " outside the participants without the restricted passages.")
  public Minutes read(@PathParam("id") long id, @Context SecurityContext sc) {
    return minutes.read(id, AccessFilter.actor(sc));
  }

  /** The minutes as a printable PDF, typeset in Chinese. */
  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Allowed
  @Operation(
      operationId = "downloadMinutesPdf",
      summary = "纪要PDF The minutes as a PDF",
      description = "A4, typeset in Noto Sans SC, numbered 前政纪〔year〕N号; read as the minutes.")
  @ApiResponse(
      responseCode = "200",
      description = "The PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  public Response pdf(@PathParam("id") long id, @Context SecurityContext sc) {
    return Downloads.pdf(minutes.pdf(id, AccessFilter.actor(sc)), "minutes-" + id + ".pdf");
  }

  @POST
  @Path("{id}/errata")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  @Operation(
      operationId = "draftErratum",
      summary = "起草勘误 Draft an erratum",
      description =
          "A correction of the wording of signed minutes: a passage found exactly once, and what"
              + " it should read. Never of a decision (409, I2).")
  @ApiResponse(
      responseCode = "201",
      description = "The minutes with the erratum",
      content = @Content(schema = @Schema(implementation = Minutes.class)))
  public Response erratum(
      @PathParam("id") long id,
      Bodies.ErratumDraft body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    Bodies.ErratumDraft a = Params.body(body);
    Minutes m = minutes.draftErratum(id, a.passage, a.text, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(m).build();
  }

  @POST
  @Path("{id}/errata/{erratum}/opinion-requests")
  @Allowed(Role.SECRETARIAT)
  @Operation(
      operationId = "requestErratumOpinions",
      summary = "勘误征求意见 Ask the reporting departments about an erratum",
      description = "M3, as for the minutes. No body.")
  public Minutes askErratumOpinions(
      @PathParam("id") long id, @PathParam("erratum") long erratum, @Context SecurityContext sc) {
    return minutes.askErratumOpinions(id, erratum, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/errata/{erratum}/opinions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      operationId = "giveErratumOpinion",
      summary = "勘误意见 Give a department's opinion on an erratum",
      description = "M3: a reporting department asked agrees, or says what should change.")
  public Minutes erratumOpinion(
      @PathParam("id") long id,
      @PathParam("erratum") long erratum,
      Bodies.Opinion body,
      @Context SecurityContext sc) {
    Bodies.Opinion a = Params.body(body);
    return minutes.giveErratumOpinion(id, erratum, a.agree, a.comments, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/errata/{erratum}/legal-review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.JUSTICE_HEAD)
  @Operation(
      operationId = "reviewErratumLegality",
      summary = "勘误合法性审核 Review an erratum's legality",
      description = "The Justice Bureau head; a return ends the erratum (RETURNED).")
  public Minutes erratumLegalReview(
      @PathParam("id") long id,
      @PathParam("erratum") long erratum,
      Bodies.Opinion body,
      @Context SecurityContext sc) {
    Bodies.Opinion a = Params.body(body);
    return minutes.erratumLegalReview(id, erratum, a.agree, a.comments, AccessFilter.actor(sc));
  }

  /** Every link of the record's chain, with its canonical form, hash and signature. */
  @GET
  @Path("chain")
  @Allowed
  @Operation(
      operationId = "getRecordChain",
      summary = "纪要哈希链 The record's hash chain",
      description = "Every link: canonical form, hash, previous hash and signature (see README).")
  public List<ChainLink> chain() {
    return minutes.chain();
  }

  /** The platform checks every link: intact, or the first that broke and why. */
  @GET
  @Path("chain/verify")
  @Allowed
  @Operation(
      operationId = "verifyRecordChain",
      summary = "校验哈希链 Check the record's chain",
      description = "The platform checks every link: `intact`, or the first `broken` link and why.")
  public ChainReport verify() {
    return minutes.verify();
  }

  /** The certificate of the key that signs the chain (PEM), to check the links without us. */
  @GET
  @Path("chain/certificate")
  @Produces("application/x-pem-file")
  @Allowed
  @Operation(
      operationId = "getChainCertificate",
      summary = "签名证书 The chain's signing certificate",
      description = "The X.509 certificate (PEM) of the key that signs each link.")
  @ApiResponse(
      responseCode = "200",
      description = "The certificate",
      content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = "string")))
  public Response certificate() {
    return Response.ok(
            minutes.chainCertificate().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            "application/x-pem-file")
        .header("Content-Disposition", "attachment; filename=\"govmeeting-chain.pem\"")
        .build();
  }

  @POST
  @Path("{id}/errata/{erratum}/signature")
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "signErratum",
      summary = "签发勘误 Sign an erratum",
      description =
          "The mayor signs once the legality review agreed (409, M3 before); the next link"
              + " of the chain. No body.")
  public Minutes signErratum(
      @PathParam("id") long id, @PathParam("erratum") long erratum, @Context SecurityContext sc) {
    return minutes.signErratum(id, erratum, AccessFilter.actor(sc));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  @Operation(
      operationId = "editMinutes",
      summary = "修改纪要 Edit the draft",
      description =
          "A new version of the text while a draft, with `If-Match` set to the `ETag` read.")
  public Minutes edit(
      @PathParam("id") long id,
      Bodies.MinutesText body,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext sc) {
    return minutes.edit(
        id, Params.body(body).text, Params.revision(ifMatch), AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/opinion-requests")
  @Allowed(Role.SECRETARIAT)
  @Operation(
      operationId = "requestMinutesOpinions",
      summary = "征求意见 Ask the reporting departments",
      description = "M3: the departments that reported are asked for their opinions. No body.")
  public Minutes askOpinions(@PathParam("id") long id, @Context SecurityContext sc) {
    return minutes.askOpinions(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/opinions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      operationId = "giveMinutesOpinion",
      summary = "反馈意见 Give a department's opinion",
      description = "M3: a reporting department asked agrees, or says what should change.")
  public Minutes opinion(
      @PathParam("id") long id, Bodies.Opinion body, @Context SecurityContext sc) {
    Bodies.Opinion a = Params.body(body);
    return minutes.giveOpinion(id, a.agree, a.comments, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/legal-review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.JUSTICE_HEAD)
  @Operation(
      operationId = "reviewMinutesLegality",
      summary = "合法性审核 Review the minutes' legality",
      description = "The Justice Bureau head; a return sends the draft back to the secretariat.")
  public Minutes legalReview(
      @PathParam("id") long id, Bodies.Opinion body, @Context SecurityContext sc) {
    Bodies.Opinion a = Params.body(body);
    return minutes.legalReview(id, a.agree, a.comments, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/signature")
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "signMinutes",
      summary = "签发纪要 Sign the minutes",
      description =
          "The mayor signs: the minutes become immutable, a signed link of the record's chain."
              + " No body.")
  public Minutes sign(@PathParam("id") long id, @Context SecurityContext sc) {
    return minutes.sign(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/issue")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "issueMinutes",
      summary = "印发纪要 Issue the minutes",
      description = "The mayor issues signed minutes to a distribution scope (K3).")
  public Minutes issue(@PathParam("id") long id, Bodies.Scope body, @Context SecurityContext sc) {
    Bodies.Scope a = Params.body(body);
    return minutes.issue(id, a.unitIds, a.personIds, AccessFilter.actor(sc));
  }
}
