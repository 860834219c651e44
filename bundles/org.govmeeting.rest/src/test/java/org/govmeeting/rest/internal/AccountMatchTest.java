package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.testsupport.Stubs;
import org.junit.Test;

/** How a login name the realm accepted becomes a person (issue 17, item 1). */
public class AccountMatchTest {
  private final List<String> log = new ArrayList<>();
  private final Settings settings = new Settings(RestConfig.PID, RestConfig.class, log::add);

  /** The mayor, whose ID is li.jianguo and whose LDAP account is ljg001. */
  private static final Directory DIRECTORY =
      Stubs.only(
          Directory.class,
          Map.of(
              "signingIn",
              a ->
                  (Boolean) a[1]
                      ? ("ljg001".equals(a[0]) ? Optional.of(mayor()) : Optional.empty())
                      : ("li.jianguo".equals(a[0]) ? Optional.of(mayor()) : Optional.empty())));

  private static Person mayor() {
    Person p = new Person();
    p.id = "li.jianguo";
    p.account = "ljg001";
    return p;
  }

  private static RestConfig config(String accountMatch) {
    return Stubs.only(RestConfig.class, Map.of("accountMatch", a -> accountMatch));
  }

  @Test
  public void byDefaultALoginIsThePersonsId() {
    AccountMatch m = AccountMatch.of(config(AccountMatch.ID), settings);
    assertFalse(m.byAccount());
    assertEquals("li.jianguo", m.person(DIRECTORY, "li.jianguo").orElseThrow().id);
    assertFalse(m.person(DIRECTORY, "ljg001").isPresent());
    assertTrue(log.isEmpty());
  }

  @Test
  public void byAccountAnIdIsNoLogin() {
    AccountMatch m = AccountMatch.of(config(" account "), settings);
    assertTrue(m.byAccount());
    assertEquals("li.jianguo", m.person(DIRECTORY, "ljg001").orElseThrow().id);
    assertFalse(
        "an LDAP account named like the mayor's ID is not the mayor",
        m.person(DIRECTORY, "li.jianguo").isPresent());
  }

  @Test
  public void anotherValueIsRefusedLoudlyAndIdKept() {
    AccountMatch m = AccountMatch.of(config("uid"), settings);
    assertFalse(m.byAccount());
    assertEquals(1, log.size());
    String line = log.get(0);
    assertTrue(line, line.contains("org.govmeeting.rest: setting accountMatch = uid refused"));
    assertTrue(line, line.contains("must be id or account"));
    assertTrue(line, line.endsWith("using the default, id"));
    assertFalse(AccountMatch.of(config(null), settings).byAccount());
  }
}
