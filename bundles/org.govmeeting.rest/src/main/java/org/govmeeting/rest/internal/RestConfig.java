package org.govmeeting.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(
    name = "Executive meeting: REST access",
    description = "How REST callers are authenticated, throttled and kept to their own origin.")
public @interface RestConfig {
  String PID = "org.govmeeting.rest";

  @AttributeDefinition(
      name = "JAAS realm",
      description = "The Karaf JAAS realm that checks user names and passwords.")
  String realm() default "karaf";

  @AttributeDefinition(
      name = "Logins matched by",
      description =
          "Which field of a directory person a login name is: 'id' (the person's ID, as in"
              + " etc/users.properties) or 'account' (the person's account in the district's"
              + " login directory, the LDAP attribute the realm's user.filter names: uid, mail or"
              + " employee number; compared without regard to case). With 'account' a person"
              + " without one cannot log in, whatever their ID. Roles always come from the"
              + " directory, never from the realm. Any other value is refused and 'id' kept.",
      options = {
        @Option(label = "the person's ID", value = AccountMatch.ID),
        @Option(label = "the person's account in the login directory", value = AccountMatch.ACCOUNT)
      })
  String accountMatch() default AccountMatch.ID;

  @AttributeDefinition(
      name = "Login cache (seconds)",
      description =
          "How long a successful login is remembered, so that each request does not rerun the"
              + " JAAS modules; 0 turns the cache off. A changed password, or an account removed"
              + " from an LDAP realm, takes effect after at most this long.",
      min = "0")
  int loginCacheSeconds() default 60;

  @AttributeDefinition(
      name = "Largest JSON body (KiB)",
      description =
          "A JSON request body larger than this is refused with 413 before it is parsed. Files"
              + " have their own limit (intake: maxFileBytes).",
      min = "1")
  int maxJsonKiB() default 1024;

  @AttributeDefinition(
      name = "Largest upload (MiB)",
      description =
          "Any other request body (material files, attachments) larger than this is refused with"
              + " 413 while it arrives. Files are streamed to the database a row of 256 KiB at a"
              + " time, so this bounds what one request writes, not memory. The lower limit wins:"
              + " a file above its module's limit (intake: maxFileBytes, 20 MiB; task"
              + " attachments: 20 MiB) but within this one is refused with 400 once that many"
              + " bytes have arrived, and nothing of it is kept; keep this at or above"
              + " maxFileBytes, or files above it get 413 instead.",
      min = "1")
  int maxUploadMiB() default 32;

  @AttributeDefinition(
      name = "Slowest request body (bytes per second)",
      description =
          "A request body that, after its first 10 seconds of being read, has arrived slower"
              + " than this is cut off with 408, so a client that sends a byte now and then"
              + " cannot hold a request thread for long.",
      min = "1")
  int minBodyBytesPerSecond() default 1024;

  @AttributeDefinition(
      name = "Demo accounts",
      description =
          "Whether accounts may log in with the demo password 'demo'. Off, such a login is"
              + " refused and logged to security.log, and while any account of"
              + " etc/users.properties still has that password the API answers every call with"
              + " 503 demo-passwords and /health is DOWN: a real installation never accepts"
              + " them.")
  boolean demoAccounts() default false;

  @AttributeDefinition(
      name = "Failed logins per account before lockout",
      description =
          "After this many wrong passwords for one account, further logins of it are refused"
              + " with 429 and Retry-After for lockoutSeconds, doubling with each further"
              + " failure up to maxLockoutSeconds.",
      min = "1")
  int failuresPerAccount() default 5;

  @AttributeDefinition(
      name = "Failed logins per client address before lockout",
      description =
          "The same for all logins from one client address, whatever the account: higher than"
              + " per account, since an office behind one NAT address shares it.",
      min = "1")
  int failuresPerAddress() default 20;

  @AttributeDefinition(
      name = "First lockout (seconds)",
      description = "How long the first lockout lasts; each further failure doubles it.",
      min = "1")
  int lockoutSeconds() default 15;

  @AttributeDefinition(
      name = "Longest lockout (seconds)",
      description =
          "The longest lockout; failures older than this are forgotten, so a lockout ends by"
              + " itself.",
      min = "1")
  int maxLockoutSeconds() default 900;

  @AttributeDefinition(
      name = "Allowed origins",
      description =
          "Browser origins (scheme://host:port) besides the request's own that may send"
              + " state-changing calls, e.g. the portal's address when a reverse proxy"
              + " terminates TLS. Any other Origin is refused with 403.")
  String[] allowedOrigins() default {};
}
