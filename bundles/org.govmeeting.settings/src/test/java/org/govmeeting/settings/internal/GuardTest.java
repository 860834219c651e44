package org.govmeeting.settings.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.junit.Test;

/** Settings refused by their metatype, as bnd generates it from the @ObjectClassDefinition. */
public class GuardTest {
  private static final String PID = "org.govmeeting.supervision";

  private final List<String> log = new ArrayList<>();
  private final Guard guard = new Guard(log::add);
  private final List<Rule> rules = rules();

  private static List<Rule> rules() {
    try {
      return RuleBook.parse(GuardTest.class.getResource("/supervision-metatype.xml")).get(PID);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private Dictionary<String, Object> config(Object... pairs) {
    Dictionary<String, Object> d = new Hashtable<>();
    d.put("service.pid", PID);
    for (int i = 0; i < pairs.length; i += 2) {
      d.put((String) pairs[i], pairs[i + 1]);
    }
    return d;
  }

  @Test
  public void goodValuesPassUntouchedAndSilently() {
    Dictionary<String, Object> c =
        config("dueSoonDays", "3", "chaseIntervalMinutes", 0, "demoAccounts", "TRUE");
    guard.apply(PID, c, rules);
    assertEquals("3", c.get("dueSoonDays"));
    assertEquals(0, c.get("chaseIntervalMinutes"));
    assertTrue(log.toString(), log.isEmpty());
  }

  @Test
  public void aNonNumberIsRefusedAndTheDefaultAppliesWhenNothingGoodCameBefore() {
    Dictionary<String, Object> c = config("dueSoonDays", "abc");
    guard.apply(PID, c, rules);
    assertNull("removed: the component's default applies", c.get("dueSoonDays"));
    assertEquals(1, log.size());
    assertEquals(
        "org.govmeeting.supervision: setting dueSoonDays = abc refused (must be a whole number of"
            + " at least 0); using the default, 7 (etc/org.govmeeting.supervision.cfg)",
        log.get(0));
  }

  @Test
  public void aBadValueAfterAGoodOneKeepsTheGoodOne() {
    guard.apply(PID, config("dueSoonDays", "3"), rules);
    Dictionary<String, Object> c = config("dueSoonDays", "-5");
    guard.apply(PID, c, rules);
    assertEquals("3", c.get("dueSoonDays"));
    assertTrue(log.get(0), log.get(0).contains("dueSoonDays = -5 refused"));
    assertTrue(
        log.get(0), log.get(0).endsWith("keeping 3, the last good value (etc/" + PID + ".cfg)"));
  }

  @Test
  public void aGuardStartedLateKeepsWhatTheConfigurationHeldWhenItStarted() {
    guard.remember(PID, config("dueSoonDays", "4", "chaseIntervalMinutes", "x"), rules);
    Dictionary<String, Object> c = config("dueSoonDays", "abc", "chaseIntervalMinutes", "-1");
    guard.apply(PID, c, rules);
    assertEquals("4", c.get("dueSoonDays"));
    assertNull("a bad value held then is no good value", c.get("chaseIntervalMinutes"));
    assertEquals(2, log.size());
  }

  @Test
  public void theLastGoodValuesOutliveARestart() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("guard");
    LastGoodFile file = new LastGoodFile(dir.resolve("last-good.ser"));
    Guard before = new Guard(log::add, file.read(), file::write);
    before.apply(PID, config("dueSoonDays", "3", "allowedOrigins", new String[] {"a"}), rules);
    Guard after = new Guard(log::add, file.read(), file::write);
    Dictionary<String, Object> c = config("dueSoonDays", "abc");
    after.apply(PID, c, rules);
    assertEquals("3", c.get("dueSoonDays"));
    assertTrue(log.get(0), log.get(0).contains("keeping 3, the last good value"));
  }

  @Test
  public void eachRefusalIsLoggedOnceHoweverManyComponentsReadTheConfiguration() {
    for (int i = 0; i < 4; i++) {
      guard.apply(PID, config("dueSoonDays", "abc"), rules);
    }
    assertEquals(1, log.size());
    guard.apply(PID, config("dueSoonDays", "7"), rules);
    guard.apply(PID, config("dueSoonDays", "abc"), rules);
    assertEquals("refused again after a good value in between", 2, log.size());
  }

  @Test
  public void rangesTypesAndWholeNumbersAsFelixScrReadsThem() {
    Rule limit = rule("defaultTimeLimitMinutes");
    assertNull(limit.problem("240"));
    assertEquals("must be a whole number from 1 to 240", limit.problem("241"));
    assertEquals("must be a whole number from 1 to 240", limit.problem("0"));
    assertEquals("must be a whole number from 1 to 240", limit.problem("1e2"));
    assertEquals("must be a whole number from 1 to 240", limit.problem("15.0"));
    assertEquals("must be a whole number from 1 to 240", limit.problem(""));
    assertEquals("must be a whole number from 1 to 240", limit.problem("99999999999"));
    assertNull(rule("maxFileBytes").problem("99999999999"));
    assertEquals("must be true or false", rule("demoAccounts").problem("yes"));
    assertNull(rule("rosterFile").problem(""));
    assertNull(rule("allowedOrigins").problem(new String[] {"https://a.example", "x"}));
    assertEquals(
        "must be a whole number of at least 0", rule("dueSoonDays").problem(new int[] {3, -1}));
  }

  @Test
  public void optionsAreTheOnlyValuesAllowed() {
    Rule district =
        new Rule("activeDistrict", 1, null, null, List.of("qianjin", "dongfeng"), "qianjin");
    assertNull(district.problem("dongfeng"));
    assertEquals("must be one of qianjin, dongfeng", district.problem("nowhere"));
  }

  @Test
  public void aValueWithALineBreakStaysOneLine() {
    guard.apply(PID, config("dueSoonDays", "1\nforged line"), rules);
    assertEquals(1, log.size());
    assertTrue(log.get(0), log.get(0).contains("dueSoonDays = 1\\nforged line refused"));
  }

  private Rule rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }
}
