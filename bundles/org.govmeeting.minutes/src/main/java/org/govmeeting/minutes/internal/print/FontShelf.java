package org.govmeeting.minutes.internal.print;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The fonts of the printed documents, each parsed once per JVM and kept. A font is read from a file
 * on demand (FontBox's random-access parser), never held whole in the heap: the CJK faces are 10 to
 * 30 MB each and the heap is 128 MB. The bundled fonts are copied once out of the bundle into a
 * folder of their own, since a parser needs a file.
 *
 * <p>A parsed {@link TrueTypeFont} shares one file position among its readers, so everything that
 * reads glyphs holds {@link #LOCK}: documents are typeset one at a time.
 */
public final class FontShelf {
  /** Held while a document is typeset and saved: the parsed fonts are not thread-safe. */
  public static final Object LOCK = new Object();

  /** Where the bundled fonts lie as resources. */
  static final String RESOURCES = "/org/govmeeting/minutes/fonts/";

  private static final FontShelf SHARED = new FontShelf(defaultFolder());

  private final Path folder;
  private final Map<String, TrueTypeFont> fonts = new ConcurrentHashMap<>();

  FontShelf(Path folder) {
    this.folder = folder;
  }

  public static FontShelf shared() {
    return SHARED;
  }

  private static Path defaultFolder() {
    String data = System.getProperty("karaf.data");
    return Path.of(data != null ? data : System.getProperty("java.io.tmpdir"), "govmeeting-fonts");
  }

  /**
   * A font by its name: a bundled file ({@code uming.ttc}), a face of a bundled collection ({@code
   * uming.ttc#UMingCN}), or the absolute path of a TrueType file or collection on this machine,
   * with the same {@code #face} suffix for a collection.
   *
   * @throws IOException when there is no such font or it is not TrueType (CFF outlines are not)
   */
  public TrueTypeFont font(String name) throws IOException {
    TrueTypeFont f = fonts.get(name);
    if (f != null) {
      return f;
    }
    synchronized (fonts) {
      f = fonts.get(name);
      if (f == null) {
        f = load(name);
        fonts.put(name, f);
      }
      return f;
    }
  }

  /**
   * The fonts a build carries only where it found Debian's font packages (the minutes bundle's
   * profile debian-fonts); a build without them carries Noto Sans SC alone.
   */
  static final java.util.Set<String> FROM_DEBIAN =
      java.util.Set.of(
          "uming.ttc",
          "HanaMinB.ttf",
          "NotoSans-Regular.ttf",
          "NotoSansArabic-Regular.ttf",
          "NotoSansHebrew-Regular.ttf",
          "NotoSansSymbols2-Regular.ttf",
          "Symbola_hint.ttf");

  /**
   * Whether the name is one of the fonts from Debian that this build does not carry: left out of
   * every chain without a warning (the build said so), and accepted as a setting, since a build
   * with them would find it.
   */
  public boolean notInThisBuild(String name) {
    return FROM_DEBIAN.contains(fileOf(name)) && !exists(name);
  }

  /** Whether a name would find a font, without parsing it (for settings). */
  public boolean exists(String name) {
    String file = fileOf(name);
    return new File(file).isAbsolute()
        ? new File(file).isFile()
        : FontShelf.class.getResource(RESOURCES + file) != null;
  }

  private TrueTypeFont load(String name) throws IOException {
    String file = fileOf(name);
    String face = name.contains("#") ? name.substring(name.indexOf('#') + 1) : null;
    File path = new File(file).isAbsolute() ? new File(file) : bundled(file);
    if (!path.isFile()) {
      throw new IOException("no font file " + path);
    }
    if (file.toLowerCase().endsWith(".ttc")) {
      // The collection stays open: the face reads its glyphs through it.
      TrueTypeCollection collection = new TrueTypeCollection(path);
      TrueTypeFont chosen = face == null ? firstFace(collection) : collection.getFontByName(face);
      if (chosen == null) {
        throw new IOException("no face " + face + " in " + path);
      }
      return chosen;
    }
    return new TTFParser(false, true).parse(path);
  }

  private static TrueTypeFont firstFace(TrueTypeCollection c) throws IOException {
    TrueTypeFont[] first = new TrueTypeFont[1];
    c.processAllFonts(
        f -> {
          if (first[0] == null) {
            first[0] = f;
          }
        });
    return first[0];
  }

  private static String fileOf(String name) {
    return name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
  }

  /** The bundled font as a file: the resource itself when it is one, else a copy made once. */
  private File bundled(String file) throws IOException {
    URL url = FontShelf.class.getResource(RESOURCES + file);
    if (url == null) {
      throw new IOException("no bundled font " + file);
    }
    if ("file".equals(url.getProtocol())) {
      try {
        return new File(url.toURI());
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    Files.createDirectories(folder);
    Path target = folder.resolve(file);
    long size = url.openConnection().getContentLengthLong();
    if (Files.isRegularFile(target) && (size < 0 || Files.size(target) == size)) {
      return target.toFile();
    }
    Path part = Files.createTempFile(folder, file, ".part");
    try (InputStream in = url.openStream()) {
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    return target.toFile();
  }
}
