import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the PIT reports the mutation profile left (bundles/[module]/target/pit-reports/mutations.xml)
 * and prints the score per module: mutants killed of all generated, every mutant not killed with
 * the line it changed, and whether that line is a check a clause names. Writes the same to
 * target/mutation-score.md. Fails (exit 1) when a module is below the threshold (80 %, or the first
 * argument) or a mutant survives in a clause's check without an entry in mutation/equivalent.tsv
 * saying why it cannot be killed.
 *
 * <p>A check a clause names: the mutated line, or the statement it opens, names a {@code Clause}
 * (a guard that refuses or finds with a clause ID), or the method carries a {@code // rule:}
 * comment.
 *
 * <p>Run with {@code java mutation/Score.java} from the repository's root (Java 17, no other tool).
 */
public class Score {
  record Mutant(
      String module,
      String status,
      String sourceFile,
      String mutatedClass,
      String method,
      int line,
      String mutator,
      String description,
      String source,
      boolean clauseCheck) {
    boolean detected() {
      return !status.equals("SURVIVED") && !status.equals("NO_COVERAGE");
    }

    String key() {
      return mutatedClass + "\t" + method + "\t" + mutator + "\t" + source;
    }
  }

  public static void main(String[] args) throws Exception {
    int threshold = args.length > 0 ? Integer.parseInt(args[0]) : 80;
    Path root = Paths.get("").toAbsolutePath();
    Map<String, String> equivalent = equivalents(root.resolve("mutation/equivalent.tsv"));
    List<Path> reports;
    try (Stream<Path> s = Files.list(root.resolve("bundles"))) {
      reports =
          s.map(m -> m.resolve("target/pit-reports/mutations.xml"))
              .filter(Files::isRegularFile)
              .filter(Score::complete)
              .sorted()
              .collect(Collectors.toList());
    }
    if (reports.isEmpty()) {
      System.err.println("no PIT report under bundles/*/target/pit-reports: run mutation/run first");
      System.exit(2);
    }
    StringBuilder out = new StringBuilder();
    out.append("| module | killed | total | score |\n|---|---:|---:|---:|\n");
    List<Mutant> all = new ArrayList<>();
    boolean failed = false;
    int killedAll = 0;
    for (Path report : reports) {
      Path module = report.getParent().getParent().getParent();
      List<Mutant> ms = read(module, report);
      all.addAll(ms);
      long killed = ms.stream().filter(Mutant::detected).count();
      killedAll += killed;
      int score = ms.isEmpty() ? 100 : (int) (100 * killed / ms.size());
      failed |= score < threshold;
      out.append(
          String.format(
              "| %s | %d | %d | %d %%%s |%n",
              module.getFileName(), killed, ms.size(), score, score < threshold ? " (below)" : ""));
    }
    out.append(
        String.format(
            "| all | %d | %d | %d %% |%n",
            killedAll, all.size(), all.isEmpty() ? 100 : 100 * killedAll / all.size()));
    List<Mutant> alive = all.stream().filter(m -> !m.detected()).collect(Collectors.toList());
    if (!alive.isEmpty()) {
      out.append("\nNot killed (E: judged equivalent in mutation/equivalent.tsv; C: in a clause's check):\n\n");
      for (Mutant m : alive) {
        String why = equivalent.get(m.key());
        boolean unexplained = m.clauseCheck() && why == null;
        failed |= unexplained;
        out.append(
            String.format(
                "- %s%s %s %s:%d %s — `%s`%s%n",
                why != null ? "E" : " ",
                m.clauseCheck() ? "C" : " ",
                m.status(),
                m.sourceFile(),
                m.line(),
                m.description(),
                m.source(),
                why != null ? " — " + why : unexplained ? " — UNEXPLAINED SURVIVOR IN A CLAUSE CHECK" : ""));
      }
    }
    System.out.print(out);
    Path written = root.resolve("target/mutation-score.md");
    Files.createDirectories(written.getParent());
    Files.writeString(written, "# Mutation score\n\n" + out, StandardCharsets.UTF_8);
    System.out.println("\nwritten to " + root.relativize(written));
    if (failed) {
      System.out.println(
          "FAILED: a module below " + threshold + " %, or an unexplained survivor in a clause check");
      System.exit(1);
    }
  }

  /** A report PIT is still writing (or gave up on) is left out, and said so. */
  static boolean complete(Path report) {
    try {
      if (Files.size(report) > 0 && Files.readString(report).contains("</mutations>")) {
        return true;
      }
    } catch (IOException e) {
      // reported below as incomplete
    }
    System.err.println("incomplete, left out: " + report);
    return false;
  }

  /** class, method, mutator, trimmed source line, why: tab-separated; # starts a comment. */
  static Map<String, String> equivalents(Path file) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return m;
    }
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length != 5) {
        throw new IllegalArgumentException("mutation/equivalent.tsv: five tab-separated fields: " + l);
      }
      m.put(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3].trim(), f[4]);
    }
    return m;
  }

  static List<Mutant> read(Path module, Path report) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
    NodeList nodes = doc.getElementsByTagName("mutation");
    List<Mutant> out = new ArrayList<>();
    Map<Path, List<String>> sources = new LinkedHashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      String cls = text(e, "mutatedClass");
      String file = text(e, "sourceFile");
      int line = Integer.parseInt(text(e, "lineNumber"));
      String pkg = cls.contains(".") ? cls.substring(0, cls.lastIndexOf('.')) : "";
      Path src = module.resolve("src/main/java").resolve(pkg.replace('.', '/')).resolve(file);
      List<String> lines =
          sources.computeIfAbsent(
              src,
              p -> {
                try {
                  return Files.readAllLines(p, StandardCharsets.UTF_8);
                } catch (IOException x) {
                  return List.of();
                }
              });
      String mutator = text(e, "mutator");
      out.add(
          new Mutant(
              module.getFileName().toString(),
              e.getAttribute("status"),
              file,
              cls,
              text(e, "mutatedMethod"),
              line,
              mutator.substring(mutator.lastIndexOf('.') + 1),
              text(e, "description"),
              line - 1 < lines.size() ? lines.get(line - 1).trim() : "",
              clauseCheck(lines, line - 1)));
    }
    return out;
  }

  private static final Pattern INDENT = Pattern.compile("^( *)");

  static int indent(String l) {
    Matcher m = INDENT.matcher(l);
    m.find();
    return m.group(1).length();
  }

  /** The statement at {@code at} names a clause, or its method carries a rule comment. */
  static boolean clauseCheck(List<String> lines, int at) {
    if (at < 0 || at >= lines.size()) {
      return false;
    }
    int base = indent(lines.get(at));
    for (int i = at; i < Math.min(lines.size(), at + 14); i++) {
      String l = lines.get(i);
      if (i > at && !l.isBlank() && indent(l) <= base && !l.trim().startsWith("||") && !l.trim().startsWith("&&")
          && !l.trim().startsWith("?") && !l.trim().startsWith(":")) {
        break;
      }
      if (l.contains("Clause.")) {
        return true;
      }
    }
    int decl = at;
    while (decl > 0) {
      String l = lines.get(decl);
      String t = l.trim();
      if (!t.isEmpty() && indent(l) <= 2 && !t.startsWith("//") && !t.startsWith("*") && !t.startsWith("/*") && !t.startsWith("}")) {
        break;
      }
      decl--;
    }
    for (int i = decl - 1; i >= 0; i--) {
      String t = lines.get(i).trim();
      if (t.startsWith("@")) {
        continue;
      }
      if (t.startsWith("//")) {
        if (t.startsWith("// rule:")) {
          return true;
        }
        continue;
      }
      break;
    }
    return false;
  }

  private static String text(Element e, String tag) {
    NodeList n = e.getElementsByTagName(tag);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent();
  }
}
