package io.github.papertrail.migrate;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import io.github.papertrail.index.ElementName;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads Java source files into {@link SourceFile}s with javac's own parser ({@code
 * JavacTask.parse}): no class path, no attribution, so unknown imports and annotations do not
 * matter. Positions come from javac's trees; the comments from {@link Comments}. One instance can
 * parse many files (it keeps javac's file manager); it is not thread-safe.
 */
public final class SourceParser {

  static final String PAPER = "io.github.papertrail.Paper";

  private static final Set<String> JAVA_LANG =
      Set.of(
          "Object",
          "String",
          "CharSequence",
          "StringBuilder",
          "Boolean",
          "Byte",
          "Character",
          "Short",
          "Integer",
          "Long",
          "Float",
          "Double",
          "Number",
          "Void",
          "Class",
          "Enum",
          "Record",
          "Iterable",
          "Comparable",
          "Runnable",
          "Thread",
          "Throwable",
          "Exception",
          "RuntimeException",
          "Error",
          "Math",
          "System",
          "AutoCloseable",
          "Cloneable");

  private final JavaCompiler javac;
  private final StandardJavaFileManager fileManager;

  /**
   * @throws IllegalStateException when this JVM has no Java compiler (a JRE, not a JDK)
   */
  public SourceParser() {
    javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("papertrail needs a JDK to read sources: this is a JRE");
    }
    fileManager = javac.getStandardFileManager(null, Locale.ROOT, null);
  }

  /**
   * Reads and parses {@code file}; never throws: an unreadable file is a {@link
   * SourceFile.Problem}.
   */
  public SourceFile parse(Path file, Charset charset) {
    return parseAll(List.of(file), charset).get(0);
  }

  /**
   * Reads and parses {@code files} with one javac task, much faster than one by one; never throws.
   * A file that cannot be read or parsed is a {@link SourceFile.Problem} and does not affect the
   * others.
   */
  public List<SourceFile> parseAll(List<Path> files, Charset charset) {
    return parseAll(files, charset, null);
  }

  /**
   * A source file's text, its bytes read strictly in {@code charset}.
   *
   * @throws CharacterCodingException when they are not text in that encoding
   */
  public static String text(Path file, Charset charset) throws IOException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
        .toString();
  }

  /**
   * As {@link #parseAll(List, Charset)}, but a file none of whose comments {@code worthParsing}
   * accepts is not parsed: it comes back with its comments and no declarations (javac's parser is
   * most of the cost, and most files of a code base cite no paper).
   *
   * @param worthParsing a test of one comment, or null to parse every file
   */
  public List<SourceFile> parseAll(
      List<Path> files, Charset charset, java.util.function.Predicate<Comment> worthParsing) {
    List<String> texts = new ArrayList<>(files.size());
    Map<Integer, SourceFile> failed = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String text = null;
      try {
        text = text(file, charset);
      } catch (CharacterCodingException e) {
        failed.put(i, problem(file, "", "not valid " + charset.name() + ": " + e));
      } catch (IOException | RuntimeException e) {
        failed.put(i, problem(file, "", "unreadable: " + e));
      }
      texts.add(text);
    }
    Map<Integer, Scan> scans = new HashMap<>();
    if (worthParsing != null) {
      for (int i = 0; i < files.size(); i++) {
        String text = texts.get(i);
        if (text != null && !failed.containsKey(i)) {
          LineMap lines = new LineMap(text);
          List<Comment> comments = Comments.scan(text, lines);
          scans.put(i, new Scan(lines, comments));
          if (comments.stream().noneMatch(worthParsing)) {
            failed.put(
                i,
                new SourceFile(
                    files.get(i),
                    text,
                    null,
                    "",
                    List.of(),
                    comments,
                    false,
                    false,
                    null,
                    lines.firstSeparator()));
          }
        }
      }
    }
    return parseTexts(files, texts, failed, scans);
  }

  /** A file's lines and comments, found before it is parsed: not found again. */
  private record Scan(LineMap lines, List<Comment> comments) {}

  /** Parses {@code text} as the content of {@code file}; never throws. */
  public SourceFile parse(Path file, String text) {
    return parseTexts(List.of(file), List.of(text), Map.of(), Map.of()).get(0);
  }

  private static SourceFile problem(Path file, String text, String message) {
    return SourceFile.unparsable(file, text, new SourceFile.Problem(0, 0, message));
  }

  private List<SourceFile> parseTexts(
      List<Path> files,
      List<String> texts,
      Map<Integer, SourceFile> failed,
      Map<Integer, Scan> scans) {
    List<StringSource> sources = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (!failed.containsKey(i)) {
        Path file = files.get(i);
        String name = file.getFileName() == null ? "Source.java" : file.getFileName().toString();
        String text = texts.get(i);
        // A byte order mark is no Java token: a space keeps every offset.
        String parsed = text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
        sources.add(new StringSource(i, name, parsed));
      }
    }
    List<SourceFile> results = new ArrayList<>(files.size());
    Map<Integer, SourceFile> done = new HashMap<>(failed);
    try {
      read(files, texts, sources, done, scans);
    } catch (IOException | RuntimeException e) {
      for (StringSource source : sources) {
        done.putIfAbsent(
            source.index,
            problem(
                files.get(source.index), texts.get(source.index), "javac's parser failed: " + e));
      }
    }
    for (int i = 0; i < files.size(); i++) {
      results.add(done.get(i));
    }
    return results;
  }

  private void read(
      List<Path> files,
      List<String> texts,
      List<StringSource> sources,
      Map<Integer, SourceFile> done,
      Map<Integer, Scan> scans)
      throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task =
        (JavacTask)
            javac.getTask(
                new StringWriter(),
                fileManager,
                diagnostics,
                List.of("-proc:none", "-Xlint:none"),
                null,
                sources);
    Iterable<? extends CompilationUnitTree> units = task.parse();
    // javac hands back its own wrappers of the sources: they are told apart by their URIs.
    Map<URI, StringSource> byUri = new HashMap<>();
    for (StringSource source : sources) {
      byUri.put(source.toUri(), source);
    }
    Map<URI, Diagnostic<? extends JavaFileObject>> errors = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
        errors.merge(
            d.getSource().toUri(), d, (a, b) -> a.getPosition() <= b.getPosition() ? a : b);
      }
    }
    SourcePositions positions = Trees.instance(task).getSourcePositions();
    for (CompilationUnitTree unit : units) {
      StringSource source = byUri.get(unit.getSourceFile().toUri());
      Path file = files.get(source.index);
      String text = texts.get(source.index);
      Diagnostic<? extends JavaFileObject> first = errors.get(source.toUri());
      if (first != null) {
        done.put(
            source.index,
            SourceFile.unparsable(
                file,
                text,
                new SourceFile.Problem(
                    (int) first.getLineNumber(),
                    (int) first.getColumnNumber(),
                    first.getMessage(Locale.ROOT))));
        continue;
      }
      try {
        Scan scan = scans.get(source.index);
        LineMap lines = scan != null ? scan.lines() : new LineMap(text);
        List<Comment> comments = scan != null ? scan.comments() : Comments.scan(source.text, lines);
        done.put(source.index, new Reader(file, text, unit, positions, lines, comments).read());
      } catch (RuntimeException e) {
        done.put(source.index, problem(file, text, "javac's parser failed: " + e));
      }
    }
  }

  /** One file's walk. */
  private static final class Reader {
    private final Path file;
    private final String text;
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final LineMap lines;
    private final List<Comment> comments;
    private final String packageName;
    private final Map<String, String> singleImports = new HashMap<>();
    private final Map<String, String> typesInFile = new HashMap<>();
    private final Deque<Map<String, String>> typeVariables = new ArrayDeque<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final String separator;
    private boolean onDemandImports;
    private boolean paperImported;
    private boolean otherPaperImported;

    Reader(
        Path file,
        String text,
        CompilationUnitTree unit,
        SourcePositions positions,
        LineMap lines,
        List<Comment> comments) {
      this.file = file;
      this.text = text;
      this.unit = unit;
      this.positions = positions;
      this.lines = lines;
      this.comments = comments;
      this.packageName =
          unit.getPackageName() == null ? "" : unit.getPackageName().toString().replace(" ", "");
      this.separator = lines.firstSeparator();
    }

    SourceFile read() {
      for (ImportTree i : unit.getImports()) {
        String name = source(i.getQualifiedIdentifier()).replaceAll("\\s", "");
        if (i.isStatic()) {
          continue;
        }
        if (name.endsWith(".*")) {
          onDemandImports = true;
          paperImported |= name.equals("io.github.papertrail.*");
        } else {
          String simple = name.substring(name.lastIndexOf('.') + 1);
          singleImports.put(simple, name);
          paperImported |= name.equals(PAPER);
          otherPaperImported |= simple.equals("Paper") && !name.equals(PAPER);
        }
      }
      paperImported |= packageName.equals("io.github.papertrail");
      for (Tree t : unit.getTypeDecls()) {
        if (t instanceof ClassTree c) {
          collectTypes(c, packageName.isEmpty() ? "" : packageName + ".");
        }
      }
      String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
      if (unit.getPackage() != null && fileName.equals("package-info.java")) {
        List<? extends AnnotationTree> annotations = unit.getPackage().getAnnotations();
        int start = (int) positions.getStartPosition(unit, unit.getPackage());
        for (AnnotationTree a : annotations) {
          start = Math.min(start, (int) positions.getStartPosition(unit, a));
        }
        declare(
            Declaration.Kind.PACKAGE,
            packageName,
            true,
            start,
            (int) positions.getEndPosition(unit, unit.getPackage()),
            annotations);
      }
      for (Tree t : unit.getTypeDecls()) {
        if (t instanceof ClassTree c) {
          type(c, packageName.isEmpty() ? "" : packageName + ".");
        }
      }
      List<Declaration> done = attachComments();
      return new SourceFile(
          file,
          text,
          null,
          packageName,
          done,
          List.copyOf(comments),
          paperImported,
          otherPaperImported,
          importPoint(),
          separator);
    }

    private void collectTypes(ClassTree c, String prefix) {
      String name = prefix + c.getSimpleName();
      typesInFile.putIfAbsent(c.getSimpleName().toString(), name);
      for (Tree m : c.getMembers()) {
        if (m instanceof ClassTree inner) {
          collectTypes(inner, name + ".");
        }
      }
    }

    private void type(ClassTree c, String prefix) {
      String name = prefix + c.getSimpleName();
      Declaration.Kind kind =
          switch (c.getKind()) {
            case INTERFACE -> Declaration.Kind.INTERFACE;
            case ENUM -> Declaration.Kind.ENUM;
            case RECORD -> Declaration.Kind.RECORD;
            case ANNOTATION_TYPE -> Declaration.Kind.ANNOTATION_TYPE;
            default -> Declaration.Kind.CLASS;
          };
      declare(kind, name, true, start(c), end(c), c.getModifiers().getAnnotations());
      typeVariables.push(bounds(c.getTypeParameters()));
      for (Tree m : c.getMembers()) {
        if (m instanceof ClassTree inner) {
          type(inner, name + ".");
        } else if (m instanceof MethodTree method && end(method) > 0) {
          method(method, name);
        } else if (m instanceof VariableTree v && end(v) > 0) {
          Declaration.Kind vk = Declaration.Kind.FIELD;
          boolean isStatic = v.getModifiers().getFlags().contains(Modifier.STATIC);
          if (kind == Declaration.Kind.ENUM && positions.getEndPosition(unit, v.getType()) < 0) {
            vk = Declaration.Kind.ENUM_CONSTANT;
          } else if (kind == Declaration.Kind.RECORD && !isStatic) {
            vk = Declaration.Kind.RECORD_COMPONENT;
          }
          declare(
              vk,
              ElementName.field(name, v.getName().toString()),
              true,
              start(v),
              end(v),
              v.getModifiers().getAnnotations());
        }
      }
      typeVariables.pop();
    }

    private void method(MethodTree m, String typeName) {
      typeVariables.push(bounds(m.getTypeParameters()));
      boolean[] exact = {true};
      List<String> parameters = new ArrayList<>();
      for (VariableTree p : m.getParameters()) {
        parameters.add(erasure(p.getType(), exact));
      }
      typeVariables.pop();
      boolean constructor = m.getName().contentEquals("<init>");
      declare(
          constructor ? Declaration.Kind.CONSTRUCTOR : Declaration.Kind.METHOD,
          ElementName.executable(typeName, constructor ? null : m.getName().toString(), parameters),
          exact[0],
          start(m),
          end(m),
          m.getModifiers().getAnnotations());
    }

    private Map<String, String> bounds(List<? extends TypeParameterTree> parameters) {
      Map<String, String> bounds = new HashMap<>();
      for (TypeParameterTree p : parameters) {
        bounds.put(p.getName().toString(), null);
      }
      for (TypeParameterTree p : parameters) {
        boolean[] ignored = {true};
        bounds.put(
            p.getName().toString(),
            p.getBounds().isEmpty() ? "java.lang.Object" : erasure(p.getBounds().get(0), ignored));
      }
      return bounds;
    }

    /** A parameter type's erasure as the processor names it, from the source alone. */
    private String erasure(Tree type, boolean[] exact) {
      if (type instanceof PrimitiveTypeTree p) {
        return p.getPrimitiveTypeKind().name().toLowerCase(Locale.ROOT);
      } else if (type instanceof ArrayTypeTree a) {
        return erasure(a.getType(), exact) + "[]";
      } else if (type instanceof ParameterizedTypeTree p) {
        return erasure(p.getType(), exact);
      } else if (type instanceof AnnotatedTypeTree a) {
        return erasure(a.getUnderlyingType(), exact);
      } else if (type instanceof IdentifierTree i) {
        return resolve(i.getName().toString(), exact);
      } else if (type instanceof MemberSelectTree s) {
        String written = source(s).replaceAll("\\s|@\\S+", "");
        int dot = written.indexOf('.');
        String head = written.substring(0, dot);
        if (Character.isLowerCase(head.charAt(0))) {
          return written;
        }
        return resolve(head, exact) + written.substring(dot);
      }
      exact[0] = false;
      return source(type);
    }

    private String resolve(String simple, boolean[] exact) {
      for (Map<String, String> scope : typeVariables) {
        if (scope.containsKey(simple)) {
          String bound = scope.get(simple);
          return bound == null ? "java.lang.Object" : bound;
        }
      }
      String name = singleImports.get(simple);
      if (name == null) {
        name = typesInFile.get(simple);
      }
      if (name == null && JAVA_LANG.contains(simple)) {
        name = "java.lang." + simple;
      }
      if (name == null) {
        exact[0] = false;
        name = packageName.isEmpty() ? simple : packageName + "." + simple;
      }
      return name;
    }

    private void declare(
        Declaration.Kind kind,
        String name,
        boolean exact,
        int start,
        int end,
        List<? extends AnnotationTree> annotations) {
      List<String> papers = new ArrayList<>();
      boolean paperList = false;
      for (AnnotationTree a : annotations) {
        papers(a, papers);
        String type = source(a.getAnnotationType()).replaceAll("\\s", "");
        paperList |=
            type.equals(PAPER + ".List") || type.equals("Paper.List") && !otherPaperImported;
      }
      declarations.add(
          new Declaration(
              kind,
              name,
              exact,
              lines.line(start),
              lines.column(start),
              start,
              end,
              null,
              List.of(),
              List.copyOf(papers),
              paperList,
              insertion(start)));
    }

    private void papers(AnnotationTree a, List<String> papers) {
      String type = source(a.getAnnotationType()).replaceAll("\\s", "");
      boolean paper = type.equals(PAPER) || (type.equals("Paper") && !otherPaperImported);
      boolean list =
          type.equals(PAPER + ".List") || (type.equals("Paper.List") && !otherPaperImported);
      if (!paper && !list) {
        return;
      }
      ExpressionTree value = null;
      for (ExpressionTree argument : a.getArguments()) {
        if (argument instanceof AssignmentTree assignment) {
          if (source(assignment.getVariable()).equals("value")) {
            value = assignment.getExpression();
          }
        } else {
          value = argument;
        }
      }
      if (value == null) {
        return;
      }
      if (paper) {
        papers.add(
            value instanceof LiteralTree l && l.getValue() instanceof String s ? s : source(value));
      } else if (value instanceof NewArrayTree array && array.getInitializers() != null) {
        for (ExpressionTree e : array.getInitializers()) {
          if (e instanceof AnnotationTree inner) {
            papers(inner, papers);
          }
        }
      } else if (value instanceof AnnotationTree inner) {
        papers(inner, papers);
      }
    }

    private Insertion insertion(int start) {
      int lineStart = lines.lineStart(start);
      String indentation = text.substring(lineStart, start);
      boolean inline = !indentation.isBlank() && !indentation.isEmpty();
      String lineSeparator = lines.separatorOf(start);
      return new Insertion(
          inline ? start : lineStart,
          lines.line(start),
          inline ? "" : indentation,
          lineSeparator == null ? separator : lineSeparator,
          inline);
    }

    private ImportPoint importPoint() {
      List<? extends ImportTree> imports = unit.getImports();
      if (!imports.isEmpty()) {
        // In order among the other imports: before the first one that sorts after it, alone on
        // its line; else after the last one that is not static.
        ImportTree last = imports.get(imports.size() - 1);
        for (ImportTree i : imports) {
          if (i.isStatic()) {
            continue;
          }
          last = i;
          String name = source(i.getQualifiedIdentifier()).replaceAll("\\s", "");
          int start = start(i);
          int lineStart = lines.lineStart(start);
          if (name.compareTo(PAPER) > 0 && text.substring(lineStart, start).isBlank()) {
            return new ImportPoint(lineStart, lines.line(lineStart), separator, false, false);
          }
        }
        int offset = lines.nextLineStart(end(last));
        return new ImportPoint(offset, lines.line(offset), separator, false, false);
      }
      if (unit.getPackage() != null) {
        int offset = lines.nextLineStart(end(unit.getPackage()));
        return new ImportPoint(offset, lines.line(offset), separator, true, false);
      }
      int offset = text.startsWith("\uFEFF") ? 1 : 0;
      return new ImportPoint(offset, 1, separator, false, true);
    }

    /**
     * Gives each declaration its Javadoc (the last {@code /**} comment before its first token with
     * only blank space and comments between, as javac decides) and its other comments.
     */
    private List<Declaration> attachComments() {
      int count = declarations.size();
      int[] from = new int[count];
      int[] to = new int[count];
      Comment[] javadoc = new Comment[count];
      Set<Comment> docs = new java.util.HashSet<>();
      for (int d = 0; d < count; d++) {
        Declaration decl = declarations.get(d);
        int lead = decl.start();
        int k = lastCommentEndingBy(decl.start());
        boolean blankSeen = false;
        while (k >= 0 && text.substring(comments.get(k).end(), lead).isBlank()) {
          Comment c = comments.get(k);
          if (c.kind() == Comment.Kind.JAVADOC && javadoc[d] == null) {
            javadoc[d] = c;
            docs.add(c);
          }
          blankSeen |= lines.line(lead) - lines.line(c.end()) > 1;
          if (!blankSeen) {
            from[d] = c.offset();
          }
          lead = c.offset();
          k--;
        }
        if (from[d] == 0 || from[d] > decl.start()) {
          from[d] = decl.start();
        }
        to[d] = decl.end();
        int trailing = lastCommentEndingBy(text.length()) + 1;
        for (int j = Math.max(0, k); j < comments.size(); j++) {
          Comment c = comments.get(j);
          if (c.offset() >= decl.end()) {
            trailing = j;
            break;
          }
        }
        if (trailing < comments.size()) {
          Comment c = comments.get(trailing);
          String between = text.substring(decl.end(), c.offset());
          if (between.isBlank() && lines.line(c.offset()) == lines.line(decl.end())) {
            to[d] = c.end();
          }
        }
      }
      List<List<Comment>> owned = new ArrayList<>(count);
      for (int d = 0; d < count; d++) {
        owned.add(new ArrayList<>());
      }
      for (Comment c : comments) {
        if (docs.contains(c)) {
          continue;
        }
        int owner = -1;
        for (int d = 0; d < count; d++) {
          if (from[d] <= c.offset()
              && c.offset() < to[d]
              && (owner < 0 || from[d] >= from[owner])) {
            owner = d;
          }
        }
        if (owner >= 0) {
          owned.get(owner).add(c);
        }
      }
      List<Declaration> done = new ArrayList<>(count);
      for (int d = 0; d < count; d++) {
        Declaration x = declarations.get(d);
        done.add(
            new Declaration(
                x.kind(),
                x.name(),
                x.nameExact(),
                x.line(),
                x.column(),
                x.start(),
                x.end(),
                javadoc[d],
                List.copyOf(owned.get(d)),
                x.papers(),
                x.paperList(),
                x.insertion()));
      }
      return List.copyOf(done);
    }

    /** Index of the last comment that ends at or before {@code offset}, or -1. */
    private int lastCommentEndingBy(int offset) {
      int lo = 0;
      int hi = comments.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (comments.get(mid).end() <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }

    private int start(Tree tree) {
      int start = (int) positions.getStartPosition(unit, tree);
      if (tree instanceof ClassTree c) {
        start = firstOf(start, c.getModifiers());
      } else if (tree instanceof MethodTree m) {
        start = firstOf(start, m.getModifiers());
      } else if (tree instanceof VariableTree v) {
        start = firstOf(start, v.getModifiers());
      }
      return start;
    }

    private int firstOf(int start, ModifiersTree modifiers) {
      long s = positions.getStartPosition(unit, modifiers);
      return s >= 0 ? (int) Math.min(start, s) : start;
    }

    private int end(Tree tree) {
      return (int) positions.getEndPosition(unit, tree);
    }

    private String source(Tree tree) {
      int s = (int) positions.getStartPosition(unit, tree);
      int e = (int) positions.getEndPosition(unit, tree);
      return s >= 0 && e >= s ? text.substring(s, e) : tree.toString();
    }
  }

  private static final class StringSource extends SimpleJavaFileObject {
    private final int index;
    private final String text;

    StringSource(int index, String fileName, String text) {
      super(uri(index, fileName), Kind.SOURCE);
      this.index = index;
      this.text = text;
    }

    private static URI uri(int index, String fileName) {
      try {
        return new URI("string", null, "/" + index + "/" + fileName, null);
      } catch (URISyntaxException e) {
        return URI.create("string:///Source.java");
      }
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
