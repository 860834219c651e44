package org.govmeeting.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The data source configuration, as README tells an administrator to write it. */
  private Map<String, String> dataSource() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("osgi.jdbc.driver.name", DRIVER);
    p.put("url", url);
    p.put("user", user);
    p.put("password", password);
    p.put("pool", "transx");
    p.put("xa", "true");
    p.put("pool.maxPoolSize", "16");
    p.put("dataSourceName", "govmeeting");
    return p;
  }

  /** Pax Exam options that switch the container to this database (none for Derby). */
  static Option options(Database db) {
    if (db == null) {
      return CoreOptions.composite();
    }
    List<Option> options = new ArrayList<>();
    db.dataSource().forEach((k, v) -> options.add(editConfigurationFilePut(DATASOURCE, k, v)));
    // The tests inside the container ask which database they run on.
    options.add(
        editConfigurationFilePut("etc/system.properties", "govmeeting.itest.jdbc.url", db.url));
    options.add(
        editConfigurationFileExtend(
            "etc/org.apache.karaf.features.cfg", "featuresBoot", "govmeeting-postgresql"));
    return CoreOptions.composite(options.toArray(new Option[0]));
  }

  /** The same switch on an unpacked distribution, as an administrator edits its files. */
  void applyTo(Path home) throws IOException {
    List<String> config = new ArrayList<>();
    dataSource().forEach((k, v) -> config.add(k + " = " + v));
    Files.write(home.resolve(DATASOURCE), config, StandardCharsets.ISO_8859_1);
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
