package org.govmeeting.minutes.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The district's house style for printed documents: its name, the Office that issues, and the
 * faces, each with the fallback chain that follows it. Made from the settings once and kept; the
 * fonts themselves are parsed once per JVM ({@link FontShelf}).
 */
public final class HouseStyle {
  /** The bundled fallbacks after every face, in the order they are asked. */
  public static final List<String> FALLBACKS =
      List.of(
          "NotoSansSC-Regular.ttf",
          "HanaMinB.ttf",
          "NotoSans-Regular.ttf",
          "NotoSansArabic-Regular.ttf",
          "NotoSansHebrew-Regular.ttf",
          "NotoSansSymbols2-Regular.ttf",
          "Symbola_hint.ttf");

  private final String district;
  private final String office;
  private final FontChain body;
  private final FontChain hei;
  private final FontChain title;

  /**
   * @param district the district's name as its documents print it (前进区)
   * @param office the Office that prints and issues (前进区人民政府办公室)
   * @param bodyFont the Song or FangSong face of the text
   * @param heiFont the 黑体 face of labels and headings
   * @param titleFont the face of titles and of the 纪要标志 (小标宋 style; drawn heavier)
   * @param warn where a missing glyph or an unreadable font is told (once)
   */
  public HouseStyle(
      String district,
      String office,
      String bodyFont,
      String heiFont,
      String titleFont,
      Consumer<String> warn) {
    this.district = district;
    this.office = office;
    this.body = chain(bodyFont, warn);
    this.hei = chain(heiFont, warn);
    this.title = chain(titleFont, warn);
  }

  private HouseStyle(HouseStyle fonts, String district, String office) {
    this.district = district;
    this.office = office;
    this.body = fonts.body;
    this.hei = fonts.hei;
    this.title = fonts.title;
  }

  /** The same faces for another district's documents: its name and its Office print on them. */
  public HouseStyle of(String district, String office) {
    return new HouseStyle(this, district, office);
  }

  private static FontChain chain(String first, Consumer<String> warn) {
    FontShelf shelf = FontShelf.shared();
    List<String> names = new ArrayList<>();
    if (!shelf.notInThisBuild(first)) {
      names.add(first);
    }
    for (String f : FALLBACKS) {
      if (!f.equals(first) && !shelf.notInThisBuild(f)) {
        names.add(f);
      }
    }
    return new FontChain(FontShelf.shared(), names, warn);
  }

  public String district() {
    return district;
  }

  public String office() {
    return office;
  }

  FontChain body() {
    return body;
  }

  FontChain hei() {
    return hei;
  }

  FontChain title() {
    return title;
  }
}
