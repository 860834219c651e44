package org.govmeeting.directory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.UnitKind;

/**
 * A district roster as read from its seed file: tab-separated {@code unit} and {@code person}
 * lines. Parsing checks the references between lines so a bad file fails at start with its line
 * number rather than leaving a half-seeded directory.
 */
final class Roster {
  final List<UnitRecord> units = new ArrayList<>();
  final List<PersonRecord> people = new ArrayList<>();

  static Roster parse(InputStream in, String source) throws IOException {
    Roster roster = new Roster();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          switch (f[0]) {
            case "unit" -> roster.units.add(unit(f));
            case "person" -> roster.people.add(person(f));
            default -> throw new IllegalArgumentException("unknown record type '" + f[0] + "'");
          }
        } catch (RuntimeException e) {
          throw new IOException(source + ":" + number + ": " + e.getMessage(), e);
        }
      }
    }
    roster.checkReferences(source);
    return roster;
  }

  private static UnitRecord unit(String[] f) {
    expect(f, 7);
    UnitRecord u = new UnitRecord();
    u.id = f[1];
    u.kind = UnitKind.valueOf(f[2]);
    u.name = f[3];
    u.nameEn = f[4];
    u.headId = orNull(f[5]);
    u.supervisorId = orNull(f[6]);
    return u;
  }

  /** A person line; its seventh field, the account in the login directory, may be left out. */
  private static PersonRecord person(String[] f) {
    if (f.length != 7) {
      expect(f, 6);
    }
    PersonRecord p = new PersonRecord();
    p.id = f[1];
    p.unitId = f[2];
    p.name = f[3];
    p.title = orNull(f[4]);
    p.roles = EnumSet.noneOf(Role.class);
    for (String role : f[5].split(",")) {
      p.roles.add(Role.valueOf(role.trim()));
    }
    p.account = f.length == 7 ? Accounts.normalise(orNull(f[6])) : null;
    return p;
  }

  private void checkReferences(String source) throws IOException {
    Set<String> unitIds = new HashSet<>();
    for (UnitRecord u : units) {
      if (!unitIds.add(u.id)) {
        throw new IOException(source + ": unit " + u.id + " appears twice");
      }
    }
    Set<String> personIds = new HashSet<>();
    Set<String> accounts = new HashSet<>();
    for (PersonRecord p : people) {
      if (!personIds.add(p.id)) {
        throw new IOException(source + ": person " + p.id + " appears twice");
      }
      if (p.account != null && !accounts.add(p.account)) {
        throw new IOException(source + ": account " + p.account + " appears twice");
      }
      if (!unitIds.contains(p.unitId)) {
        throw new IOException(source + ": person " + p.id + " names unknown unit " + p.unitId);
      }
    }
    for (UnitRecord u : units) {
      if (u.headId != null && !personIds.contains(u.headId)) {
        throw new IOException(source + ": unit " + u.id + " names unknown head " + u.headId);
      }
      if (u.supervisorId != null) {
        PersonRecord s =
            people.stream().filter(p -> p.id.equals(u.supervisorId)).findFirst().orElse(null);
        if (s == null || s.roles.stream().noneMatch(Role::supervisor)) {
          throw new IOException(
              source + ": unit " + u.id + " names " + u.supervisorId + ", who cannot supervise");
        }
      }
    }
  }

  private static void expect(String[] f, int n) {
    if (f.length != n) {
      throw new IllegalArgumentException("expected " + n + " fields, found " + f.length);
    }
  }

  private static String orNull(String s) {
    return s.isBlank() || s.equals("-") ? null : s.trim();
  }
}
