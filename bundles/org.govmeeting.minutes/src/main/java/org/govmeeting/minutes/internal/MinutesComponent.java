package org.govmeeting.minutes.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.document.DocumentService;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.MinutesService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.minutes.internal.print.FontShelf;
import org.govmeeting.minutes.internal.print.HouseStyle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deliberation and minutes as an OSGi component. */
@Component(
    service = {
      DeliberationService.class,
      MinutesService.class,
      RecordReaders.class,
      DocumentService.class
    },
    configurationPid = DocumentsConfig.PID,
    // Started with the platform, not at the first call: it announces at start the decisions an
    // earlier build took, which intake needs to check a revision (I2).
    immediate = true)
@Designate(ocd = DocumentsConfig.class)
public class MinutesComponent extends MinutesFacade {
  private static final Logger LOG = LoggerFactory.getLogger(MinutesComponent.class);

  /**
   * The house style of the printed documents; replaced when its configuration changes. Static
   * because the superclass takes its supplier before this object's fields exist; DS makes one
   * instance.
   */
  private static final AtomicReference<HouseStyle> STYLE = new AtomicReference<>();

  /** The period the Office set for the archive after signature (M3); as the style, static. */
  private static final AtomicReference<Duration> ARCHIVE_PERIOD = new AtomicReference<>();

  /** The chain's keystore, beside the distribution's other settings (README: the chain). */
  static final String KEYSTORE = "govmeeting-chain.p12";

  @Activate
  public MinutesComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.minutes)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.minutes)")
          SchemaReady schema,
      @Reference MeetingService meetings,
      @Reference MeetingPlanner planner,
      @Reference AttendanceService attendance,
      @Reference Directory directory,
      @Reference TopicService topics,
      @Reference ReviewService reviews,
      @Reference Outbox outbox,
      DocumentsConfig documents) {
    super(
        jpa,
        meetings,
        planner,
        attendance,
        directory,
        topics,
        reviews,
        ChainKey.openOrCreate(Path.of(System.getProperty("karaf.etc", "etc"), KEYSTORE)),
        // Through the outbox: written with the decision; intake takes it in the act, supervision
        // after the commit (I1).
        e -> {
          Map<String, Object> p = new HashMap<>(e);
          outbox.publish((String) p.remove("event.topics"), p);
        },
        STYLE::get,
        new ArchivePeriod(directory, ARCHIVE_PERIOD::get),
        Clock.systemUTC());
    modified(documents);
    announceBacklogOnce();
  }

  /** A new house style takes effect with the next document; the component keeps running. */
  @Modified
  void modified(DocumentsConfig c) {
    Settings s = new Settings(DocumentsConfig.PID, DocumentsConfig.class, LOG::error);
    Predicate<String> text = v -> !v.isBlank();
    // A face from Debian's fonts that this build lacks is accepted: the chain falls back to what
    // the build carries, and the same settings serve a build with them.
    Predicate<String> font =
        v -> FontShelf.shared().exists(v) || FontShelf.shared().notInThisBuild(v);
    String rule = "must be a bundled font or the absolute path of a TrueType file";
    if (FontShelf.shared().notInThisBuild("uming.ttc")) {
      LOG.info(
          "This build carries none of the fonts from Debian's packages: the printed documents use"
              + " Noto Sans SC, and code points it lacks print as U+FFFD (README, Printed"
              + " documents)");
    }
    STYLE.set(
        new HouseStyle(
            s.check("district", c.district(), text, "must not be blank"),
            s.check("office", c.office(), text, "must not be blank"),
            s.check("bodyFont", c.bodyFont(), font, rule),
            s.check("heiFont", c.heiFont(), font, rule),
            s.check("titleFont", c.titleFont(), font, rule),
            LOG::warn));
    ARCHIVE_PERIOD.set(Archiving.period(s, c.archiveWithinDays()));
  }

  /**
   * Before the services are registered, on a thread of its own: the thread that activates this
   * component may be inside someone's act, whose transaction the announcement must not join.
   */
  private void announceBacklogOnce() {
    Thread t =
        new Thread(
            () -> {
              try {
                int n = announceBacklog();
                if (n > 0) {
                  LOG.info("Announced {} decisions of an earlier build", n);
                }
              } catch (RuntimeException e) {
                LOG.warn("Decisions of an earlier build not announced; at the next start", e);
              }
            },
            "govmeeting-minutes-announce");
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
