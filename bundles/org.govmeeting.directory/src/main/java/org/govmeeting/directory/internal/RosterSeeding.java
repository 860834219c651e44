package org.govmeeting.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.DistrictScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default district's roster, from the configured file or the built-in one, seeded at start. */
final class RosterSeeding {
  static final String BUILT_IN_ROSTER = "qianjin-roster.tsv";
  private static final Logger LOG = LoggerFactory.getLogger(RosterSeeding.class);

  private final JpaTemplate jpa;

  RosterSeeding(JpaTemplate jpa) {
    this.jpa = jpa;
  }

  static Roster load(String file) throws IOException {
    if (file == null || file.isBlank()) {
      try (InputStream in = RosterSeeding.class.getResourceAsStream(BUILT_IN_ROSTER)) {
        return Roster.parse(in, BUILT_IN_ROSTER);
      }
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return Roster.parse(in, file);
    }
  }

  /**
   * Adds what the roster has and the database lacks; existing rows are left as they are, except
   * that a person without an account gets the roster's (so a district matches the people it has to
   * its login directory with a roster file). An account someone else holds is refused in the log.
   */
  void seed(Roster roster) {
    // The configured roster is the default district's, whichever scope the activation runs in.
    DistrictScope.run(DistrictScope.DEFAULT, () -> seedDefault(roster));
  }

  private void seedDefault(Roster roster) {
    jpa.tx(
        TransactionType.Required,
        em -> {
          for (UnitRecord u : roster.units) {
            if (em.find(UnitRecord.class, u.id) == null) {
              em.persist(u);
            }
          }
          for (PersonRecord p : roster.people) {
            PersonRecord existing = em.find(PersonRecord.class, p.id);
            String account = p.account;
            if (account != null
                && DirectoryService.holder(em, account)
                    .filter(h -> !h.id.equals(p.id))
                    .isPresent()) {
              LOG.error(
                  "roster: account {} of {} is held by another person; {} gets none",
                  account,
                  p.id,
                  p.id);
              account = null;
            }
            if (existing == null) {
              p.account = account;
              p.districtId = DistrictScope.DEFAULT;
              em.persist(p);
            } else if (existing.account == null && account != null) {
              existing.account = account;
            }
          }
        });
  }
}
