package org.govmeeting.settings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last good values, kept in the bundle's data folder so that a bad value still in {@code etc/}
 * at the next start is refused for the value that was in force, not for the default. Configuration
 * values are strings, numbers, booleans and arrays or lists of them, all serializable.
 */
final class LastGoodFile {
  private static final Logger LOG = LoggerFactory.getLogger(LastGoodFile.class);

  private final Path file;

  LastGoodFile(Path file) {
    this.file = file;
  }

  @SuppressWarnings("unchecked")
  Map<String, Map<String, Object>> read() {
    if (file == null || !Files.isRegularFile(file)) {
      return new HashMap<>();
    }
    try (InputStream raw = Files.newInputStream(file);
        ObjectInputStream in = new ObjectInputStream(raw)) {
      return (Map<String, Map<String, Object>>) in.readObject();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      LOG.warn("{} unreadable; last good values start empty", file, e);
      return new HashMap<>();
    }
  }

  void write(Map<String, Map<String, Object>> lastGood) {
    if (file == null) {
      return;
    }
    Path next = file.resolveSibling(file.getFileName() + ".next");
    try {
      try (OutputStream raw = Files.newOutputStream(next);
          ObjectOutputStream out = new ObjectOutputStream(raw)) {
        out.writeObject(new HashMap<>(lastGood));
      }
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("last good values not kept in {}; they last until the next start", file, e);
    }
  }
}
