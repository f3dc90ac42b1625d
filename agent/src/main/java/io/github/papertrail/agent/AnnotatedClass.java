package io.github.papertrail.agent;

import io.github.papertrail.index.ElementName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What one class file cites, read with ASM without its code: the type's {@code @Paper}s and those
 * of its methods and constructors that have code. Fields, packages and modules are not code that
 * runs, and abstract or native methods have no code to instrument: their citations are not read.
 */
final class AnnotatedClass {

  static final String PAPER = "Lio/github/papertrail/Paper;";
  static final String PAPER_LIST = "Lio/github/papertrail/Paper$List;";
  private static final byte[] MARK =
      "io/github/papertrail/Paper".getBytes(StandardCharsets.US_ASCII);

  final String internalName;
  final boolean isInterface;
  final int version;
  final List<Site.Citation> typeCitations = new ArrayList<>();

  /** Keyed by name + descriptor, in class file order. */
  final Map<String, Executable> executables = new LinkedHashMap<>();

  record Executable(String name, String descriptor, List<Site.Citation> citations) {}

  private AnnotatedClass(String internalName, boolean isInterface, int version) {
    this.internalName = internalName;
    this.isInterface = isInterface;
    this.version = version;
  }

  /**
   * Whether a class file may cite a paper: its constant pool names {@code @Paper}. A byte search,
   * so that the many classes without one are not parsed at all.
   */
  static boolean mayCite(byte[] bytes) {
    outer:
    for (int i = 0; i <= bytes.length - MARK.length; i++) {
      for (int j = 0; j < MARK.length; j++) {
        if (bytes[i + j] != MARK[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The class's citations, or null when neither it nor a method with code carries one. */
  static AnnotatedClass read(ClassReader reader) {
    AnnotatedClass[] found = new AnnotatedClass[1];
    reader.accept(
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            found[0] =
                new AnnotatedClass(name, (access & Opcodes.ACC_INTERFACE) != 0, version & 0xFFFF);
          }

          @Override
          public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return citations(descriptor, found[0].typeCitations);
          }

          @Override
          public MethodVisitor visitMethod(
              int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0
                || name.equals("<clinit>")) {
              return null;
            }
            List<Site.Citation> citations = new ArrayList<>();
            found[0].executables.put(
                name + descriptor, new Executable(name, descriptor, citations));
            return new MethodVisitor(Opcodes.ASM9) {
              @Override
              public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return citations(annotation, citations);
              }
            };
          }
        },
        ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    AnnotatedClass annotated = found[0];
    annotated.executables.values().removeIf(executable -> executable.citations().isEmpty());
    return annotated.typeCitations.isEmpty() && annotated.executables.isEmpty() ? null : annotated;
  }

  private static AnnotationVisitor citations(String descriptor, List<Site.Citation> into) {
    if (descriptor.equals(PAPER)) {
      return new PaperReader(into);
    }
    if (descriptor.equals(PAPER_LIST)) {
      return new AnnotationVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitArray(String name) {
          return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String unnamed, String paper) {
              return new PaperReader(into);
            }
          };
        }
      };
    }
    return null;
  }

  /** The members of one {@code @Paper}; those left at their default are not in the class file. */
  private static final class PaperReader extends AnnotationVisitor {
    private final List<Site.Citation> into;
    private final Map<String, String> values = new LinkedHashMap<>();

    PaperReader(List<Site.Citation> into) {
      super(Opcodes.ASM9);
      this.into = into;
    }

    @Override
    public void visit(String name, Object value) {
      values.put(name, String.valueOf(value));
    }

    @Override
    public void visitEnum(String name, String descriptor, String value) {
      values.put(name, value);
    }

    @Override
    public void visitEnd() {
      into.add(
          new Site.Citation(
              values.getOrDefault("value", ""),
              values.getOrDefault("title", ""),
              values.getOrDefault("role", "IMPLEMENTS"),
              values.getOrDefault("section", ""),
              values.getOrDefault("note", "")));
    }
  }

  /** The type as the citation index names it: nested types' {@code $} become dots. */
  String typeName() {
    return internalName.replace('/', '.').replace('$', '.');
  }

  /** {@code com.acme.Lora#merge(int,java.util.List)}, {@code com.acme.Lora#Lora(int)}. */
  String elementName(Executable executable) {
    List<String> parameters = new ArrayList<>();
    for (Type type : Type.getArgumentTypes(executable.descriptor())) {
      parameters.add(type.getClassName().replace('$', '.'));
    }
    boolean constructor = executable.name().equals("<init>");
    return ElementName.executable(typeName(), constructor ? null : executable.name(), parameters);
  }
}
