package bench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a module of ML-looking classes (a small dense layer each: forward pass, softmax, a
 * layer-norm loss, an optimizer step, a score that calls the previous class) carrying exactly the
 * requested number of {@code @Paper} citations: one on every class, the rest on its members, some
 * members carrying two (a repeated annotation, i.e. {@code @Paper.List}).
 */
final class GenerateModule {

  static final int CLASSES_PER_PACKAGE = 100;
  private static final String[] NAMES = {"LowRankAdapter", "DecomposedAdapter", "PrefixEncoder", "GroupedAttention",
      "RotaryEmbedding", "RmsNorm", "SwiGluBlock", "ProjectedOptimizer", "WarmupCosine", "PreferenceLoss",
      "RewardHead", "KlController", "QuantizedLinear", "SparseMixture", "TokenSampler", "ValueHead",
      "DistillationLoss", "LayerDrop", "ContrastiveHead", "SpeculativeDecoder"};
  /** Members a citation may sit on, besides the class. */
  private static final String[] MEMBERS = {"EPS", "<init>", "forward", "softmax", "layerNormLoss", "step", "score"};
  private static final String[] ACTIVATIONS = {"relu", "silu", "gelu", "leaky"};

  /** What was generated. */
  record Summary(int classes, int citations, int repeatedSites, int lines, Map<String, Integer> forms,
      List<String> sources) {}

  private GenerateModule() {}

  static String className(int i) {
    return NAMES[i % NAMES.length] + String.format("%04d", i);
  }

  static String packageName(int i) {
    return String.format("com.acme.bench.p%02d", i / CLASSES_PER_PACKAGE);
  }

