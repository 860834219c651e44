package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.govmeeting.rest.internal.JaasAuthenticator.Verdict;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Which accounts of the users file still open the platform with the demo password (issue 14, item
 * 5), against a realm that holds a password per account as a map.
 */
public class DemoPasswordsTest {
  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private final Map<String, String> realm = new HashMap<>();
  private final List<String> asked = new ArrayList<>();
  private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
  private boolean realmThere = true;
  private Path users;
  private DemoPasswords demo;

  @Before
  public void files() throws IOException {
    users = folder.newFile("users.properties").toPath();
    demo =
        new DemoPasswords(
            users,
            (name, password) -> {
              asked.add(name);
              if (!realmThere) {
                return Verdict.UNAVAILABLE;
              }
              return new String(password).equals(realm.get(name))
                  ? Verdict.ACCEPTED
                  : Verdict.REFUSED;
            },
            now::get);
  }

  private void write(String text, long modifiedMillis) throws IOException {
    Files.writeString(users, text, StandardCharsets.ISO_8859_1);
    Files.setLastModifiedTime(users, FileTime.fromMillis(modifiedMillis));
  }

  private void later() {
    now.addAndGet(DemoPasswords.EVERY_NANOS);
  }

  @Test
  public void accountsStillOnTheDemoPasswordAreFoundGroupsAreNotAsked() throws IOException {
    write(
        "_g_\\:admingroup = group,admin\nli.jianguo = {CRYPT}x{CRYPT},_g_:govmeeting\n"
            + "wang.hong = x,_g_:govmeeting\nzhao.min = y\n",
        10_000);
    realm.put("li.jianguo", "demo");
    realm.put("wang.hong", "a long one of her own");
    realm.put("zhao.min", "demo");
    assertEquals(List.of("li.jianguo", "zhao.min"), demo.live());
    assertEquals(List.of("li.jianguo", "wang.hong", "zhao.min"), asked);
  }

  @Test
  public void aChangedFileIsCheckedAgainAnUnchangedOneIsNot() throws IOException {
    write("li.jianguo = x\n", 10_000);
    realm.put("li.jianguo", "demo");
    assertEquals(List.of("li.jianguo"), demo.live());
    later();
    assertEquals(List.of("li.jianguo"), demo.live());
    assertEquals("unchanged: the realm is not asked again", 1, asked.size());

    realm.put("li.jianguo", "his own now");
    write("li.jianguo = y\n", 20_000);
    assertEquals("within the interval the last finding stands", List.of("li.jianguo"), demo.live());
    later();
    assertEquals(List.of(), demo.live());
    assertEquals(2, asked.size());
  }

  @Test
  public void aRealmNotYetThereProvesNothingAndIsAskedAgain() throws IOException {
    write("li.jianguo = x\n", 10_000);
    realm.put("li.jianguo", "demo");
    realmThere = false;
    assertEquals(List.of(), demo.live());
    realmThere = true;
    later();
    assertEquals("the same file, now that the realm answers", List.of("li.jianguo"), demo.live());
  }

  @Test
  public void noUsersFileNoDemoAccounts() throws IOException {
    Files.delete(users);
    assertEquals(List.of(), demo.live());
    assertEquals(List.of(), asked);
  }
}
