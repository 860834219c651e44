package org.govmeeting.api.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SettingsTest {
  /** A configuration type as a module declares one: each default written here only. */
  @Retention(RetentionPolicy.RUNTIME)
  @interface Sample {
    String zone() default "Asia/Shanghai";

    String bodyFont() default "uming.ttc#UMingCN";

    String[] frameAncestors() default {"'self'"};

    String[] allowedOrigins() default {};

    String jpa_target() default "(osgi.unit.name=x)";

    int noDefault();
  }

  private final List<String> log = new ArrayList<>();
  private final Settings settings = new Settings("org.govmeeting.sample", Sample.class, log::add);

  @Test
  public void theDefaultIsTheOneTheConfigurationTypeDeclares() {
    assertEquals("uming.ttc#UMingCN", Settings.defaultOf(Sample.class, "bodyFont"));
    assertEquals("(osgi.unit.name=x)", settings.defaultOf("jpa.target"));
    try {
      settings.defaultOf("noDefault");
      throw new AssertionError("a setting without a default has none to fall back to");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage(), expected.getMessage().contains("noDefault"));
    }
  }

  @Test
  public void aBadValueIsRefusedWithALineNamingTheSettingTheValueAndTheRule() {
    assertEquals("x.ttf", settings.check("bodyFont", "x.ttf", v -> true, "a font"));
    assertTrue(log.isEmpty());
    assertEquals(
        "uming.ttc#UMingCN", settings.check("bodyFont", "nowhere.ttf", v -> false, "a font"));
    assertEquals(
        List.of(
            "org.govmeeting.sample: setting bodyFont = nowhere.ttf refused (a font); using the"
                + " default, uming.ttc#UMingCN"),
        log);
  }

  @Test
  public void aListKeepsItsGoodValuesAndFallsBackToTheDefaultWhenNoneIsLeft() {
    assertEquals(
        List.of("https://portal.example"),
        settings.each(
            "allowedOrigins",
            new String[] {"https://portal.example", "portal"},
            v -> v.startsWith("https://"),
            "scheme://host:port"));
    assertEquals(1, log.size());
    assertTrue(
        log.get(0),
        log.get(0).endsWith("allowedOrigins = portal refused (scheme://host:port); left out"));
    assertEquals(
        List.of("'self'"),
        settings.each("frameAncestors", new String[] {"*"}, v -> false, "'self' or an origin"));
    assertTrue(log.get(1), log.get(1).endsWith("using the default, 'self'"));
  }

  @Test
  public void aListInACfgFileIsOneCommaSeparatedValue() {
    assertEquals(
        List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "10.0.0.5"),
        Settings.list(new String[] {"127.0.0.1, 0:0:0:0:0:0:0:1", " 10.0.0.5 ,", "127.0.0.1"}));
    assertEquals(List.of(), Settings.list(null));
    assertEquals(
        List.of("https://a.example", "https://b.example"),
        settings.each(
            "allowedOrigins",
            new String[] {"https://a.example, https://b.example"},
            v -> v.startsWith("https://"),
            "scheme://host:port"));
    assertTrue(log.toString(), log.isEmpty());
  }

  @Test
  public void aTimeZoneTheDatabaseDoesNotKnowIsRefused() {
    assertEquals(ZoneId.of("Asia/Urumqi"), settings.zone("zone", " Asia/Urumqi "));
    assertTrue(log.isEmpty());
    for (String bad : new String[] {"Asia/Beijing", "CST", "", null, "+25:00"}) {
      assertEquals(bad, ZoneId.of("Asia/Shanghai"), settings.zone("zone", bad));
    }
    assertEquals(5, log.size());
    assertTrue(log.get(0), log.get(0).contains("setting zone = Asia/Beijing refused"));
    assertTrue(log.get(0), log.get(0).contains("using the default, Asia/Shanghai"));
  }
}
