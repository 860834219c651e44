package org.govmeeting.minutes.internal.print;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Saves a document as PDF/A-2b (ISO 19005-2, level B), the form an archive keeps: fonts embedded
 * (the typesetter embeds every one), the sRGB output intent the colours refer to, and the XMP
 * metadata saying what it is, matching the document information.
 */
final class PdfA {
  private static final String SRGB = "sRGB IEC61966-2.1";
  private static final String PRODUCER = "Apache PDFBox";
  private static final String CREATOR = "govmeeting";

  private static byte[] profile;

  private PdfA() {}

  static byte[] save(PDDocument doc, String title, String subject, Instant at, ZoneId zone)
      throws IOException {
    Calendar when = GregorianCalendar.from(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    when.setTimeZone(TimeZone.getTimeZone(zone));
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setSubject(subject);
    info.setCreator(CREATOR);
    info.setProducer(PRODUCER);
    info.setCreationDate(when);
    info.setModificationDate(when);
    doc.getDocumentCatalog().setLanguage("zh-CN");

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    try {
      PDFAIdentificationSchema id = xmp.createAndAddPFAIdentificationSchema();
      id.setPart(2);
      id.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addDescription(null, subject);
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(CREATOR);
    basic.setCreateDate(when);
    basic.setModifyDate(when);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, xml, true);
    } catch (TransformerException e) {
      throw new IOException(e);
    }
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(xml.toByteArray());
    doc.getDocumentCatalog().setMetadata(metadata);

    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb()));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    doc.getDocumentCatalog().addOutputIntent(intent);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    doc.save(bytes);
    return bytes.toByteArray();
  }

  /** The JDK's own sRGB profile, read once. */
  private static synchronized byte[] srgb() {
    if (profile == null) {
      profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
    return profile;
  }
}
