package io.github.papertrail.scan;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.ElementName;
import io.github.papertrail.index.IndexedCitation;
import io.github.papertrail.index.IndexedMention;
import io.github.papertrail.report.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads a module's citations from its compiled classes: the {@code @Paper} annotations are kept at
 * run time, so this works for any JVM language and when the annotation processor did not run. Where
 * the processor's {@code citations.json} is present, it supplies source files and lines.
 */
public final class ClassFileCitations {

  static final String PAPER = Type.getDescriptor(Paper.class);
  static final String PAPER_LIST = Type.getDescriptor(Paper.List.class);

  private ClassFileCitations() {}

  /**
   * @param classes a class output folder ({@code target/classes}); a missing folder has no
   *     citations
   * @param module the module's name, recorded on every citation
   * @throws CatalogException naming the file when a class file or the index cannot be read
   */
  public static List<Citation> read(Path classes, String module) {
    if (!Files.isDirectory(classes)) {
      return List.of();
    }
    List<Citation> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        found.addAll(readClass(file, module));
      }
    } catch (IOException e) {
      throw new CatalogException(classes + ": cannot list the class files: " + e.getMessage(), e);
    }
    return join(found, readIndex(classes.resolve(CitationIndex.RESOURCE)).citations());
  }

  /**
   * The same citations read from a module's jar, as {@link #read(Path, String)} reads its class
   * output folder: for a module whose classes folder is gone, as after a build cache restored only
   * its jar.
   *
   * @param jar the module's jar
   * @param module the module's name, recorded on every citation
   * @throws CatalogException naming the jar (and the entry) when it cannot be read
   */
  public static List<Citation> readJar(Path jar, String module) {
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      return read(zip.getRootDirectories().iterator().next(), module);
    } catch (CatalogException e) {
      // entries are named from the jar's root: /com/acme/Lora.class
      throw new CatalogException(jar + "!" + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new CatalogException(jar + ": cannot read the jar: " + e.getMessage(), e);
    }
  }

  /**
   * The papers Javadoc names and no {@code @Paper} cites, as the compiler recorded them in the
   * index: class files keep no Javadoc. None without an index.
   *
   * @throws CatalogException naming the index when it cannot be read
   */
  public static List<IndexedMention> uncitedMentions(Path classes) {
    return readIndex(classes.resolve(CitationIndex.RESOURCE)).mentions();
  }

  /**
   * The {@code @SuppressWarnings} values papertrail obeys in scope of each element with citations,
   * by element, as the compiler recorded them in the index ({@code @SuppressWarnings} is not in
   * class files); elements without any are left out, and so is everything without an index.
   *
   * @throws CatalogException naming the index when it cannot be read
   */
  public static Map<String, List<String>> suppressions(Path classes) {
    Map<String, List<String>> byElement = new HashMap<>();
    for (IndexedCitation citation :
        readIndex(classes.resolve(CitationIndex.RESOURCE)).citations()) {
      if (!citation.suppressed().isEmpty()) {
        byElement.put(citation.element(), citation.suppressed());
      }
    }
    return byElement;
  }

  private static List<Citation> readClass(Path file, String module) {
    try (InputStream in = Files.newInputStream(file)) {
      CitationCollector collector = new CitationCollector(module);
      new ClassReader(in).accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
      return collector.found;
    } catch (IOException | RuntimeException e) {
      throw new CatalogException(
          file + ": not a readable class file (" + e + "); rebuild with mvn clean verify", e);
    }
  }

  private static CitationIndex.Contents readIndex(Path index) {
    if (!Files.isRegularFile(index)) {
      return new CitationIndex.Contents(List.of(), List.of());
    }
    try (InputStream in = Files.newInputStream(index)) {
      return CitationIndex.readContents(in, index.toString());
    } catch (IOException e) {
      throw new CatalogException(index + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Adds source and line from the index: the n-th citation of an id on an element matches the n-th
   * indexed one.
   */
  static List<Citation> join(List<Citation> found, List<IndexedCitation> index) {
    Map<String, List<IndexedCitation>> byElementAndId = new HashMap<>();
    for (IndexedCitation indexed : index) {
      byElementAndId
          .computeIfAbsent(indexed.element() + "\u0000" + indexed.id(), k -> new ArrayList<>())
          .add(indexed);
    }
    List<Citation> joined = new ArrayList<>();
    for (Citation citation : found) {
      List<IndexedCitation> matches =
          byElementAndId.get(citation.element() + "\u0000" + citation.id());
      if (matches == null || matches.isEmpty()) {
        joined.add(citation);
        continue;
      }
      IndexedCitation match = matches.remove(0);
      joined.add(
          new Citation(
              citation.module(),
              citation.element(),
              citation.kind(),
              match.source() != null ? match.source() : citation.source(),
              match.line(),
              citation.id(),
              citation.role(),
              citation.section(),
              citation.note(),
              citation.title()));
    }
    return joined;
  }

  /**
   * Collects the citations of one class file: on the class, its methods and fields, a package-info
   * or module-info.
   */
  private static final class CitationCollector extends ClassVisitor {
    private final String module;
    final List<Citation> found = new ArrayList<>();
    private String name;
    private String kind;
    private String source;
    private boolean innerInstanceClass;
    private boolean isEnum;
    private final List<Pending> pending = new ArrayList<>();

    /**
     * A citation whose element name needs what the class file says after the annotations (inner
     * class flags).
     */
    private record Pending(
        String memberName, String descriptor, String memberKind, Map<String, Object> values) {}

    CitationCollector(String module) {
      super(Opcodes.ASM9);
      this.module = module;
    }

    @Override
    public void visit(
        int version,
        int access,
        String internalName,
        String signature,
        String superName,
        String[] interfaces) {
      name = internalName;
      isEnum = (access & Opcodes.ACC_ENUM) != 0;
      if (internalName.endsWith("/package-info") || internalName.equals("package-info")) {
        kind = "PACKAGE";
      } else if (internalName.equals("module-info")) {
        kind = "MODULE";
      } else if ((access & Opcodes.ACC_ANNOTATION) != 0) {
        kind = "ANNOTATION_TYPE";
      } else if ((access & Opcodes.ACC_INTERFACE) != 0) {
        kind = "INTERFACE";
      } else if (isEnum) {
        kind = "ENUM";
      } else if ("java/lang/Record".equals(superName)) {
        kind = "RECORD";
      } else {
        kind = "CLASS";
      }
    }

    @Override
    public void visitSource(String file, String debug) {
      if (file != null) {
        int slash = name.lastIndexOf('/');
        source = slash < 0 ? file : name.substring(0, slash + 1) + file;
      }
    }

    @Override
    public ModuleVisitor visitModule(String moduleName, int access, String version) {
      name = moduleName; // module-info: the element is the module
      return null;
    }

    @Override
    public void visitInnerClass(String inner, String outer, String innerName, int access) {
      if (inner.equals(name)
          && outer != null
          && (access & Opcodes.ACC_STATIC) == 0
          && !isEnum
          && !"INTERFACE".equals(kind)
          && !"ANNOTATION_TYPE".equals(kind)
          && !"RECORD".equals(kind)) {
        innerInstanceClass = true; // its constructors take the outer instance first
      }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return collect(descriptor, values -> pending.add(new Pending(null, null, kind, values)));
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String methodName, String descriptor, String signature, String[] exceptions) {
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          String memberKind = methodName.equals("<init>") ? "CONSTRUCTOR" : "METHOD";
          return collect(
              annotation,
              values -> pending.add(new Pending(methodName, descriptor, memberKind, values)));
        }
      };
    }

    @Override
    public FieldVisitor visitField(
        int access, String fieldName, String descriptor, String signature, Object value) {
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          return collect(
              annotation, values -> pending.add(new Pending(fieldName, null, "FIELD", values)));
        }
      };
    }

    @Override
    public void visitEnd() {
      String typeName = typeName();
      for (Pending p : pending) {
        String element = p.memberName() == null ? typeName : member(p, typeName);
        Map<String, Object> v = p.values();
        found.add(
            new Citation(
                module,
                element,
                p.memberKind(),
                source,
                null,
                (String) v.get("value"),
                (String) v.getOrDefault("role", Role.IMPLEMENTS.name()),
                blankToNull(v.get("section")),
                blankToNull(v.get("note")),
                blankToNull(v.get("title"))));
      }
    }

    /**
     * The Java name as javac's elements give it: {@code com.acme.Outer.Inner}, a package, a module.
     */
    private String typeName() {
      if ("PACKAGE".equals(kind)) {
        return name.contains("/") ? name.substring(0, name.lastIndexOf('/')).replace('/', '.') : "";
      }
      if ("MODULE".equals(kind)) {
        return name;
      }
      return name.replace('/', '.').replace('$', '.');
    }

    /**
     * {@code T#merge(int,java.util.List)}, {@code T#Lora(int)}, {@code T#rank}, without the
     * synthetic parameters javac adds.
     */
    private String member(Pending p, String typeName) {
      if (p.descriptor() == null) {
        return ElementName.field(typeName, p.memberName());
      }
      List<String> parameters = new ArrayList<>();
      for (Type type : Type.getArgumentTypes(p.descriptor())) {
        parameters.add(type.getClassName().replace('$', '.'));
      }
      String methodName = p.memberName();
      if (methodName.equals("<init>")) {
        methodName = null; // a constructor
        if (innerInstanceClass && !parameters.isEmpty()) {
          parameters.remove(0);
        } else if (isEnum && parameters.size() >= 2) {
          parameters.subList(0, 2).clear(); // name and ordinal
        }
      }
      return ElementName.executable(typeName, methodName, parameters);
    }

    private static String blankToNull(Object value) {
      return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    /**
     * A visitor for one annotation: {@code @Paper} gives one citation, {@code @Paper.List} one per
     * element.
     */
    private static AnnotationVisitor collect(
        String descriptor, java.util.function.Consumer<Map<String, Object>> sink) {
      if (PAPER.equals(descriptor)) {
        return new PaperValues(sink);
      }
      if (PAPER_LIST.equals(descriptor)) {
        return new AnnotationVisitor(Opcodes.ASM9) {
          @Override
          public AnnotationVisitor visitArray(String arrayName) {
            return new AnnotationVisitor(Opcodes.ASM9) {
              @Override
              public AnnotationVisitor visitAnnotation(String unnamed, String nested) {
                return PAPER.equals(nested) ? new PaperValues(sink) : null;
              }
            };
          }
        };
      }
      return null;
    }
  }

  /** The values of one {@code @Paper}: strings as written, the role as its constant name. */
  private static final class PaperValues extends AnnotationVisitor {
    private final Map<String, Object> values = new HashMap<>();
    private final java.util.function.Consumer<Map<String, Object>> sink;

    PaperValues(java.util.function.Consumer<Map<String, Object>> sink) {
      super(Opcodes.ASM9);
      this.sink = sink;
    }

    @Override
    public void visit(String name, Object value) {
      values.put(name, value);
    }

    @Override
    public void visitEnum(String name, String descriptor, String value) {
      values.put(name, value);
    }

    @Override
    public void visitEnd() {
      sink.accept(values);
    }
  }
}
