package bench;
import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.mention.Mention;
import io.github.papertrail.mention.PaperMentions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a Maven project of ML-looking Java sources for {@code papertrail:migrate}: a {@code
 * pom.xml} without dependencies or plugins, and files in packages of 50, each under the Apache
 * License header (classes with Javadoc, fields, a constructor and 5 to 9 methods with loops over
 * {@code float[]} and body comments; an interface, a record or an enum now and then). About one
 * file in five carries a paper reference, some two, in the styles real code uses: {@code <a href>}
 * links to arXiv, DOI and OpenReview with italic titles, bare URLs in a sentence, {@code <pre>}
 * reference blocks ending {@code arXiv:ID}, {@code @see} links, and {@code //} comments in method
 * bodies. One reference in seven names a paper of the bundled catalog, the others papers it does
 * not hold. About one file in eight also links a page without a paper identifier (a repository,
 * API docs, an article, a proceedings PDF). Every reference is checked with papertrail's own
 * mention finder as it is written: a paper reference must be found as exactly its paper, a link
 * without an identifier as nothing. Each paper has its own title. Deterministic for a seed.
 */
final class GenerateTree {

  static final int FILES_PER_PACKAGE = 50;

  /** The reference styles, assigned in turn so that even a small tree has every one. */
  static final String[] STYLES = {"javadoc <a href> arXiv, <i>title</i>", "bare URL in a sentence",
      "<pre> block, arXiv:ID", "// comment in a method body", "javadoc <a href> DOI, <i>title</i>",
      "@see <a href> arXiv", "javadoc <a href> OpenReview, <i>title</i>", "// comment, bare arXiv URL",
      "method javadoc, arXiv PDF URL"};

  private static final String[] PACKAGES = {"nn", "nn.attention", "nn.norm", "nn.activation", "nn.embedding",
      "optim", "optim.schedule", "data", "data.text", "data.image", "train", "train.rl", "train.distill", "eval",
      "eval.metrics", "quant", "infer", "infer.sampling", "infer.cache", "peft", "moe", "loss", "tokenizer",
      "checkpoint", "util", "util.tensor", "vision", "speech", "retrieval", "align"};
  private static final String[] STEMS = {"LoraLinear", "Adapter", "MultiHeadAttention", "RotaryEmbedding",
      "LayerNorm", "RmsNorm", "AdamW", "Lion", "Sgd", "CosineSchedule", "WarmupSchedule", "Dropout", "BpeTokenizer",
      "BeamSearch", "TopKSampler", "NucleusSampler", "Int8Quantizer", "KvCache", "MoeRouter", "ExpertMlp",
      "GradClipper", "EmaTracker", "LossScaler", "CrossEntropy", "Distiller", "RewardHead", "PpoTrainer", "DpoLoss",
      "BatchCollator", "Perplexity", "BleuScore", "CheckpointShard", "PatchEmbedding", "ConvStem", "SwiGlu",
      "GeluApprox", "FlashAttention", "PrefixTuner", "ContrastiveHead", "FeatureStore"};
  private static final String[] TOPICS = {"low-rank adaptation", "scaled dot-product attention", "layer normalization",
      "decoupled weight decay", "nucleus sampling", "mixture-of-experts routing", "gradient clipping",
      "label smoothing", "rotary position embeddings", "knowledge distillation", "preference optimization",
      "8-bit quantization", "speculative decoding", "contrastive learning", "warm-up and cosine decay"};
  private static final String[] ADJECTIVES = {"Efficient", "Scalable", "Robust", "Sparse", "Adaptive", "Simple",
      "Deep", "Stable", "Parameter-Efficient", "Unsupervised", "Self-Supervised", "Calibrated", "Fast", "Structured"};
  private static final String[] NOUNS = {"Attention", "Transformers", "Optimizers", "Representations",
      "Fine-Tuning", "Normalization", "Quantization", "Language Models", "Distillation", "Regularization",
      "Sampling", "Embeddings", "Mixtures of Experts", "Reward Models"};
  private static final String[] TASKS = {"Image Recognition", "Machine Translation", "Text Generation",
      "Speech Recognition", "Dense Retrieval", "Reinforcement Learning", "Long Contexts", "Instruction Following",
      "Low-Resource Settings", "Large-Scale Pretraining"};
  private static final String[] SURNAMES = {"Smith", "Chen", "Kumar", "Garcia", "Müller", "Wang", "Rossi", "Kim",
      "Nguyen", "Ivanova", "Okafor", "Tanaka", "Dubois", "Silva", "Cohen", "Larsen"};
  /** Links without a paper identifier: repositories, API docs, articles, proceedings PDFs. */
  private static final String[] NON_PAPER_LINKS = {"https://github.com/huggingface/peft",
      "https://github.com/pytorch/pytorch/blob/main/torch/optim/adamw.py",
      "https://pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html",
      "https://en.wikipedia.org/wiki/Softmax_function",
      "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/Random.html",
      "https://www.tensorflow.org/api_docs/python/tf/keras/layers/Dropout",
      "https://huggingface.co/docs/transformers/main_classes/text_generation",
      "https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/",
      "https://proceedings.neurips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf",
      "http://proceedings.mlr.press/v28/sutskever13.pdf", "https://jax.readthedocs.io/en/latest/notebooks/quickstart.html",
      "https://onnx.ai/onnx/operators/onnx__Softmax.html"};

  /** What was written. */
  record Summary(int files, long lines, long bytes, int packages, int references, int catalogReferences,
      int distinctPapers, int nonPaperLinks, Map<String, Integer> styles, List<String> sources) {}

  /** One paper: its identifier as written in the style, its title, first author and year. */
  private record Paper(String arxiv, String doi, String openreview, String title, String author, int year,
      boolean inCatalog) {}

  private final SplittableRandom random;
  private final Catalog catalog = CatalogFiles.bundled();
  private final List<Paper> catalogArxiv = new ArrayList<>();
  private final List<Paper> catalogDoi = new ArrayList<>();
  private final List<Paper> catalogOpenreview = new ArrayList<>();
  private final Set<String> usedIds = new HashSet<>();
  private final Set<String> usedTitles = new HashSet<>();
  private final Set<String> papers = new HashSet<>();
  private final Map<String, Integer> styles = new LinkedHashMap<>();
  private int references;
  private int catalogReferences;
  private int nonPaperLinks;

  private GenerateTree(long seed) {
    random = new SplittableRandom(seed);
    for (CatalogEntry e : catalog.entries()) {
      if (e.hasConflicts()) {
        continue;
      }
      String author = e.authors().isEmpty() ? "Anonymous" : e.authors().get(0);
      int year = e.year() == null ? 2023 : e.year();
      String arxiv = e.ids().arxiv() == null ? null : e.ids().arxiv().substring("arxiv:".length());
      String doi = e.ids().doi() == null ? null : e.ids().doi().substring("doi:".length());
      String openreview = e.ids().openreview() == null ? null : e.ids().openreview().substring("openreview:".length());
      Paper p = new Paper(arxiv, doi, openreview, e.title(), author, year, true);
      usedTitles.add(e.title().toLowerCase(Locale.ROOT));
      if (arxiv != null) {
        catalogArxiv.add(p);
        usedIds.add(arxiv);
      }
      if (doi != null) {
        catalogDoi.add(p);
      }
      if (openreview != null) {
        catalogOpenreview.add(p);
      }
    }
    for (String style : STYLES) {
      styles.put(style, 0);
    }
  }

  /** Writes the project (pom.xml and src/main/java) into dir, which must be empty or absent. */
  static Summary generate(Path dir, int files, long seed) throws IOException {
    return new GenerateTree(seed).write(dir, files);
  }

  private Summary write(Path dir, int files) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), POM, StandardCharsets.UTF_8);
    List<String> sources = new ArrayList<>();
    long lines = 0;
    long bytes = 0;
    Set<String> packages = new HashSet<>();
    for (int i = 0; i < files; i++) {
      String pkg = "com.acme.ml." + PACKAGES[(i / FILES_PER_PACKAGE) % PACKAGES.length]
          + (i / FILES_PER_PACKAGE >= PACKAGES.length ? ".v" + (i / FILES_PER_PACKAGE / PACKAGES.length + 1) : "");
      packages.add(pkg);
      String name = STEMS[i % STEMS.length] + String.format(Locale.ROOT, "%04d", i);
      String text = switch (i % 12) {
        case 5 -> record(pkg, name);
        case 8 -> iface(pkg, name);
        case 11 -> enumFile(pkg, name);
        default -> classFile(pkg, name);
      };
      String path = "src/main/java/" + pkg.replace('.', '/') + "/" + name + ".java";
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      byte[] content = text.getBytes(StandardCharsets.UTF_8);
      Files.write(file, content);
      sources.add(path);
      bytes += content.length;
      lines += text.chars().filter(c -> c == '\n').count();
    }
    return new Summary(files, lines, bytes, packages.size(), references, catalogReferences, papers.size(),
        nonPaperLinks, styles, sources);
  }

  // ---------------------------------------------------------------------------------------------
  // References

  /** What a file's references go into: the class Javadoc, a method's Javadoc, a method body. */
  private final class Sites {
    String classDoc = "";
    final Map<Integer, String> methodDoc = new LinkedHashMap<>();
    final Map<Integer, String> body = new LinkedHashMap<>();
    String nonPaper = "";
  }

  /** Draws the references of one file: one in five files has one, a quarter of those a second. */
  private Sites sites(int methods) {
    Sites s = new Sites();
    if (random.nextInt(5) == 0) {
      int count = random.nextInt(4) == 0 ? 2 : 1;
      for (int r = 0; r < count; r++) {
        reference(s, methods, r == 1);
      }
    }
    if (random.nextInt(8) == 0) {
      String url = NON_PAPER_LINKS[random.nextInt(NON_PAPER_LINKS.length)];
      String text = switch (random.nextInt(3)) {
        case 0 -> "See <a href=\"" + url + "\">the reference implementation</a> for the\n * tensor layout.";
        case 1 -> "The defaults follow " + url + " where\n * it makes sense for a JVM.";
        default -> "@see <a href=\"" + url + "\">the framework's documentation</a>";
      };
      check(text, null);
      s.nonPaper = text;
      nonPaperLinks++;
    }
    return s;
  }

  private void reference(Sites s, int methods, boolean second) {
    int style = references % STYLES.length;
    boolean fromCatalog = references % 7 == 2;
    references++;
    styles.merge(STYLES[style], 1, Integer::sum);
    int method = random.nextInt(methods);
    switch (style) {
      case 0 -> {
        Paper p = arxivPaper(fromCatalog);
        String written = "<a href=\"https://arxiv.org/abs/" + p.arxiv() + "\">\n * <i>" + wrap(html(p.title())) + "</i></a>";
        put(s, second, method, "Implements " + written + ".", p);
      }
      case 1 -> {
        Paper p = arxivPaper(fromCatalog);
        put(s, second, method, "As described in https://arxiv.org/abs/" + p.arxiv() + ", the update is\n * applied"
            + " after the warm-up steps.", p);
      }
      case 2 -> {
        Paper p = arxivPaper(fromCatalog);
        String block = "Reference:\n * <pre>\n * " + p.author() + ", et al.\n * \"" + html(p.title()) + "\"\n * arXiv preprint"
            + " arXiv:" + p.arxiv() + ", " + p.year() + ".\n * </pre>";
        put(s, second, method, block, p);
      }
      case 3 -> {
        Paper p = arxivPaper(fromCatalog);
        String comment = "// arXiv:" + p.arxiv() + ", " + new String[] {"Sec. 3.2", "Eq. 4", "Algorithm 1",
            "Appendix B"}[random.nextInt(4)] + ": " + new String[] {"scale before the softmax", "the bias is not decayed",
            "rows, not columns", "clamped as in the reference code"}[random.nextInt(4)];
        check(comment, p);
        s.body.merge(method, comment, (a, b) -> a + "\n    " + b);
      }
      case 4 -> {
        Paper p = fromCatalog && !catalogDoi.isEmpty() ? catalogDoi.get(random.nextInt(catalogDoi.size()))
            : newPaper("doi");
        String written = "<a href=\"https://doi.org/" + p.doi() + "\"><i>" + wrap(html(p.title())) + "</i></a>";
        put(s, second, method, "Follows " + written + "\n * (" + p.author() + ", " + p.year() + ").", p);
      }
      case 5 -> {
        Paper p = arxivPaper(fromCatalog);
        put(s, second, method, "@see <a href=\"https://arxiv.org/abs/" + p.arxiv() + "\">" + html(p.title()) + "</a>", p);
      }
      case 6 -> {
        Paper p = fromCatalog && !catalogOpenreview.isEmpty()
            ? catalogOpenreview.get(random.nextInt(catalogOpenreview.size())) : newPaper("openreview");
        String written = "<a href=\"https://openreview.net/forum?id=" + p.openreview() + "\"><i>" + wrap(html(p.title()))
            + "</i></a>";
        put(s, second, method, "The schedule of " + written + ".", p);
      }
      case 7 -> {
        Paper p = arxivPaper(fromCatalog);
        String comment = "// see https://arxiv.org/abs/" + p.arxiv() + " (" + p.author() + " et al.)";
        check(comment, p);
        s.body.merge(method, comment, (a, b) -> a + "\n    " + b);
      }
      default -> {
        Paper p = arxivPaper(fromCatalog);
        String text = "Uses the estimator of http://arxiv.org/pdf/" + p.arxiv() + "v1.pdf (eq. 14).";
        check(text, p);
        s.methodDoc.merge(method, text, (a, b) -> a + "\n   *\n   * " + b);
      }
    }
    if (fromCatalog) {
      catalogReferences++;
    }
  }

  /** Into the class Javadoc (the first reference) or a method's Javadoc (the second). */
  private void put(Sites s, boolean second, int method, String text, Paper p) {
    check(text, p);
    if (second) {
      s.methodDoc.merge(method, text.replace("\n * ", "\n   * "), (a, b) -> a + "\n   *\n   * " + b);
    } else {
      s.classDoc = text;
    }
  }

  /**
   * The mention finder must find exactly the paper in a reference, and nothing in a link to a page
   * without a paper identifier; a catalog paper must be in the catalog, another must not.
   */
  private void check(String text, Paper p) {
    List<Mention> found = PaperMentions.find(text);
    if (p == null) {
      if (!found.isEmpty()) {
        throw new IllegalStateException("a link without a paper identifier is found as a paper: " + found + " in " + text);
      }
      return;
    }
    if (found.size() != 1) {
      throw new IllegalStateException("expected one paper, found " + found + " in " + text);
    }
    boolean inCatalog = !catalog.lookup(found.get(0).id()).isEmpty();
    if (inCatalog != p.inCatalog()) {
      throw new IllegalStateException(found.get(0).id().normalForm() + (p.inCatalog() ? " is not" : " is")
          + " in the bundled catalog: " + text);
    }
    papers.add(found.get(0).id().normalForm());
  }

  /** The paper the first catalog reference by arXiv id names: LoRA, the catalog's best known. */
  private static final String FIRST_CATALOG_PAPER = "2106.09685";

  private boolean firstCatalogPaper = true;

  private Paper arxivPaper(boolean fromCatalog) {
    if (fromCatalog && firstCatalogPaper) {
      firstCatalogPaper = false;
      for (Paper p : catalogArxiv) {
        if (p.arxiv().equals(FIRST_CATALOG_PAPER)) {
          return p;
        }
      }
    }
    return fromCatalog ? catalogArxiv.get(random.nextInt(catalogArxiv.size())) : newPaper("arxiv");
  }

  /** A paper the catalog does not hold, with a new identifier of the kind. */
  private Paper newPaper(String kind) {
    int year = 2015 + random.nextInt(10);
    // Distinct papers have distinct titles (a title shared by two identifiers is one paper's arXiv id and DOI).
    String title;
    int tries = 0;
    do {
      title = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)] + " for "
          + TASKS[random.nextInt(TASKS.length)] + (++tries > 20 ? ", Part " + tries : "");
    } while (!usedTitles.add(title.toLowerCase(Locale.ROOT)));
    String author = SURNAMES[random.nextInt(SURNAMES.length)];
    while (true) {
      String id = switch (kind) {
        case "arxiv" -> String.format(Locale.ROOT, "%02d%02d.%05d", year % 100, 1 + random.nextInt(12),
            1 + random.nextInt(19_999));
        case "doi" -> switch (random.nextInt(4)) {
          case 0 -> String.format(Locale.ROOT, "10.1109/CVPR.%d.%05d", year, random.nextInt(100_000));
          case 1 -> String.format(Locale.ROOT, "10.18653/v1/%d.acl-long.%d", year, 1 + random.nextInt(800));
          case 2 -> String.format(Locale.ROOT, "10.1145/%07d.%07d", random.nextInt(10_000_000), random.nextInt(10_000_000));
          default -> String.format(Locale.ROOT, "10.1038/s41586-%03d-%05d-%d", year % 1000, random.nextInt(100_000),
              random.nextInt(10));
        };
        default -> openreviewId();
      };
      if (usedIds.add(id.toLowerCase(Locale.ROOT))) {
        return new Paper(kind.equals("arxiv") ? id : null, kind.equals("doi") ? id : null,
            kind.equals("openreview") ? id : null, title, author, year, false);
      }
    }
  }

  private String openreviewId() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return id.toString();
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A long title over two Javadoc lines, as formatters wrap it. */
  private static String wrap(String title) {
    if (title.length() < 50) {
      return title;
    }
    int space = title.indexOf(' ', 40);
    return space < 0 ? title : title.substring(0, space) + "\n * " + title.substring(space + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Files

  /** The Apache License header, as most Java ML code bases carry it (a link and a quote in every file). */
  private static final String HEADER = """
      /*
       * Copyright 2026 Acme ML contributors.
       *
       * Licensed under the Apache License, Version 2.0 (the "License");
       * you may not use this file except in compliance with the License.
       * You may obtain a copy of the License at
       *
       *     http://www.apache.org/licenses/LICENSE-2.0
       *
       * Unless required by applicable law or agreed to in writing, software
       * distributed under the License is distributed on an "AS IS" BASIS,
       * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
       * See the License for the specific language governing permissions and
       * limitations under the License.
       */
      """;

  /** The methods a class picks from (each a template over the class's fields). */
  private static final int METHOD_KINDS = 10;

  private String classFile(String pkg, String name) {
    int methods = 5 + random.nextInt(5);
    Sites sites = sites(methods);
    String topic = TOPICS[random.nextInt(TOPICS.length)];
    StringBuilder s = new StringBuilder(HEADER);
    s.append("package ").append(pkg).append(";\n\n");
    s.append("import java.util.Arrays;\nimport java.util.List;\nimport java.util.Objects;\nimport java.util.Random;\n\n");
    String doc = "A layer for " + topic + ": weights of shape {@code [out, in]},\n * row-major, in one {@code float[]}."
        + "\n *\n * <p>Not thread-safe: one instance per worker.";
    s.append("/**\n * ").append(javadoc(javadoc(doc, sites.classDoc, " "), sites.nonPaper, " "));
    s.append("\n */\npublic final class ").append(name).append(" {\n\n");
    s.append("  /** Added to variances before the square root. */\n  static final float EPS = ")
        .append(new String[] {"1e-5f", "1e-6f", "1e-8f"}[random.nextInt(3)]).append(";\n\n");
    s.append("  /** Input features. */\n  private final int in;\n\n  /** Output features. */\n  private final int out;\n\n");
    s.append("  /** The weights, {@code out * in} values. */\n  private final float[] weight;\n\n");
    s.append("  /** The bias, one per output. */\n  private final float[] bias;\n\n");
    s.append("  /** First moments of the optimizer, one per weight. */\n  private final float[] m;\n\n");
    s.append("  /** Second moments of the optimizer, one per weight. */\n  private final float[] v;\n\n");
    s.append("  /** Steps taken so far. */\n  private int step;\n\n");
    s.append("  /** Learning rate. */\n  private float lr = ").append(1 + random.nextInt(9)).append("e-4f;\n\n");
    s.append("  /**\n   * Creates the layer with Kaiming-uniform weights.\n   *\n   * @param in input features\n")
        .append("   * @param out output features\n   * @param seed seed of the initialisation\n   */\n");
    s.append("  public ").append(name).append("(int in, int out, long seed) {\n");
    s.append("    if (in <= 0 || out <= 0) {\n      throw new IllegalArgumentException(\"sizes: \" + in + \", \" + out);\n")
        .append("    }\n    this.in = in;\n    this.out = out;\n    this.weight = new float[in * out];\n")
        .append("    this.bias = new float[out];\n    this.m = new float[in * out];\n    this.v = new float[in * out];\n")
        .append("    Random random = new Random(seed);\n    // bound = sqrt(6 / fan_in), as most frameworks initialise\n")
        .append("    float bound = (float) Math.sqrt(6.0 / in);\n    for (int i = 0; i < weight.length; i++) {\n")
        .append("      weight[i] = (random.nextFloat() * 2 - 1) * bound;\n    }\n  }\n\n");
    int first = random.nextInt(METHOD_KINDS);
    for (int k = 0; k < methods; k++) {
      method(s, (first + k) % METHOD_KINDS, k, sites.methodDoc.get(k), sites.body.get(k));
    }
    s.append("  /** Nested state of a training run, saved with a checkpoint. */\n  static final class State {\n")
        .append("    /** The step. */\n    int step;\n\n    /** Resets the state. */\n    void reset() {\n")
        .append("      step = 0; // back to the start\n    }\n  }\n\n");
    s.append("  @Override\n  public String toString() {\n    return \"").append(name)
        .append("[\" + in + \" -> \" + out + \", step \" + step + \"]\";\n  }\n}\n");
    return s.toString();
  }

  /** One method: its Javadoc (with extra text), its body (with extra comments first). */
  private void method(StringBuilder s, int kind, int index, String doc, String comments) {
    String[] t = METHODS[kind];
    s.append("  /**\n   * ").append(javadoc(t[0], doc, "   ")).append("\n   */\n  ").append(t[1].replace("NAME", t[2] + (index == 0 ? "" : Integer.toString(index))))
        .append(" {\n");
    if (comments != null) {
      s.append("    ").append(comments).append('\n');
    }
    s.append(t[3]).append("  }\n\n");
  }

  /**
   * A Javadoc's text with an extra paragraph: after the description, before the block tags, or
   * last if it is itself a block tag ({@code @see}).
   */
  private static String javadoc(String text, String extra, String indent) {
    if (extra == null || extra.isEmpty()) {
      return text;
    }
    String gap = "\n" + indent + "*\n" + indent + "* ";
    if (extra.startsWith("@")) {
      return text + (text.contains(gap + "@") ? "\n" + indent + "* " : gap) + extra;
    }
    int tags = text.indexOf(gap + "@");
    return tags < 0 ? text + gap + "<p>" + extra : text.substring(0, tags) + gap + "<p>" + extra + text.substring(tags);
  }

  /** Javadoc, signature, name, body. */
  private static final String[][] METHODS = {
    {"Forward pass: {@code y = act(W x + b)}.\n   *\n   * @param x the input, {@code in} values\n   * @return the"
        + " output, {@code out} values", "public float[] NAME(float[] x)", "forward",
        "    Objects.requireNonNull(x, \"x\");\n    float[] y = new float[out];\n    for (int o = 0; o < out; o++) {\n"
        + "      float sum = bias[o];\n      for (int i = 0; i < in; i++) {\n        sum += weight[o * in + i] * x[i];\n"
        + "      }\n      // tanh approximation of GELU\n      y[o] = (float) (0.5 * sum * (1 + Math.tanh(0.7978845608"
        + " * (sum + 0.044715 * sum * sum * sum))));\n    }\n    return y;\n"},
    {"Softmax with a temperature, stable for large logits.\n   *\n   * @param logits the logits\n   * @param"
        + " temperature divides the logits\n   * @return probabilities that sum to 1", "public static float[]"
        + " NAME(float[] logits, float temperature)", "softmax",
        "    float max = Float.NEGATIVE_INFINITY;\n    for (float l : logits) {\n      max = Math.max(max, l);\n    }\n"
        + "    /* subtract the max: exp never overflows */\n    float[] p = new float[logits.length];\n"
        + "    double sum = 0;\n    for (int i = 0; i < p.length; i++) {\n"
        + "      p[i] = (float) Math.exp((logits[i] - max) / temperature);\n      sum += p[i];\n    }\n"
        + "    for (int i = 0; i < p.length; i++) {\n      p[i] /= (float) sum;\n    }\n    return p;\n"},
    {"Layer normalization over the last dimension, without affine parameters.\n   *\n   * @param x the"
        + " activations, normalized in place\n   * @return x", "public static float[] NAME(float[] x)", "layerNorm",
        "    double mean = 0;\n    for (float value : x) {\n      mean += value;\n    }\n    mean /= x.length;\n"
        + "    double var = 0;\n    for (float value : x) {\n      var += (value - mean) * (value - mean);\n    }\n"
        + "    var /= x.length; // biased, as the frameworks compute it\n"
        + "    float inv = (float) (1 / Math.sqrt(var + EPS));\n    for (int i = 0; i < x.length; i++) {\n"
        + "      x[i] = (float) ((x[i] - mean) * inv);\n    }\n    return x;\n"},
    {"One AdamW step with bias correction.\n   *\n   * @param grad the gradient, one per weight\n   * @param"
        + " weightDecay decoupled weight decay", "public void NAME(float[] grad, float weightDecay)", "adamStep",
        "    final float beta1 = 0.9f;\n    final float beta2 = 0.999f;\n    step++;\n"
        + "    double c1 = 1 - Math.pow(beta1, step);\n    double c2 = 1 - Math.pow(beta2, step);\n"
        + "    for (int i = 0; i < weight.length; i++) {\n      m[i] = beta1 * m[i] + (1 - beta1) * grad[i];\n"
        + "      v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];\n"
        + "      // decay the weight itself, not the gradient\n      weight[i] -= lr * weightDecay * weight[i];\n"
        + "      weight[i] -= (float) (lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPS));\n    }\n"},
    {"Clips the gradient to a global norm.\n   *\n   * @param grad the gradient, scaled in place\n   * @param"
        + " maxNorm the largest norm kept\n   * @return the norm before clipping", "public static double NAME(float[]"
        + " grad, double maxNorm)", "clipByNorm",
        "    double norm = 0;\n    for (float g : grad) {\n      norm += g * g;\n    }\n    norm = Math.sqrt(norm);\n"
        + "    if (norm > maxNorm) {\n      float scale = (float) (maxNorm / (norm + 1e-6));\n"
        + "      for (int i = 0; i < grad.length; i++) {\n        grad[i] *= scale;\n      }\n    }\n    return norm;\n"},
    {"Cross-entropy of the logits against one target class, with label smoothing.\n   *\n   * @param logits the"
        + " logits\n   * @param target the class\n   * @param smoothing the mass spread over the other classes\n"
        + "   * @return the loss", "public static double NAME(float[] logits, int target, double smoothing)",
        "crossEntropy",
        "    float[] p = softmaxOf(logits);\n    double loss = 0;\n    for (int c = 0; c < p.length; c++) {\n"
        + "      double q = c == target ? 1 - smoothing : smoothing / (p.length - 1);\n"
        + "      loss -= q * Math.log(Math.max(p[c], 1e-12));\n    }\n    return loss;\n  }\n\n"
        + "  private static float[] softmaxOf(float[] logits) {\n    float[] p = Arrays.copyOf(logits, logits.length);\n"
        + "    float max = Float.NEGATIVE_INFINITY;\n    for (float l : p) {\n      max = Math.max(max, l);\n    }\n"
        + "    double sum = 0;\n    for (int i = 0; i < p.length; i++) {\n      p[i] = (float) Math.exp(p[i] - max);\n"
        + "      sum += p[i];\n    }\n    for (int i = 0; i < p.length; i++) {\n      p[i] /= (float) sum;\n    }\n"
        + "    return p;\n"},
    {"Learning rate after linear warm-up and cosine decay.\n   *\n   * @param t the step\n   * @param warmup warm-up"
        + " steps\n   * @param total all steps\n   * @return the learning rate", "public float NAME(int t, int warmup,"
        + " int total)", "scheduledLr",
        "    if (t < warmup) {\n      return lr * (t + 1) / warmup;\n    }\n"
        + "    /* cosine from lr down to 10 % of it */\n    double progress = (double) (t - warmup) / Math.max(1, total -"
        + " warmup);\n    return (float) (0.1 * lr + 0.9 * lr * 0.5 * (1 + Math.cos(Math.PI * progress)));\n"},
    {"Attention scores of one head: {@code softmax(q k^T / sqrt(d))}.\n   *\n   * @param q the query, {@code d}"
        + " values\n   * @param keys the keys, {@code n * d} values\n   * @param d the head dimension\n   * @return"
        + " {@code n} weights", "public static float[] NAME(float[] q, float[] keys, int d)", "attention",
        "    int n = keys.length / d;\n    float[] scores = new float[n];\n    float scale = (float) (1 / Math.sqrt(d));\n"
        + "    for (int j = 0; j < n; j++) {\n      float dot = 0;\n      for (int k = 0; k < d; k++) {\n"
        + "        dot += q[k] * keys[j * d + k];\n      }\n      scores[j] = dot * scale;\n    }\n"
        + "    // causal masking is the caller's: it passes only the visible keys\n    return normalize(scores, 1f);\n"
        + "  }\n\n  private static float[] normalize(float[] x, float temperature) {\n    float max = Float.NEGATIVE_INFINITY;\n"
        + "    for (float value : x) {\n      max = Math.max(max, value);\n    }\n    double sum = 0;\n"
        + "    for (int i = 0; i < x.length; i++) {\n      x[i] = (float) Math.exp((x[i] - max) / temperature);\n"
        + "      sum += x[i];\n    }\n    for (int i = 0; i < x.length; i++) {\n      x[i] /= (float) sum;\n    }\n"
        + "    return x;\n"},
    {"The indices of the {@code k} largest logits, largest first.\n   *\n   * @param logits the logits\n   * @param k"
        + " how many\n   * @return the indices", "public static int[] NAME(float[] logits, int k)", "topK",
        "    Integer[] order = new Integer[logits.length];\n    for (int i = 0; i < order.length; i++) {\n"
        + "      order[i] = i;\n    }\n    // a full sort: vocabularies here are small\n"
        + "    Arrays.sort(order, (a, b) -> Float.compare(logits[b], logits[a]));\n    int[] top = new int[Math.min(k,"
        + " order.length)];\n    for (int i = 0; i < top.length; i++) {\n      top[i] = order[i];\n    }\n    return top;\n"},
    {"Symmetric int8 quantization of the weights, one scale per row.\n   *\n   * @param scales receives the"
        + " {@code out} scales\n   * @return the quantized weights", "public byte[] NAME(float[] scales)", "quantize",
        "    byte[] q = new byte[weight.length];\n    for (int o = 0; o < out; o++) {\n      float absMax = 0;\n"
        + "      for (int i = 0; i < in; i++) {\n        absMax = Math.max(absMax, Math.abs(weight[o * in + i]));\n"
        + "      }\n      scales[o] = absMax / 127f; /* 0 for an all-zero row */\n"
        + "      for (int i = 0; i < in; i++) {\n        float scaled = scales[o] == 0 ? 0 : weight[o * in + i] /"
        + " scales[o];\n        q[o * in + i] = (byte) Math.max(-127, Math.min(127, Math.round(scaled)));\n"
        + "      }\n    }\n    return q;\n"},
  };

  private String record(String pkg, String name) {
    Sites sites = sites(1);
    StringBuilder s = new StringBuilder(HEADER);
    s.append("package ").append(pkg).append(";\n\n");
    String doc = "The hyperparameters of a run, as read from its configuration file.\n *\n * @param hidden the hidden"
        + " size\n * @param heads attention heads\n * @param layers the depth\n * @param dropout the dropout"
        + " probability\n * @param lr the peak learning rate";
    s.append("/**\n * ").append(javadoc(doc, sites.classDoc, " ")).append("\n */\n");
    s.append("public record ").append(name).append("(int hidden, int heads, int layers, float dropout, float lr) {\n\n");
    s.append("  /** Checks the sizes. */\n  public ").append(name).append(" {\n");
    s.append("    if (hidden % heads != 0) {\n      // the head dimension must be whole\n")
        .append("      throw new IllegalArgumentException(\"hidden \" + hidden + \" not divisible by \" + heads);\n")
        .append("    }\n  }\n\n");
    method(s, 4, 0, sites.methodDoc.get(0), sites.body.get(0));
    s.append("  /** The head dimension. */\n  public int headDim() {\n    return hidden / heads;\n  }\n}\n");
    return s.toString();
  }

  private String iface(String pkg, String name) {
    Sites sites = sites(1);
    StringBuilder s = new StringBuilder(HEADER);
    s.append("package ").append(pkg).append(";\n\n");
    s.append("/**\n * ").append(javadoc("A learning-rate schedule.\n *\n * <p>Implementations are stateless.",
        sites.classDoc, " "));
    s.append("\n */\n@FunctionalInterface\npublic interface ").append(name)
        .append(" {\n\n");
    s.append("  /**\n   * ").append(javadoc("The rate at a step.\n   *\n   * @param step the step\n   * @return the"
        + " rate", sites.methodDoc.get(0), "   ")).append("\n   */\n  float rate(int step);\n\n");
    s.append("  /**\n   * This schedule, held flat after a step.\n   *\n   * @param last the last step that changes")
        .append("\n   * @return the schedule\n   */\n  default ").append(name).append(" flatAfter(int last) {\n");
    if (sites.body.containsKey(0)) {
      s.append("    ").append(sites.body.get(0)).append('\n');
    }
    s.append("    return step -> rate(Math.min(step, last));\n  }\n}\n");
    return s.toString();
  }

  private String enumFile(String pkg, String name) {
    Sites sites = sites(1);
    StringBuilder s = new StringBuilder(HEADER);
    s.append("package ").append(pkg).append(";\n\n/**\n * ")
        .append(javadoc("The activations a layer supports.", sites.classDoc, " "));
    s.append("\n */\npublic enum ").append(name).append(" {\n");
    String[] constants = {"RELU", "GELU", "SILU", "TANH", "SIGMOID", "IDENTITY"};
    for (int c = 0; c < constants.length; c++) {
      s.append("  /** ").append(constants[c].charAt(0)).append(constants[c].substring(1).toLowerCase(Locale.ROOT))
          .append(". */\n  ").append(constants[c]).append(c == constants.length - 1 ? ";\n\n" : ",\n");
    }
    s.append("  /**\n   * ").append(javadoc("Applies the activation.\n   *\n   * @param x the input\n   * @return the"
        + " output", sites.methodDoc.get(0), "   ")).append("\n   */\n  public float apply(float x) {\n");
    if (sites.body.containsKey(0)) {
      s.append("    ").append(sites.body.get(0)).append('\n');
    }
    s.append("    return switch (this) {\n      case RELU -> Math.max(0, x);\n")
        .append("      case GELU -> (float) (0.5 * x * (1 + Math.tanh(0.7978845608 * (x + 0.044715 * x * x * x))));\n")
        .append("      case SILU -> x / (1 + (float) Math.exp(-x));\n      case TANH -> (float) Math.tanh(x);\n")
        .append("      case SIGMOID -> 1 / (1 + (float) Math.exp(-x)); // logistic\n      case IDENTITY -> x;\n")
        .append("    };\n  }\n}\n");
    return s.toString();
  }

  private static final String POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0"
               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
        <modelVersion>4.0.0</modelVersion>
        <!-- Generated by papertrail's bench/run for the migrate row: no dependencies, no plugins. -->
        <groupId>com.acme.ml</groupId>
        <artifactId>migrate-bench-tree</artifactId>
        <version>1.0.0</version>
        <packaging>jar</packaging>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
      </project>
      """;
}
