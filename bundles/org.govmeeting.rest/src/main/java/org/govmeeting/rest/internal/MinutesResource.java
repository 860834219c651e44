package org.govmeeting.rest.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Minutes (纪要): drafted by the secretariat, reviewed, signed and issued by the mayor (M3). */
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

  /** The body of drafting, editing, opinions, review and issue. */
  public static class Act {
    public Long meetingId;

    /** For an erratum: the passage of the signed minutes it corrects, verbatim. */
    public String passage;

    public String text;
    public boolean agree;
    public String comments;
    public java.util.List<String> unitIds;
    public java.util.List<String> personIds;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  public Response draft(Act body, @Context SecurityContext sc, @Context UriInfo uri) {
    Act a = Params.body(body);
    if (a.meetingId == null) {
      throw new org.govmeeting.api.error.ValidationException("meetingId", "meetingId is required");
    }
    Minutes m = minutes.draft(a.meetingId, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id)).build())
        .entity(m)
        .build();
  }

  @GET
  @Path("{id}")
  @Allowed
  public Minutes read(@PathParam("id") long id, @Context SecurityContext sc) {
    return minutes.read(id, AccessFilter.actor(sc));
  }

  /** The minutes as a printable PDF, typeset in Chinese. */
  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Allowed
  public Response pdf(@PathParam("id") long id, @Context SecurityContext sc) {
    return Response.ok(minutes.pdf(id, AccessFilter.actor(sc)), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"minutes-" + id + ".pdf\"")
        .build();
  }

  @POST
  @Path("{id}/errata")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  public Response erratum(
      @PathParam("id") long id, Act body, @Context SecurityContext sc, @Context UriInfo uri) {
    Act a = Params.body(body);
    Minutes m = minutes.draftErratum(id, a.passage, a.text, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(m).build();
  }

  @POST
  @Path("{id}/errata/{erratum}/opinion-requests")
  @Allowed(Role.SECRETARIAT)
  public Minutes askErratumOpinions(
      @PathParam("id") long id, @PathParam("erratum") long erratum, @Context SecurityContext sc) {
    return minutes.askErratumOpinions(id, erratum, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/errata/{erratum}/opinions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  public Minutes erratumOpinion(
      @PathParam("id") long id,
      @PathParam("erratum") long erratum,
      Act body,
      @Context SecurityContext sc) {
    Act a = Params.body(body);
    return minutes.giveErratumOpinion(id, erratum, a.agree, a.comments, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/errata/{erratum}/legal-review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.JUSTICE_HEAD)
  public Minutes erratumLegalReview(
      @PathParam("id") long id,
      @PathParam("erratum") long erratum,
      Act body,
      @Context SecurityContext sc) {
    Act a = Params.body(body);
    return minutes.erratumLegalReview(id, erratum, a.agree, a.comments, AccessFilter.actor(sc));
  }

  /** Every link of the record's chain, with its canonical form, hash and signature. */
  @GET
  @Path("chain")
  @Allowed
  public List<ChainLink> chain() {
    return minutes.chain();
  }

  /** The platform checks every link: intact, or the first that broke and why. */
  @GET
  @Path("chain/verify")
  @Allowed
  public ChainReport verify() {
    return minutes.verify();
  }

  /** The certificate of the key that signs the chain (PEM), to check the links without us. */
  @GET
  @Path("chain/certificate")
  @Produces("application/x-pem-file")
  @Allowed
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
  public Minutes signErratum(
      @PathParam("id") long id, @PathParam("erratum") long erratum, @Context SecurityContext sc) {
    return minutes.signErratum(id, erratum, AccessFilter.actor(sc));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  public Minutes edit(
      @PathParam("id") long id,
      Act body,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext sc) {
    return minutes.edit(
        id, Params.body(body).text, Params.revision(ifMatch), AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/opinion-requests")
  @Allowed(Role.SECRETARIAT)
  public Minutes askOpinions(@PathParam("id") long id, @Context SecurityContext sc) {
    return minutes.askOpinions(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/opinions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  public Minutes opinion(@PathParam("id") long id, Act body, @Context SecurityContext sc) {
    Act a = Params.body(body);
    return minutes.giveOpinion(id, a.agree, a.comments, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/legal-review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.JUSTICE_HEAD)
  public Minutes legalReview(@PathParam("id") long id, Act body, @Context SecurityContext sc) {
    Act a = Params.body(body);
    return minutes.legalReview(id, a.agree, a.comments, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/signature")
  @Allowed(Role.MAYOR)
  public Minutes sign(@PathParam("id") long id, @Context SecurityContext sc) {
    return minutes.sign(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/issue")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  public Minutes issue(@PathParam("id") long id, Act body, @Context SecurityContext sc) {
    Act a = Params.body(body);
    return minutes.issue(id, a.unitIds, a.personIds, AccessFilter.actor(sc));
  }
}
