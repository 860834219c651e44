package org.govmeeting.itests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenLDAP server (Debian's {@code slapd}) for one test: its own configuration and database
 * in a temporary folder, on a free port of 127.0.0.1, started as a child process and stopped by
 * {@link #close()}; no system service, nothing outside the folder. Run by root (as CI is), it drops
 * to {@code nobody} once it has its port.
 */
final class Slapd implements AutoCloseable {
  static final String SUFFIX = "dc=qianjin,dc=gov,dc=cn";
  static final String PEOPLE = "ou=people," + SUFFIX;
  static final String SERVICE = "cn=govmeeting,ou=services," + SUFFIX;
  private static final String ROOT = "cn=admin," + SUFFIX;

  private static final Path SLAPD = Path.of("/usr/sbin/slapd");
  private static final Path SLAPADD = Path.of("/usr/sbin/slapadd");
  private static final Path LDAPDELETE = Path.of("/usr/bin/ldapdelete");
  private static final Path SCHEMA = Path.of("/etc/ldap/schema");
  private static final Path MODULES = Path.of("/usr/lib/ldap");

  /** One person of the directory: uid, mail and password. */
  record Account(String uid, String mail, String password) {
    String dn() {
      return "uid=" + uid + "," + PEOPLE;
    }
  }

  private final Path dir;
  private final int port;
  private final String rootPassword = random();
  private final String servicePassword = random();
  private final Process process;

  /** Whether Debian's slapd, slapadd and ldapdelete (packages slapd, ldap-utils) are here. */
  static boolean available() {
    return Stream.of(SLAPD, SLAPADD, LDAPDELETE, SCHEMA.resolve("inetorgperson.schema"))
        .allMatch(Files::exists);
  }

  static String missing() {
    return "no OpenLDAP server here ("
        + SLAPD
        + ", "
        + SLAPADD
        + ", "
        + LDAPDELETE
        + "): install Debian's slapd and ldap-utils (.ci/ldap does)";
  }

  /** Starts a server holding these people under {@link #PEOPLE}. */
  Slapd(List<Account> people) throws IOException, InterruptedException {
    dir = Files.createTempDirectory("govmeeting-slapd");
    Files.createDirectory(dir.resolve("db"));
    port = PlatformTestSupport.freePort();
    Path conf = dir.resolve("slapd.conf");
    Files.writeString(conf, config(), StandardCharsets.UTF_8);
    Path ldif = dir.resolve("people.ldif");
    Files.writeString(ldif, ldif(people), StandardCharsets.UTF_8);
    run(List.of(SLAPADD.toString(), "-f", conf.toString(), "-l", ldif.toString()));
    List<String> command = new ArrayList<>(List.of(SLAPD.toString(), "-d", "0"));
    command.addAll(List.of("-f", conf.toString(), "-h", url() + "/"));
    if (handToNobody()) {
      command.addAll(List.of("-u", "nobody", "-g", "nogroup"));
    }
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("slapd.log").toFile())
            .start();
    awaitPort(Duration.ofSeconds(20));
  }

  String url() {
    return "ldap://127.0.0.1:" + port;
  }

  String servicePassword() {
    return servicePassword;
  }

  /** Removes a person from the directory, as its administrator would with ldapdelete. */
  void delete(String dn) throws IOException, InterruptedException {
    run(List.of(LDAPDELETE.toString(), "-x", "-H", url(), "-D", ROOT, "-w", rootPassword, dn));
  }

  /** Stops the server (the directory is down) and removes its folder; again, nothing. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (!Files.exists(dir)) {
      return;
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private String config() {
    String d = dir.toAbsolutePath().toString();
    return String.join(
        "\n",
        "include " + SCHEMA.resolve("core.schema"),
        "include " + SCHEMA.resolve("cosine.schema"),
        "include " + SCHEMA.resolve("inetorgperson.schema"),
        "pidfile " + d + "/slapd.pid",
        "argsfile " + d + "/slapd.args",
        "modulepath " + MODULES,
        "moduleload back_mdb",
        "database mdb",
        "maxsize 16777216",
        "suffix \"" + SUFFIX + "\"",
        "rootdn \"" + ROOT + "\"",
        "rootpw " + ssha(rootPassword),
        "directory " + d + "/db",
        // As a portal's directory would be: a password only to bind with, and entries readable
        // by the platform's service account alone, never anonymously.
        "access to attrs=userPassword by anonymous auth by * none",
        "access to * by dn.exact=\"" + SERVICE + "\" read by * none",
        "");
  }

  private String ldif(List<Account> people) {
    StringBuilder b = new StringBuilder();
    b.append("dn: ").append(SUFFIX).append('\n');
    b.append("objectClass: dcObject\nobjectClass: organization\ndc: qianjin\no: Qianjin\n\n");
    b.append("dn: ").append(PEOPLE).append("\nobjectClass: organizationalUnit\nou: people\n\n");
    b.append("dn: ou=services,").append(SUFFIX);
    b.append("\nobjectClass: organizationalUnit\nou: services\n\n");
    b.append("dn: ").append(SERVICE).append('\n');
    b.append("objectClass: applicationProcess\nobjectClass: simpleSecurityObject\n");
    b.append("cn: govmeeting\nuserPassword: ").append(ssha(servicePassword)).append("\n\n");
    for (Account a : people) {
      b.append("dn: ").append(a.dn()).append('\n');
      b.append("objectClass: inetOrgPerson\n");
      b.append("uid: ").append(a.uid()).append('\n');
      b.append("cn: ").append(a.uid()).append('\n');
      b.append("sn: ").append(a.uid()).append('\n');
      b.append("mail: ").append(a.mail()).append('\n');
      b.append("userPassword: ").append(ssha(a.password())).append("\n\n");
    }
    return b.toString();
  }

  /** A salted SHA-1 digest in the {SSHA} form slapd checks, as slappasswd makes. */
  private static String ssha(String password) {
    try {
      byte[] salt = new byte[8];
      new SecureRandom().nextBytes(salt);
      MessageDigest sha = MessageDigest.getInstance("SHA-1");
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      sha.update(salt);
      byte[] digest = sha.digest();
      byte[] both = new byte[digest.length + salt.length];
      System.arraycopy(digest, 0, both, 0, digest.length);
      System.arraycopy(salt, 0, both, digest.length, salt.length);
      return "{SSHA}" + Base64.getEncoder().encodeToString(both);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String random() {
    byte[] r = new byte[12];
    new SecureRandom().nextBytes(r);
    return java.util.HexFormat.of().formatHex(r);
  }

  /**
   * As root, the folder becomes nobody's and slapd drops to nobody once it has bound its port: the
   * server then runs unprivileged, like any test process.
   */
  private boolean handToNobody() throws IOException {
    if (!"root".equals(System.getProperty("user.name"))) {
      return false;
    }
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal nobody;
    GroupPrincipal nogroup;
    try {
      nobody = users.lookupPrincipalByName("nobody");
      nogroup = users.lookupPrincipalByGroupName("nogroup");
    } catch (IOException noSuchUser) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.toList()) {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(nogroup);
      }
    }
    return true;
  }

  private void awaitPort(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IOException("slapd stopped: " + log());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IOException("slapd does not answer on " + url() + ": " + log());
        }
        Thread.sleep(100);
      }
    }
  }

  private String log() throws IOException {
    Path log = dir.resolve("slapd.log");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command.subList(0, 1)) + " failed: " + out);
    }
  }
}
