package org.govmeeting.minutes.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Executive meeting: printed documents and their archive",
    description =
        "The house style of the minutes (纪要, GB/T 9704-2012), the agenda and the topic form;"
            + " the period the Office sets for the meeting's archive (M3).")
public @interface DocumentsConfig {
  String PID = "org.govmeeting.documents";

  @AttributeDefinition(
      name = "District",
      description =
          "The district's name as its documents print it; the 纪要标志 reads"
              + " <district>人民政府常务会议纪要.")
  String district() default "前进区";

  @AttributeDefinition(
      name = "Issuing office",
      description = "Who prints and issues the minutes, on the 印发 line of the 版记.")
  String office() default "前进区人民政府办公室";

  @AttributeDefinition(
      name = "Body face",
      description =
          "The Song or FangSong face of the text (GB/T 9704 asks 仿宋): a bundled font (uming.ttc"
              + "#UMingCN, NotoSansSC-Regular.ttf, HanaMinB.ttf …) or the absolute path of a"
              + " TrueType file (a collection with #face). A font that cannot be read is refused"
              + " and the default kept.")
  String bodyFont() default "uming.ttc#UMingCN";

  @AttributeDefinition(
      name = "Hei face",
      description = "The 黑体 face of labels and headings, named as the body face.")
  String heiFont() default "NotoSansSC-Regular.ttf";

  @AttributeDefinition(
      name = "Title face",
      description =
          "The face of titles and of the red 纪要标志 (GB/T 9704 asks 小标宋); drawn heavier than"
              + " the text. Named as the body face.")
  String titleFont() default "uming.ttc#UMingCN";

  @AttributeDefinition(
      name = "Archive within (days)",
      description =
          "M3 asks the meeting's materials, record, recordings and minutes to be archived"
              + " promptly (及时): the number of days after the mayor signs the minutes that the"
              + " Office allows for it. An archive gathered later is flagged late; from 1 to 366.")
  int archiveWithinDays() default 30;
}
