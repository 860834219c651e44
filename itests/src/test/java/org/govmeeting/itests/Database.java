package org.govmeeting.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;

/**
 * Which database the tests run the platform on: the embedded Derby default, or a PostgreSQL named
 * by {@code -Dgovmeeting.itest.jdbc.url} (with {@code .user} and {@code .password}), switched the
 * way README tells an administrator to: the {@code govmeeting-postgresql} feature and the data
 * source configuration. The database must be empty when the run starts.
 */
final class Database {
  static final String DATASOURCE = "etc/org.ops4j.datasource-govmeeting.cfg";
  static final String DRIVER = "PostgreSQL JDBC Driver";

  final String url;
  final String user;
  final String password;

  private Database(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** The PostgreSQL database under the name prefix, or {@code null} to stay on Derby. */
  static Database fromProperties(String prefix) {
    String url = System.getProperty(prefix + ".url", "");
    if (url.isBlank()) {
      return null;
    }
    return new Database(
        url,
        System.getProperty(prefix + ".user", "govmeeting"),
        System.getProperty(prefix + ".password", "govmeeting"));
  }

  /** The database of the Pax Exam suite. */
  static Database suite() {
    return fromProperties("govmeeting.itest.jdbc");
  }

  /** Pax Exam options that switch the container to this database (none for Derby). */
  static Option options(Database db) {
    if (db == null) {
      return CoreOptions.composite();
    }
    return CoreOptions.composite(
        editConfigurationFilePut(DATASOURCE, "osgi.jdbc.driver.name", DRIVER),
        editConfigurationFilePut(DATASOURCE, "url", db.url),
        editConfigurationFilePut(DATASOURCE, "user", db.user),
        editConfigurationFilePut(DATASOURCE, "password", db.password),
        editConfigurationFilePut(DATASOURCE, "pool", "hikari"),
        editConfigurationFilePut(DATASOURCE, "xa", "false"),
        editConfigurationFilePut(DATASOURCE, "hikari.maximumPoolSize", "16"),
        // The tests inside the container ask which database they run on.
        editConfigurationFilePut("etc/system.properties", "govmeeting.itest.jdbc.url", db.url),
        editConfigurationFileExtend(
            "etc/org.apache.karaf.features.cfg", "featuresBoot", "govmeeting-postgresql"));
  }

  /** The same switch on an unpacked distribution, as an administrator edits its files. */
  void applyTo(Path home) throws IOException {
    Files.write(
        home.resolve(DATASOURCE),
        List.of(
            "osgi.jdbc.driver.name = " + DRIVER,
            "url = " + url,
            "user = " + user,
            "password = " + password,
            "pool = hikari",
            "xa = false",
            "hikari.maximumPoolSize = 16",
            "dataSourceName = govmeeting"),
        StandardCharsets.ISO_8859_1);
    Path features = home.resolve("etc/org.apache.karaf.features.cfg");
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(features, StandardCharsets.ISO_8859_1)) {
      lines.add(l.startsWith("featuresBoot=") ? l + ", govmeeting-postgresql" : l);
    }
    Files.write(features, lines, StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return url;
  }
}
