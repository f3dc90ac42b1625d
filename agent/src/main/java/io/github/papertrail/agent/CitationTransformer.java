package io.github.papertrail.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the classes that carry a {@code @Paper} so that they report to {@link Recorder} when
 * their cited code first runs; every other class is returned untouched (null) after a byte search.
 *
 * <ul>
 *   <li>An annotated type reports at class initialisation: a call at the start of its {@code
 *       <clinit>}, which is added when the class has none.
 *   <li>An annotated method or constructor of a class gets a private static flag {@code
 *       $papertrail$seenN} and a private static helper {@code $papertrail$usedN()}, called at
 *       entry: {@code if (!seenN) { seenN = true; Recorder.used(id); }}. After the first call the
 *       cost is the helper's field read, which the JIT inlines. The call comes before a
 *       constructor's {@code super(…)}, where only static code may run, which is all it is.
 *   <li>An annotated default or static method of an interface calls {@code Recorder.used(id)} at
 *       every entry (an interface cannot hold a non-final static field); that call returns after
 *       one array read.
 * </ul>
 *
 * Abstract and native methods have no code and are not instrumented; field, package and module
 * citations are not code that runs. Classes of the JDK, of the agent itself and of class loaders
 * that cannot see {@link Recorder} (the boot and platform loaders, parent-less loaders) are left
 * alone. A class the agent cannot rewrite is loaded unchanged, with one line on stderr.
 */
final class CitationTransformer implements ClassFileTransformer {

  private static final String RECORDER = Recorder.class.getName().replace('.', '/');
  private static final String PREFIX = "$papertrail$";

  private final Map<ClassLoader, Boolean> seesRecorder = new WeakHashMap<>();

  @Override
  public byte[] transform(
      ClassLoader loader,
      String className,
      Class<?> redefined,
      ProtectionDomain domain,
      byte[] bytes) {
    if (className == null
        || redefined != null
        || skipped(className)
        || !AnnotatedClass.mayCite(bytes)
        || !seesRecorder(loader)) {
      return null;
    }
    try {
      return instrument(bytes);
    } catch (RuntimeException | LinkageError e) {
      System.err.println(
          "papertrail-agent: "
              + className.replace('/', '.')
              + " is loaded without recording its @Paper citations: "
              + e);
      return null;
    }
  }

  private static boolean skipped(String className) {
    return className.startsWith("java/")
        || className.startsWith("javax/")
        || className.startsWith("jdk/")
        || className.startsWith("sun/")
        || className.startsWith("com/sun/")
        || className.startsWith("io/github/papertrail/agent/");
  }

  private boolean seesRecorder(ClassLoader loader) {
    if (loader == null) {
      return false;
    }
    synchronized (seesRecorder) {
      return seesRecorder.computeIfAbsent(
          loader,
          candidate -> {
            try {
              return Class.forName(Recorder.class.getName(), false, candidate) == Recorder.class;
            } catch (ClassNotFoundException | LinkageError e) {
              return false;
            }
          });
    }
  }

  /**
   * The class rewritten to report its cited elements, their sites registered with {@link Recorder};
   * null when it cites nothing that runs.
   */
  static byte[] instrument(byte[] bytes) {
    ClassReader reader = new ClassReader(bytes);
    AnnotatedClass annotated = AnnotatedClass.read(reader);
    if (annotated == null) {
      return null;
    }
    ClassWriter writer = new ClassWriter(reader, 0);
    reader.accept(new Rewriter(writer, annotated), 0);
    return writer.toByteArray();
  }

  /** Adds the reports; copies everything else as it was. */
  private static final class Rewriter extends ClassVisitor {
    private final AnnotatedClass annotated;
    private final Map<String, Integer> siteOf = new LinkedHashMap<>();
    private final Map<String, Integer> slotOf = new LinkedHashMap<>();
    private int typeSite = -1;
    private boolean hasClinit;

    Rewriter(ClassVisitor next, AnnotatedClass annotated) {
      super(Opcodes.ASM9, next);
      this.annotated = annotated;
      if (!annotated.typeCitations.isEmpty()) {
        typeSite =
            Recorder.register(new Site(annotated.typeName(), "type", annotated.typeCitations));
      }
      int slot = 0;
      for (Map.Entry<String, AnnotatedClass.Executable> entry : annotated.executables.entrySet()) {
        AnnotatedClass.Executable executable = entry.getValue();
        String kind = executable.name().equals("<init>") ? "constructor" : "method";
        siteOf.put(
            entry.getKey(),
            Recorder.register(
                new Site(annotated.elementName(executable), kind, executable.citations())));
        slotOf.put(entry.getKey(), slot++);
      }
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
      if (name.equals("<clinit>") && typeSite >= 0) {
        hasClinit = true;
        return new Entry(next, typeSite, -1);
      }
      Integer site = siteOf.get(name + descriptor);
      if (site == null) {
        return next;
      }
      return new Entry(next, site, annotated.isInterface ? -1 : slotOf.get(name + descriptor));
    }

    @Override
    public void visitEnd() {
      if (typeSite >= 0 && !hasClinit) {
        MethodVisitor clinit = super.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        report(clinit, typeSite);
        clinit.visitInsn(Opcodes.RETURN);
        clinit.visitMaxs(1, 0);
        clinit.visitEnd();
      }
      if (!annotated.isInterface) {
        for (Map.Entry<String, Integer> entry : slotOf.entrySet()) {
          helper(entry.getValue(), siteOf.get(entry.getKey()));
        }
      }
      super.visitEnd();
    }

    /** {@code private static void $papertrail$usedN() { if (!seenN) { seenN = true; … } }} */
    private void helper(int slot, int site) {
      String flag = PREFIX + "seen" + slot;
      int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
      super.visitField(access, flag, "Z", null, null).visitEnd();
      MethodVisitor method = super.visitMethod(access, PREFIX + "used" + slot, "()V", null, null);
      method.visitCode();
      Label done = new Label();
      method.visitFieldInsn(Opcodes.GETSTATIC, annotated.internalName, flag, "Z");
      method.visitJumpInsn(Opcodes.IFNE, done);
      method.visitInsn(Opcodes.ICONST_1);
      method.visitFieldInsn(Opcodes.PUTSTATIC, annotated.internalName, flag, "Z");
      report(method, site);
      method.visitLabel(done);
      if (annotated.version >= Opcodes.V1_6) {
        method.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
      }
      method.visitInsn(Opcodes.RETURN);
      method.visitMaxs(1, 0);
      method.visitEnd();
    }

    /** Code that reports at entry: a call of the helper, or of {@link Recorder} directly. */
    private final class Entry extends MethodVisitor {
      private final int site;
      private final int slot;

      Entry(MethodVisitor next, int site, int slot) {
        super(Opcodes.ASM9, next);
        this.site = site;
        this.slot = slot;
      }

      @Override
      public void visitCode() {
        super.visitCode();
        if (slot >= 0) {
          super.visitMethodInsn(
              Opcodes.INVOKESTATIC, annotated.internalName, PREFIX + "used" + slot, "()V", false);
        } else {
          report(mv, site);
        }
      }

      @Override
      public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(Math.max(maxStack, 1), maxLocals);
      }
    }
  }

  private static void report(MethodVisitor method, int site) {
    method.visitLdcInsn(site);
    method.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "used", "(I)V", false);
  }
}
