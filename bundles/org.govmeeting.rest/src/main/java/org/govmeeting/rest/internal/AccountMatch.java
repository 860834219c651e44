package org.govmeeting.rest.internal;

import java.util.Optional;
import java.util.Set;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;

/**
 * How a login name that the realm accepted becomes a person of the directory: by the person's ID,
 * or by their account in the district's login directory. Exclusively one or the other: an LDAP
 * account that happens to be named like someone's ID ("li.jianguo") must never become that person
 * when logins are matched by account.
 */
final class AccountMatch {
  static final String ID = "id";
  static final String ACCOUNT = "account";

  private final boolean byAccount;

  private AccountMatch(boolean byAccount) {
    this.byAccount = byAccount;
  }

  /** The configured match; any value but the two is refused and {@code id} kept. */
  static AccountMatch of(RestConfig config, Settings settings) {
    String v =
        settings.check(
            "accountMatch",
            config.accountMatch() == null ? null : config.accountMatch().trim(),
            Set.of(ID, ACCOUNT)::contains,
            "must be " + ID + " or " + ACCOUNT);
    return new AccountMatch(ACCOUNT.equals(v));
  }

  boolean byAccount() {
    return byAccount;
  }

  /** The person the login name is, if any. */
  Optional<Person> person(Directory directory, String login) {
    // Whichever district the person belongs to: the person says which district the call is for.
    return directory.signingIn(login, byAccount);
  }
}
