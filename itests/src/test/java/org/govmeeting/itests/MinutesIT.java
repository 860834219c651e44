package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/** Three topics deliberated and decided; the minutes drafted, reviewed, signed and issued. */
public class MinutesIT extends PlatformTestSupport {
  private static final String[] PRESENT = {"li.jianguo", "wang.hong", "zhao.min", "zhou.fang"};

  private void positions(long meeting, long topic, String... who) {
    for (String p : who) {
      ok(
          http.post(
              "deliberations/" + meeting + "/" + topic + "/positions",
              "yang.xue",
              "{\"personId\":\"" + p + "\",\"kind\":\"NO_OBJECTION\"}"),
          200);
    }
  }

  /** An instant as the district's date, written as official documents do: 2026年12月1日. */
  private static String chineseDate(String instant) {
    java.time.LocalDate d =
        Instant.parse(instant).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  @Test
  public void deliberationAndMinutes() {
    // rule: D1 D2 D3 M3 K3 I2 C1
    Scenario s = new Scenario(http);
    long meeting = s.meeting(Duration.ofDays(15), Duration.ofDays(7));
    // issue 18: a venue with U+1F3DB once made the printed minutes fail
    ok(http.put("meetings/" + meeting + "/venue", "liu.yang", "{\"venue\":\"区政府🏛三楼常务会议室\"}"), 200);
    com.fasterxml.jackson.databind.node.ObjectNode formA =
        Scenario.form("关于校园食堂管理办法的议题", "T3", Scenario.HEADS.get("EDUCATION"));
    formA.put("meetingId", meeting);
    long a = s.create("xie.yu", formA);
    // M3: the materials' files go into the archive as uploaded
    Answer explanation =
        http.send(
            "POST",
            "topics/" + a + "/files?kind=EXPLANATION&name=%E8%B5%B7%E8%8D%89%E8%AF%B4%E6%98%8E.txt",
            "xie.yu",
            "demo",
            "text/plain",
            "校园食堂管理办法起草说明：征求意见十二条，采纳九条。");
    ok(explanation, 201);
    long explanationId = explanation.json().get("id").asLong();
    ok(s.submit("xie.yu", a), 200);
    s.signAll(a, "EDUCATION");
    long b = readyTopic(s, "lin.na", "DEVREFORM", "关于产业园区基础设施建设的议题", meeting);
    long c = readyTopic(s, "tang.li", "HOUSING", "关于物业服务收费标准的议题", meeting);
    ok(http.post("topic-lists/" + meeting, "liu.yang", ""), 201);
    ok(
        http.post(
            "topic-lists/" + meeting + "/approve",
            "li.jianguo",
            "{\"topicIds\":[" + a + "," + b + "," + c + "]}"),
        200);
    ok(
        http.put(
            "meetings/" + meeting + "/law-study",
            "liu.yang",
            "{\"area\":\"CONSTITUTION\",\"subject\":\"宪法第三章\",\"leaderId\":\"xu.li\"}"),
        200);
    ok(
        http.put(
            "meetings/" + meeting + "/agenda/items/" + c,
            "liu.yang",
            "{\"timeLimitMinutes\":10,\"confidential\":true}"),
        200);
    for (String p : PRESENT) {
      ok(
          http.post(
              "meetings/" + meeting + "/sign-ins", "liu.yang", "{\"personId\":\"" + p + "\"}"),
          200);
    }
    ok(http.post("meetings/" + meeting + "/open", "li.jianguo", ""), 200);

    // D1: the report with its time limit; an overrun is flagged
    Instant start = Instant.now();
    JsonNode report =
        http.post(
                "deliberations/" + meeting + "/" + a + "/report",
                "yang.xue",
                "{\"startedAt\":\""
                    + start
                    + "\",\"endedAt\":\""
                    + start.plus(Duration.ofMinutes(25))
                    + "\"}")
            .json();
    assertTrue(report.toString(), report.get("overrun").asBoolean());
    assertEquals("luo.ping", report.get("reporterId").asText());

    // D2: no decision while anyone present is silent
    positions(meeting, a, "li.jianguo", "wang.hong", "zhao.min");
    ok(
        http.post(
            "deliberations/" + meeting + "/" + a + "/positions",
            "yang.xue",
            "{\"personId\":\"li.jianguo\",\"kind\":\"OPINION\",\"opinion\":\"x\"}"),
        409);
    assertProblem(
        http.post(
            "deliberations/" + meeting + "/" + a + "/positions",
            "yang.xue",
            "{\"personId\":\"zhou.fang\",\"kind\":\"OPINION\"}"),
        400,
        "D2");
    JsonNode waiting = http.get("deliberations/" + meeting + "/" + a, "zhao.min").json();
    // rule: K3 — the record of the meeting is for its participants and the secretariat
    assertProblem(http.get("deliberations/" + meeting + "/" + a, "su.ming"), 403, "K3");
    assertProblem(http.get("deliberations/" + meeting, "tang.li"), 403, "K3");
    assertEquals("[\"zhou.fang\"]", waiting.get("awaiting").toString());
    String decision =
        "{\"outcome\":\"APPROVED\",\"requirements\":[{\"what\":\"9月1日前完成食堂改造\","
            + "\"unitIds\":[\"EDUCATION\",\"MARKET\"],\"due\":\"2027-09-01\"}]}";
    Answer blocked =
        http.post("deliberations/" + meeting + "/" + a + "/decision", "li.jianguo", decision);
    assertProblem(blocked, 409, "D2");
    assertTrue(
        blocked.body, blocked.json().get("detail").asText().startsWith("以下人员尚未表态：zhou.fang"));
    ok(
        http.post(
            "deliberations/" + meeting + "/" + a + "/positions",
            "yang.xue",
            "{\"personId\":\"zhou.fang\",\"kind\":\"OPINION\",\"opinion\":\"建议同步加强食品安全监管\"}"),
        200);
    // D3: only the chair decides
    assertProblem(
        http.post("deliberations/" + meeting + "/" + a + "/decision", "wang.hong", decision),
        403,
        "D3");
    JsonNode decided =
        http.post("deliberations/" + meeting + "/" + a + "/decision", "li.jianguo", decision)
            .json();
    assertEquals("APPROVED", decided.at("/decision/outcome").asText());
    assertEquals("li.jianguo", decided.at("/decision/decidedBy").asText());
    // I2: after the decision nothing of the item's record changes, its report included
    assertProblem(
        http.post(
            "deliberations/" + meeting + "/" + a + "/report",
            "yang.xue",
            "{\"startedAt\":\"" + start + "\",\"endedAt\":\"" + start.plusSeconds(60) + "\"}"),
        409,
        "I2");
    JsonNode kept = http.get("deliberations/" + meeting + "/" + a, "yang.xue").json();
    assertTrue(kept.toString(), kept.get("overrun").asBoolean());
    assertEquals(1, kept.get("reportHistory").size());
    assertEquals("yang.xue", kept.at("/reportHistory/0/recordedBy").asText());
    // I2: a decision is never changed
    assertProblem(
        http.post(
            "deliberations/" + meeting + "/" + a + "/decision",
            "li.jianguo",
            "{\"outcome\":\"NOT_APPROVED\"}"),
        409,
        "I2");

    // D3 by the entrusted chair
    ok(
        http.post(
            "deliberations/" + meeting + "/chair", "li.jianguo", "{\"personId\":\"wang.hong\"}"),
        204);
    // D1: before the decision a corrected report is a new version, with who and when
    for (int minutes : new int[] {30, 12}) {
      ok(
          http.post(
              "deliberations/" + meeting + "/" + b + "/report",
              "yang.xue",
              "{\"startedAt\":\""
                  + start
                  + "\",\"endedAt\":\""
                  + start.plus(Duration.ofMinutes(minutes))
                  + "\"}"),
          200);
    }
    JsonNode versions = http.get("deliberations/" + meeting + "/" + b, "wang.hong").json();
    assertEquals(2, versions.get("reportHistory").size());
    assertTrue(versions.at("/reportHistory/0/overrun").asBoolean());
    assertFalse(versions.get("overrun").asBoolean());
    positions(meeting, b, PRESENT);
    JsonNode byEvm =
        http.post(
                "deliberations/" + meeting + "/" + b + "/decision",
                "wang.hong",
                "{\"outcome\":\"APPROVED_WITH_REVISIONS\",\"revisions\":\"由区发改局补充资金来源后按程序报批\"}")
            .json();
    assertEquals("li.jianguo", byEvm.at("/decision/entrustedBy").asText());
    positions(meeting, c, PRESENT);
    ok(
        http.post(
            "deliberations/" + meeting + "/" + c + "/decision",
            "li.jianguo",
            "{\"outcome\":\"DEFERRED\"}"),
        200);

    // C1: a member leaves; 3 of the 6 members is still a quorum (半数以上 includes half)
    ok(
        http.post(
            "meetings/" + meeting + "/departures", "liu.yang", "{\"personId\":\"zhou.fang\"}"),
        200);
    assertTrue(
        http.get("meetings/" + meeting + "/attendance", "yang.xue")
            .json()
            .get("quorate")
            .asBoolean());
    ok(http.post("meetings/" + meeting + "/close", "li.jianguo", ""), 200);

    // M3: the secretariat drafts; every edit is a version
    assertProblem(http.post("minutes", "chen.jing", "{\"meetingId\":" + meeting + "}"), 403, null);
    Answer drafted = http.post("minutes", "yang.xue", "{\"meetingId\":" + meeting + "}");
    ok(drafted, 201);
    long minutes = drafted.json().get("id").asLong();
    String text = drafted.json().get("text").asText();
    assertTrue(text, text.contains("关于校园食堂管理办法的议题"));
    assertTrue(text, text.contains("9月1日前完成食堂改造"));
    assertTrue(
        "the law study, who led and who attended: " + text,
        text.contains("宪法第三章") && text.contains("徐丽领学") && text.contains("参加：李建国"));
    assertTrue(drafted.json().get("documentNumber").asText().startsWith("前政纪〔"));
    // rule: M3 — the time line is the day it was held (opened today), not the day scheduled
    JsonNode held = http.get("meetings/" + meeting, "yang.xue").json();
    String heldOn = chineseDate(held.get("openedAt").asText());
    String scheduledOn = chineseDate(held.get("scheduledAt").asText());
    assertFalse(heldOn.equals(scheduledOn));
    assertTrue(text, text.contains("时间：" + heldOn + "\n"));
    assertFalse(text, text.contains(scheduledOn));
    ok(
        http.edit(
            "minutes/" + minutes,
            "yang.xue",
            "{\"text\":"
                + Scenario.JSON.valueToTree(text + "\n附：会议材料。\n" + HOSTILE_LINE + "\n")
                + "}"),
        200);
    assertProblem(http.put("minutes/" + minutes, "luo.ping", "{\"text\":\"x\"}"), 403, null);

    // rule: M3 K3 — the Justice head reads a draft only once the legality review is asked
    assertProblem(http.get("minutes/" + minutes, "xu.li"), 403, "K3");
    // opinions of the reporting departments; the legal review returns it once
    JsonNode asked = http.post("minutes/" + minutes + "/opinion-requests", "yang.xue", "").json();
    assertEquals(3, asked.get("awaitingOpinions").size());
    ok(
        http.post(
            "minutes/" + minutes + "/opinions",
            "luo.ping",
            "{\"agree\":false,\"comments\":\"第一项时限改为8月底\"}"),
        200);
    ok(http.post("minutes/" + minutes + "/opinions", "ma.qiang", "{\"agree\":true}"), 200);
    ok(http.post("minutes/" + minutes + "/opinions", "song.wei", "{\"agree\":true}"), 200);
    assertProblem(http.post("minutes/" + minutes + "/signature", "li.jianguo", ""), 409, "M3");
    JsonNode returned =
        http.post(
                "minutes/" + minutes + "/legal-review",
                "xu.li",
                "{\"agree\":false,\"comments\":\"措辞需符合规范\"}")
            .json();
    assertEquals("DRAFT", returned.get("state").asText());
    ok(
        http.edit(
            "minutes/" + minutes + "/",
            "yang.xue",
            "{\"text\":"
                + Scenario.JSON.valueToTree(text + "\n（已按法制审核意见修改）\n" + HOSTILE_LINE + "\n")
                + "}"),
        200);
    http.post("minutes/" + minutes + "/opinion-requests", "yang.xue", "");
    for (String head : new String[] {"luo.ping", "ma.qiang", "song.wei"}) {
      ok(http.post("minutes/" + minutes + "/opinions", head, "{\"agree\":true}"), 200);
    }
    ok(http.post("minutes/" + minutes + "/legal-review", "xu.li", "{\"agree\":true}"), 200);
    JsonNode signed = http.post("minutes/" + minutes + "/signature", "li.jianguo", "").json();
    assertEquals("SIGNED", signed.get("state").asText());
    assertEquals(64, signed.get("hash").asText().length());
    assertTrue(signed.get("versions").size() >= 3);

    // a signed minute cannot be edited
    assertProblem(http.edit("minutes/" + minutes, "yang.xue", "{\"text\":\"改\"}"), 409, "M3");

    // K3: issued to a scope; outside it, 403; inside, undecided and confidential items withheld
    Answer nobody =
        http.post(
            "minutes/" + minutes + "/issue",
            "li.jianguo",
            "{\"unitIds\":[\"EDUCATION\"],\"personIds\":[\"no.such.person\"]}");
    assertProblem(nobody, 400, "K3");
    assertEquals("personIds", nobody.json().get("field").asText());
    ok(
        http.post(
            "minutes/" + minutes + "/issue",
            "li.jianguo",
            "{\"unitIds\":[\"EDUCATION\",\"DEVREFORM\"]}"),
        200);
    assertProblem(http.get("minutes/" + minutes, "tang.li"), 403, "K3");
    JsonNode inScope = http.get("minutes/" + minutes, "xie.yu").json();
    assertTrue(inScope.get("text").asText().contains("关于校园食堂管理办法的议题"));
    assertFalse(
        "the deferred item stays with the participants",
        inScope.get("text").asText().contains("关于物业服务收费标准的议题"));
    JsonNode participant = http.get("minutes/" + minutes, "zhao.min").json();
    assertTrue(participant.get("text").asText().contains("关于物业服务收费标准的议题"));

    // the printable PDF, typeset in Chinese: check the text a reader extracts from it
    byte[] pdf = http.bytes("minutes/" + minutes + "/pdf", "xie.yu");
    assertTrue(pdf != null && pdf.length > 1000);
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.pdmodel.PDDocument.load(pdf)) {
      String extracted =
          new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertTrue(extracted, extracted.contains("关于校园食堂管理办法的议题"));
      assertTrue(extracted, extracted.contains(signed.get("documentNumber").asText()));
      assertFalse(extracted.contains("关于物业服务收费标准的议题"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(null, http.bytes("minutes/" + minutes + "/pdf", "tang.li"));
    printedDocuments(meeting, minutes, a, signed);

    // rule: I2 — the attack of issue 14: an erratum that turns a decision around is refused
    assertProblem(
        http.post("minutes/" + minutes + "/errata", "yang.xue", "{\"text\":\"更正：第一项决定改为不予通过\"}"),
        409,
        "I2");
    assertProblem(
        http.post(
            "minutes/" + minutes + "/errata",
            "yang.xue",
            "{\"passage\":\"9月1日前完成食堂改造\",\"text\":\"12月底前改造食堂\"}"),
        409,
        "I2");
    assertEquals(
        "APPROVED",
        http.get("deliberations/" + meeting + "/" + a, "yang.xue")
            .json()
            .at("/decision/outcome")
            .asText());
    // a correction of wording is an erratum reviewed like the minutes (M3), signed on its own
    Answer erratum =
        http.post(
            "minutes/" + minutes + "/errata",
            "yang.xue",
            "{\"passage\":\"三楼常务会议室\",\"text\":\"四楼常务会议室\"}");
    ok(erratum, 201);
    long erratumId = erratum.json().at("/errata/0/id").asLong();
    String err = "minutes/" + minutes + "/errata/" + erratumId;
    assertProblem(http.post(err + "/signature", "li.jianguo", ""), 409, "M3");
    assertEquals(0, http.get("minutes/" + minutes, "xie.yu").json().get("errata").size());
    assertEquals(0, http.get("minutes/" + minutes, "chen.jing").json().get("errata").size());
    JsonNode askedErratum = http.post(err + "/opinion-requests", "yang.xue", "").json();
    assertEquals(3, askedErratum.at("/errata/0/awaitingOpinions").size());
    assertProblem(http.post(err + "/signature", "li.jianguo", ""), 409, "M3");
    for (String head : new String[] {"luo.ping", "ma.qiang", "song.wei"}) {
      ok(http.post(err + "/opinions", head, "{\"agree\":true}"), 200);
    }
    ok(http.post(err + "/legal-review", "xu.li", "{\"agree\":true}"), 200);
    assertProblem(http.post(err + "/signature", "wang.hong", ""), 403, null);
    JsonNode corrected = http.post(err + "/signature", "li.jianguo", "").json();
    assertEquals("SIGNED", corrected.at("/errata/0/state").asText());
    assertEquals(signed.get("hash").asText(), corrected.get("hash").asText());
    assertEquals(signed.get("text").asText(), corrected.get("text").asText());
    assertProblem(http.post(err + "/signature", "li.jianguo", ""), 409, "M3");
    assertEquals(
        "四楼常务会议室", http.get("minutes/" + minutes, "xie.yu").json().at("/errata/0/text").asText());

    // rule: M3 — anyone checks the signed chain from outside: hash, predecessor, signature
    verifyChainAsAReader(minutes, erratumId, "xie.yu");

    // M3: the archive gathers everything about the meeting, for the Office
    JsonNode due = http.get("archives/due", "chen.jing").json();
    boolean listed = false;
    for (JsonNode d : due) {
      if (d.get("meetingId").asLong() == meeting) {
        listed = true;
        assertFalse("due within the period, not overdue", d.get("overdue").asBoolean());
      }
    }
    assertTrue(due.toString(), listed);
    // rule: M3 — the meeting's own recording, by reference, registered by the Office
    assertProblem(
        http.post("archives/" + meeting + "/recordings", "chen.jing", "{\"sha256\":\"abc\"}"),
        400,
        "M3");
    assertProblem(
        http.post(
            "archives/" + meeting + "/recordings",
            "xie.yu",
            "{\"medium\":\"AUDIO\",\"location\":\"光盘\"}"),
        403,
        null);
    ok(
        http.post(
            "archives/" + meeting + "/recordings",
            "chen.jing",
            "{\"medium\":\"AUDIO\",\"location\":\"档案室光盘 QJ-2027-009\",\"durationMinutes\":80}"),
        201);
    assertProblem(http.post("archives/" + meeting, "xie.yu", ""), 403, null);
    Answer archived = http.post("archives/" + meeting, "liu.yang", "");
    ok(archived, 201);
    assertEquals(1, archived.json().get("edition").asInt());
    assertFalse(archived.json().get("late").asBoolean());
    assertEquals(1, archived.json().get("materialFiles").asInt());
    assertEquals(1, archived.json().get("recordings").asInt());
    assertTrue(http.get("archives", "chen.jing").body.contains("\"meetingId\":" + meeting));
    byte[] zip = http.bytes("archives/" + meeting, "chen.jing");
    assertEquals(archived.json().get("sha256").asText(), sha256(zip));
    java.util.Set<String> names = new java.util.HashSet<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        byte[] content = in.readAllBytes();
        String entryText = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        if (e.getName().endsWith(".pdf") && !e.getName().contains("/")) {
          // rule: M3 — the archive keeps the printed documents as PDF/A-2b
          assertPdfA2b(e.getName(), content);
        }
        if (e.getName().equals("record.txt")) {
          assertTrue(entryText, entryText.contains("建议同步加强食品安全监管"));
        }
        if (e.getName().startsWith("materials/" + a + "/")) {
          assertEquals("校园食堂管理办法起草说明：征求意见十二条，采纳九条。", entryText);
        }
        if (e.getName().equals("record.json")) {
          // rule: M3 — the record as JSON beside the documents, the API's own objects
          JsonNode record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(content);
          assertEquals(meeting, record.get("meetingId").asLong());
          assertEquals(signed.get("hash").asText(), record.at("/minutes/hash").asText());
          assertTrue(entryText, entryText.contains("建议同步加强食品安全监管"));
        }
        if (e.getName().equals("recordings.txt")) {
          assertTrue(entryText, entryText.contains("档案室光盘 QJ-2027-009 80分钟"));
        }
        if (e.getName().endsWith("-minutes.txt") && e.getName().startsWith("signed/")) {
          // rule: M3 — the minutes exactly as the mayor signed them
          assertEquals(signed.get("hash").asText(), sha256(content));
        }
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertTrue(
        names.toString(),
        names.stream().anyMatch(n -> n.matches("signed/\\d+-erratum-" + erratumId + "\\.txt")));
    names.removeIf(n -> n.startsWith("signed/") && !n.equals("signed/certificate.pem"));
    assertEquals(
        java.util.Set.of(
            "minutes.txt",
            "minutes.pdf",
            "signed/certificate.pem",
            "agenda.pdf",
            "topic-form-" + a + ".pdf",
            "topic-form-" + b + ".pdf",
            "topic-form-" + c + ".pdf",
            "errata.txt",
            "record.txt",
            "record.json",
            "materials.txt",
            "materials/" + a + "/" + explanationId + "-起草说明.txt",
            "materials/files.txt",
            "attendance.txt",
            "recordings.txt",
            "manifest.txt"),
        names);
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Text of every kind a user may type, some of it in no font (U+30000, plane 3). */
  static final String HOSTILE_LINE = "备注：𠮷野家😀 עברית مرحبا e\u0301 \uD880\uDC00";

  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.pdmodel.PDDocument.load(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper()
          .getText(doc)
          .replaceAll("— \\d+ —", "")
          .replaceAll("\\s+", "");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertPdfA2b(String name, byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.pdmodel.PDDocument.load(pdf)) {
      String xmp =
          new String(
              doc.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(
          name + ": " + xmp, xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""));
      assertEquals(name, 1, doc.getDocumentCatalog().getOutputIntents().size());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Issue 18: the 纪要, the agenda and the topic form come out of the distribution, each to whoever
   * reads the JSON it is made from and refused as that JSON is (K3).
   */
  private void printedDocuments(long meeting, long minutes, long topic, JsonNode signed) {
    String m = pdfText(http.bytes("minutes/" + minutes + "/pdf", "xie.yu"));
    String signedOn = chineseDate(signed.get("signedAt").asText());
    // A build that found Debian's fonts (as CI's does) draws the emoji and plane 2; one without
    // them prints the geta mark for each (README, "Printed documents").
    boolean debianFonts =
        java.nio.file.Files.exists(
            java.nio.file.Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    String venue = debianFonts ? "地点：区政府🏛三楼常务会议室" : "地点：区政府〓三楼常务会议室";
    String hostile = debianFonts ? "𠮷野家😀" : "〓野家〓";
    String replacement = debianFonts ? "\uFFFD" : "\u3013";
    for (String field :
        List.of(
            "前进区人民政府常务会议纪要",
            signed.get("documentNumber").asText(),
            "一、关于校园食堂管理办法的议题",
            venue,
            "出席：",
            "签发：李建国",
            signedOn,
            "抄送：区教育局，区发展和改革局。",
            "前进区人民政府办公室",
            "印发",
            hostile,
            replacement)) {
      assertTrue(field + " in " + m, m.contains(field));
    }
    assertFalse("the mayor by name", m.contains("li.jianguo"));
    assertTrue(m.indexOf("出席：") < m.indexOf("签发："));
    // rule: K3 — the agenda's PDF as its JSON: a participant reads it, an outsider is refused
    String agenda = pdfText(http.bytes("meetings/" + meeting + "/agenda.pdf", "zhao.min"));
    for (String field :
        List.of("前进区人民政府第", "次常务会议议程", "一、会前集体学法：宪法第三章", "领学：徐丽", "关于校园食堂管理办法的议题", "汇报：罗平")) {
      assertTrue(field + " in " + agenda, agenda.contains(field));
    }
    assertEquals(
        http.get("meetings/" + meeting + "/agenda", "tang.li").status,
        http.get("meetings/" + meeting + "/agenda.pdf", "tang.li").status);
    assertProblem(http.get("meetings/" + meeting + "/agenda.pdf", "tang.li"), 403, "K3");
    // rule: K3 — the topic form's PDF as the topic: its unit reads it, to others it does not exist
    String form = pdfText(http.bytes("topics/" + topic + "/form.pdf", "xie.yu"));
    for (String field :
        List.of(
            "附1", "区政府常务会议议题填报表", "关于校园食堂管理办法的议题", "牵头单位：区教育局", "已签字确认", "是否须提交区委常委会", "SHA-256")) {
      assertTrue(field + " in " + form, form.contains(field));
    }
    assertEquals(
        http.get("topics/" + topic, "lin.na").status,
        http.get("topics/" + topic + "/form.pdf", "lin.na").status);
    assertProblem(http.get("topics/" + topic + "/form.pdf", "lin.na"), 404, null);
    assertProblem(http.get("topics/999999/form.pdf", "xie.yu"), 404, null);
  }

  /** Recomputes the chain's hashes and checks its signatures with the downloaded certificate. */
  private void verifyChainAsAReader(long minutes, long erratumId, String reader) {
    JsonNode report = http.get("minutes/chain/verify", reader).json();
    assertTrue(report.toString(), report.get("intact").asBoolean());
    JsonNode links = http.get("minutes/chain", reader).json();
    assertEquals(report.get("links").asInt(), links.size());
    JsonNode read = http.get("minutes/" + minutes, reader).json();
    try {
      java.security.cert.X509Certificate cert =
          (java.security.cert.X509Certificate)
              java.security.cert.CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new java.io.ByteArrayInputStream(
                          http.bytes("minutes/chain/certificate", reader)));
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      assertEquals(
          report.get("certificateSha256").asText(),
          java.util.HexFormat.of().formatHex(sha.digest(cert.getEncoded())));
      String previous = "";
      boolean minutesSeen = false;
      boolean erratumSeen = false;
      for (JsonNode l : links) {
        String canonical = l.get("canonical").asText();
        byte[] bytes = canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(l.get("hash").asText(), hex(sha.digest(bytes)));
        assertEquals(previous, l.get("previousHash").asText());
        assertTrue(canonical, canonical.contains("\nprevious: " + previous + "\n"));
        java.security.Signature s = java.security.Signature.getInstance("SHA256withECDSA");
        s.initVerify(cert.getPublicKey());
        s.update(bytes);
        assertTrue(
            "link " + l.get("sequence"),
            s.verify(java.util.Base64.getDecoder().decode(l.get("signature").asText())));
        if (l.get("minutesId").asLong() == minutes && l.get("kind").asText().equals("minutes")) {
          minutesSeen = true;
          assertEquals(read.get("hash").asText(), l.get("hash").asText());
          // the text a reader of the scope gets is the text the link names for readers
          String shown = read.get("text").asText();
          assertTrue(
              canonical,
              canonical.contains(
                  "\nreaderText: "
                      + hex(sha.digest(shown.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                      + "\n"));
        }
        if (l.path("erratumId").asLong() == erratumId) {
          erratumSeen = true;
          assertEquals(read.at("/errata/0/hash").asText(), l.get("hash").asText());
        }
        previous = l.get("hash").asText();
      }
      assertEquals(previous, report.get("head").asText());
      assertTrue(minutesSeen && erratumSeen);
    } catch (java.security.GeneralSecurityException ex) {
      throw new AssertionError(ex);
    }
  }

  private static String hex(byte[] digest) {
    return java.util.HexFormat.of().formatHex(digest);
  }
}
