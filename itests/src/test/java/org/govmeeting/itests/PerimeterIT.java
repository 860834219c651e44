package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.govmeeting.itests.Http.Answer;
import org.junit.Assume;
import org.junit.Test;

/**
 * Issue 14 items 1 and 5 against the booted distribution: no console administrator with a known
 * password, the API on the loopback interface only, stored passwords hashed, and password guessing
 * stopped after a handful of tries with 429 and Retry-After and written to security.log.
 */
public class PerimeterIT extends PlatformTestSupport {

  @Test
  public void theDistributionShipsNoAdministratorAndOnlyHashedPasswords() throws IOException {
    Properties users = new Properties();
    try (var in =
        Files.newBufferedReader(
            Path.of(System.getProperty("karaf.etc"), "users.properties"),
            StandardCharsets.ISO_8859_1)) {
      users.load(in);
    }
    assertFalse("karaf/karaf is gone", users.containsKey("karaf"));
    List<String> clear = new ArrayList<>();
    for (String user : users.stringPropertyNames()) {
      String password = users.getProperty(user).split(",", 2)[0].trim();
      if (!user.startsWith("_g_:") && !password.startsWith("{CRYPT}")) {
        clear.add(user);
      }
    }
    assertTrue("passwords in clear: " + clear, clear.isEmpty());
    assertEquals(401, http.send("GET", "me", "karaf", "karaf", null, null).status);
    // The hashed demo password still logs in (demoAccounts is on for the tests).
    assertEquals(200, http.get("me", "li.jianguo").status);
  }

  @Test
  public void theApiListensOnTheLoopbackInterfaceOnly() throws IOException {
    int port = Integer.getInteger(PORT_PROPERTY);
    List<InetAddress> others = new ArrayList<>();
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (n.isUp() && !n.isLoopback()) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet4Address) {
            others.add(a);
          }
        }
      }
    }
    Assume.assumeFalse("this machine has no other interface", others.isEmpty());
    for (InetAddress a : others) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(a, port), 2000);
        throw new AssertionError("the API answers on " + a + ":" + port);
      } catch (IOException refused) {
        // expected: nothing listens there
      }
    }
  }

  @Test
  public void twoHundredGuessesCheckFivePasswordsThenAreLockedOutAndLogged() throws IOException {
    // The attack: 200 wrong passwords in about a second. An account of its own, so no other test
    // finds it locked.
    String target = "guess.target";
    int refused = 0;
    int lockedOut = 0;
    Answer last = null;
    for (int i = 0; i < 200; i++) {
      last = http.send("GET", "me", target, "guess" + i, null, null);
      if (last.status == 401) {
        refused++;
      } else if (last.status == 429) {
        lockedOut++;
      }
    }
    assertEquals("passwords actually checked", 5, refused);
    assertEquals(195, lockedOut);
    assertProblem(last, 429, null);
    assertTrue(last.toString(), Integer.parseInt(last.header("Retry-After")) > 0);
    // Locked means not even the right password is tried: nothing tells a hit from a miss.
    Answer meanwhile = http.send("GET", "me", target, "demo", null, null);
    assertEquals(429, meanwhile.status);
    Path log = Path.of(System.getProperty("karaf.data"), "log", "security.log");
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(text, text.contains("failed login of '" + target + "'"));
    assertTrue(text, text.contains("lockout after failure 5 of '" + target + "'"));
    assertTrue(text, text.contains("login of '" + target + "' from 127.0.0.1 refused"));
    assertNotNull("other accounts are not locked", http.get("me", "wang.hong").json());
  }

  @Test
  public void aLoggedUserNameCannotForgeALineOfTheSecurityLog() throws IOException {
    http.send("GET", "me", "x\n2026-01-01 forged", "bad", null, null);
    Path log = Path.of(System.getProperty("karaf.data"), "log", "security.log");
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      assertFalse(line, line.startsWith("2026-01-01 forged"));
    }
  }
}