  static Summary generate(Path sourceRoot, int classes, int citations, long seed) throws IOException {
    if (citations < classes) {
      throw new IllegalArgumentException("at least one citation per class: " + citations + " < " + classes);
    }
    Forms forms = new Forms(seed);
    SplittableRandom random = forms.random();
    // How many citations each class carries: citations / classes, one more for a random remainder.
    int[] perClass = new int[classes];
    java.util.Arrays.fill(perClass, citations / classes);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    for (int i = 0; i < citations % classes; i++) {
      perClass[order.get(i)]++;
    }
    int repeated = 0;
    int lines = 0;
    int written = 0;
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      Map<String, List<Forms.Cite>> sites = new LinkedHashMap<>();
      sites.computeIfAbsent("class", k -> new ArrayList<>()).add(forms.next());
      for (int c = 1; c < perClass[i]; c++) {
        // mostly on a member; sometimes a second one on the class (a class implementing two papers)
        String site = random.nextInt(100) < 15 ? "class" : MEMBERS[random.nextInt(MEMBERS.length)];
        sites.computeIfAbsent(site, k -> new ArrayList<>()).add(forms.next());
      }
      for (List<Forms.Cite> cites : sites.values()) {
        if (cites.size() > 1) {
          repeated++;
        }
        written += cites.size();
      }
      String source = classSource(packageName(i), className(i), i == 0 ? null : packageName(i - 1) + "."
          + className(i - 1), sites, random);
      lines += (int) source.chars().filter(ch -> ch == '\n').count();
      String relative = packageName(i).replace('.', '/') + "/" + className(i) + ".java";
      Path file = sourceRoot.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
      sources.add(relative);
    }
    if (written != citations) {
      throw new AssertionError("wrote " + written + " citations, not " + citations);
    }
    return new Summary(classes, citations, repeated, lines, forms.formCount, sources);
  }

  /**
   * One more class of the same shape without any {@code @Paper} (it calls the module's first class),
   * written under sourceRoot: the incremental row's uncited file. Returns its path under sourceRoot.
   */
  static String writeUncited(Path sourceRoot, long seed) throws IOException {
    String pkg = "com.acme.bench.plain";
    String name = "PlainLayer";
    String relative = pkg.replace('.', '/') + "/" + name + ".java";
    Path file = sourceRoot.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, classSource(pkg, name, packageName(0) + "." + className(0), Map.of(),
        new SplittableRandom(seed)), StandardCharsets.UTF_8);
    return relative;
  }

  private static String classSource(String pkg, String name, String previous, Map<String, List<Forms.Cite>> sites,
      SplittableRandom random) {
    String activation = ACTIVATIONS[random.nextInt(ACTIVATIONS.length)];
    float alpha = 0.01f + random.nextInt(20) / 100f;
    float beta1 = 0.85f + random.nextInt(10) / 100f;
    int heads = 1 + random.nextInt(8);
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n");
    if (!sites.isEmpty()) {
      s.append("import io.github.papertrail.Paper;\n");
      s.append("import io.github.papertrail.Role;\n\n");
    }
    s.append("/** Generated by bench/run: a dense layer with its loss and optimizer step. */\n");
    annotations(s, "", sites.get("class"));
    s.append("public final class ").append(name).append(" {\n\n");
    annotations(s, "  ", sites.get("EPS"));
    s.append("  static final float EPS = 1e-6f;\n");
    s.append("  static final float ALPHA = ").append(alpha).append("f;\n");
    s.append("  static final int HEADS = ").append(heads).append(";\n\n");
    s.append("  private final int dim;\n");
    s.append("  private final float[] weights;\n");
    s.append("  private final float[] bias;\n");
    s.append("  private final float[] moments;\n");
    s.append("  private final float[] velocity;\n\n");
    annotations(s, "  ", sites.get("<init>"));
    s.append("  public ").append(name).append("(int dim, long seed) {\n");
    s.append("    this.dim = dim;\n");
    s.append("    this.weights = new float[dim * dim];\n");
    s.append("    this.bias = new float[dim];\n");
    s.append("    this.moments = new float[dim * dim];\n");
    s.append("    this.velocity = new float[dim * dim];\n");
    s.append("    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);\n");
    s.append("    float scale = (float) Math.sqrt(2.0 / dim);\n");
    s.append("    for (int k = 0; k < weights.length; k++) {\n");
    s.append("      weights[k] = (float) (random.nextGaussian() * scale);\n");
    s.append("    }\n");
    s.append("  }\n\n");
    annotations(s, "  ", sites.get("forward"));
    s.append("  public float[] forward(float[] x) {\n");
    s.append("    float[] out = new float[dim];\n");
    s.append("    for (int r = 0; r < dim; r++) {\n");
    s.append("      float acc = bias[r];\n");
    s.append("      int row = r * dim;\n");
    s.append("      for (int c = 0; c < dim; c++) {\n");
    s.append("        acc += weights[row + c] * x[c];\n");
    s.append("      }\n");
    s.append("      out[r] = ").append(activation(activation)).append(";\n");
    s.append("    }\n");
    s.append("    return out;\n");
    s.append("  }\n\n");
    annotations(s, "  ", sites.get("softmax"));
    s.append("  public static float[] softmax(float[] logits) {\n");
    s.append("    float max = Float.NEGATIVE_INFINITY;\n");
    s.append("    for (float v : logits) {\n");
    s.append("      max = Math.max(max, v);\n");
    s.append("    }\n");
    s.append("    float sum = 0f;\n");
    s.append("    float[] p = new float[logits.length];\n");
    s.append("    for (int k = 0; k < logits.length; k++) {\n");
    s.append("      p[k] = (float) Math.exp(logits[k] - max);\n");
    s.append("      sum += p[k];\n");
    s.append("    }\n");
    s.append("    for (int k = 0; k < p.length; k++) {\n");
    s.append("      p[k] /= sum;\n");
    s.append("    }\n");
    s.append("    return p;\n");
    s.append("  }\n\n");
    annotations(s, "  ", sites.get("layerNormLoss"));
    s.append("  public float layerNormLoss(float[] x, float[] target) {\n");
    s.append("    float mean = 0f;\n");
    s.append("    for (float v : x) {\n");
    s.append("      mean += v;\n");
    s.append("    }\n");
    s.append("    mean /= x.length;\n");
    s.append("    float var = 0f;\n");
    s.append("    for (float v : x) {\n");
    s.append("      var += (v - mean) * (v - mean);\n");
    s.append("    }\n");
    s.append("    float inv = 1f / (float) Math.sqrt(var / x.length + EPS);\n");
    s.append("    float loss = 0f;\n");
    s.append("    for (int k = 0; k < x.length; k++) {\n");
    s.append("      float d = (x[k] - mean) * inv - target[k];\n");
    s.append("      loss += d * d;\n");
    s.append("    }\n");
    s.append("    return loss / (HEADS * x.length);\n");
    s.append("  }\n\n");
    annotations(s, "  ", sites.get("step"));
    s.append("  public void step(float[] grad, float lr) {\n");
    s.append("    for (int k = 0; k < weights.length; k++) {\n");
    s.append("      moments[k] = ").append(beta1).append("f * moments[k] + ").append(1 - beta1).append("f * grad[k];\n");
    s.append("      velocity[k] = 0.999f * velocity[k] + 0.001f * grad[k] * grad[k];\n");
    s.append("      weights[k] -= lr * moments[k] / ((float) Math.sqrt(velocity[k]) + EPS);\n");
    s.append("    }\n");
    s.append("  }\n\n");
    annotations(s, "  ", sites.get("score"));
    s.append("  public float score(float[] x) {\n");
    s.append("    float[] p = softmax(forward(x));\n");
    s.append("    float entropy = 0f;\n");
    s.append("    for (float q : p) {\n");
    s.append("      entropy -= q * (float) Math.log(q + EPS);\n");
    s.append("    }\n");
    if (previous != null) {
      s.append("    return entropy + ").append(previous).append(".softmax(p)[0];\n");
    } else {
      s.append("    return entropy;\n");
    }
    s.append("  }\n");
    s.append("}\n");
    return s.toString();
  }

  private static String activation(String kind) {
    return switch (kind) {
      case "relu" -> "Math.max(0f, acc)";
      case "silu" -> "acc / (1f + (float) Math.exp(-acc))";
      case "gelu" -> "0.5f * acc * (1f + (float) Math.tanh(0.7978846f * (acc + 0.044715f * acc * acc * acc)))";
      default -> "acc > 0f ? acc : ALPHA * acc";
    };
  }

  private static void annotations(StringBuilder s, String indent, List<Forms.Cite> cites) {
    if (cites == null) {
      return;
    }
    for (Forms.Cite cite : cites) {
      s.append(indent).append("@Paper(");
      List<String> args = new ArrayList<>();
      boolean named = cite.role().equals("IMPLEMENTS") ? cite.section() != null || cite.note() != null || cite.title() != null : true;
      args.add((named ? "value = " : "") + literal(cite.form().written()));
      if (!cite.role().equals("IMPLEMENTS")) {
        args.add("role = Role." + cite.role());
      }
      if (cite.section() != null) {
        args.add("section = " + literal(cite.section()));
      }
      if (cite.note() != null) {
        args.add("note = " + literal(cite.note()));
      }
      if (cite.title() != null) {
        args.add("title = " + literal(cite.title()));
      }
      s.append(String.join(", ", args)).append(")\n");
    }
  }

  static String literal(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
