package io.github.papertrail.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A generated source tree like an ML library's: classes of some 150 lines with Javadoc, fields,
 * methods whose bodies hold line and block comments, a nested class, an enum in every tenth file,
 * imports of packages that are absent, and a paper reference in one comment of about one file in
 * five (a few hundred in 1,500 files), in the styles real code uses.
 */
final class GeneratedSources {

  /**
   * Per class file: the class, 8 fields, a constructor, 8 methods, the nested class, its field and
   * method.
   */
  static final int DECLARATIONS_PER_CLASS = 21;

  /** Per enum file: the enum, 12 constants, 1 method. */
  static final int DECLARATIONS_PER_ENUM = 14;

  private static final String[] REFERENCES = {
    "<a href=\"https://arxiv.org/abs/1502.03167\">\n * <i>Batch Normalization: Accelerating Deep"
        + " Network\n * Training</i></a>",
    "as in http://arxiv.org/pdf/1212.5701v1.pdf (eq. 14) by Zeiler, 2012, is used",
    "<pre>\n * Loshchilov, I., and Hutter, F.\n * \"Decoupled Weight Decay Regularization\"\n *"
        + " arXiv preprint arXiv:1711.05101, 2017.\n * </pre>",
    "see http://proceedings.mlr.press/v28/sutskever13.pdf",
    "{@link https://doi.org/10.1214/aoms/1177729586}",
  };

  private GeneratedSources() {}

  /** {@code count} files, relative path to text, the same for the same arguments. */
  static Map<String, String> files(int count, long seed) {
    Random random = new Random(seed);
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String pkg = "com.gen.p" + (i / 50);
      String name = (i % 10 == 9 ? "Mode" : "Layer") + i;
      String text =
          i % 10 == 9 ? enumFile(pkg, name, random) : classFile(pkg, name, i % 5 == 0, random);
      files.put(pkg.replace('.', '/') + "/" + name + ".java", text);
    }
    return files;
  }

  /** Writes {@link #files} below {@code root}. */
  static void write(Path root, int count, long seed) throws IOException {
    for (Map.Entry<String, String> f : files(count, seed).entrySet()) {
      Path path = root.resolve(f.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, f.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static String classFile(String pkg, String name, boolean cites, Random random) {
    StringBuilder s = new StringBuilder();
    s.append("/*\n * Copyright 2026 Generated. Apache License 2.0.\n */\n");
    s.append("package ").append(pkg).append(";\n\n");
    s.append("import java.util.List;\nimport java.util.Map;\n");
    s.append("import org.nd4j.linalg.api.ndarray.INDArray;\nimport org.nd4j.linalg.factory.*;\n\n");
    s.append("/**\n * A generated layer.\n *\n * <p>Computes ")
        .append(cites ? REFERENCES[random.nextInt(REFERENCES.length)] : "a transformation")
        .append(".\n */\n@Generated(\"gen\")\npublic class ")
        .append(name)
        .append(" implements Layer {\n\n");
    for (int f = 0; f < 8; f++) {
      s.append("  /** Field ").append(f).append(". */\n");
      s.append("  private double w")
          .append(f)
          .append(" = ")
          .append(random.nextInt(100))
          .append(";\n\n");
    }
    s.append("  /** Creates the layer. */\n  public ").append(name).append("(int size) {\n");
    s.append("    // sizes are checked by the caller\n    this.w0 = size;\n  }\n\n");
    for (int m = 0; m < 8; m++) {
      s.append("  /**\n   * Step ").append(m).append(".\n   *\n   * @param x the input\n   */\n");
      s.append("  public INDArray step")
          .append(m)
          .append("(INDArray x, List<Map<String, Double>> state) {\n");
      for (int k = 0; k < 5; k++) {
        s.append("    // statement ").append(k).append(" of step ").append(m).append('\n');
        s.append("    double v")
            .append(k)
            .append(" = w")
            .append(k)
            .append(" * ")
            .append(random.nextDouble())
            .append(";\n");
      }
      s.append("    /* the result\n       is the input */\n    return x;\n  }\n\n");
    }
    s.append("  /** Nested state. */\n  static final class State {\n    int t;\n\n");
    s.append("    void reset() {\n      t = 0; // back to the start\n    }\n  }\n}\n");
    return s.toString();
  }

  private static String enumFile(String pkg, String name, Random random) {
    StringBuilder s = new StringBuilder();
    s.append("package ")
        .append(pkg)
        .append(";\n\n/** Modes. */\npublic enum ")
        .append(name)
        .append(" {\n");
    for (int c = 0; c < 12; c++) {
      s.append("  /** Mode ")
          .append(c)
          .append(", weight ")
          .append(random.nextInt(9))
          .append(". */\n");
      s.append("  M").append(c).append(c == 11 ? ";\n" : ",\n");
    }
    s.append(
        "\n  /** Whether it trains. */\n  boolean trains() {\n    // every mode trains\n    return true;\n  }\n}\n");
    return s.toString();
  }
}
