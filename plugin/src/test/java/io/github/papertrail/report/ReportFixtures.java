package io.github.papertrail.report;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.format.CatalogFiles;
import java.util.List;
import java.util.Map;

/**
 * Sample references for the renderer tests: two modules, the bundled catalog, and hostile values.
 */
final class ReportFixtures {

  static final String XSS_NOTE = "<script>alert(1)</script>";
  static final String XSS_TITLE = "\"><img src=x onerror=alert(1)>";
  static final String LORA = "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS";
  static final String GALORE =
      "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection";

  private ReportFixtures() {}

  static final List<Citation> CORE =
      List.of(
          // One class citing two papers.
          new Citation(
              "core",
              "com.acme.ml.Lora",
              "CLASS",
              "com/acme/ml/Lora.java",
              12,
              "2106.09685",
              "IMPLEMENTS",
              null,
              null,
              null),
          new Citation(
              "core",
              "com.acme.ml.Lora",
              "CLASS",
              "com/acme/ml/Lora.java",
              13,
              "2403.03507",
              "ADAPTS",
              "Algorithm 1",
              "projects the gradient, not the weights",
              null),
          new Citation(
              "core",
              "com.acme.ml.Lora#merge(int)",
              "METHOD",
              "com/acme/ml/Lora.java",
              40,
              "hu2021lora",
              "USES",
              "4.1",
              "merges B·A into W for inference",
              null),
          new Citation(
              "core",
              "com.acme.ml.Lora#rank",
              "FIELD",
              "com/acme/ml/Lora.java",
              20,
              "2106.09685",
              "MENTIONS",
              "7.2",
              XSS_NOTE,
              null),
          new Citation(
              "core",
              "com.acme.ml.Dpo",
              "CLASS",
              "com/acme/ml/Dpo.java",
              8,
              "2305.18290",
              "IMPLEMENTS",
              "Eq. 7",
              null,
              null));

  static final List<Citation> TRAIN =
      List.of(
          new Citation(
              "train",
              "com.acme.train.PrefixTuner",
              "CLASS",
              "com/acme/train/PrefixTuner.java",
              5,
              "acl:2021.acl-long.353",
              "IMPLEMENTS",
              null,
              null,
              null),
          new Citation(
              "train",
              "com.acme.train.Attention",
              "CLASS",
              "com/acme/train/Attention.java",
              9,
              "1706.03762",
              "IMPLEMENTS",
              null,
              null,
              "Attention Is All You Need"),
          new Citation(
              "train",
              "com.acme.train.Evil",
              "CLASS",
              "com/acme/train/Evil.java",
              3,
              "javascript:alert(1)",
              "MENTIONS",
              null,
              null,
              XSS_TITLE),
          new Citation(
              "train",
              "com.acme.train.RlZero",
              "CLASS",
              "com/acme/train/RlZero.java",
              7,
              "liuthere",
              "EVALUATES",
              "Figure 2",
              null,
              null));

  /** Both modules, as an aggregate report of a reactor. */
  static References demo() {
    List<Citation> all = new java.util.ArrayList<>(TRAIN);
    all.addAll(CORE);
    return ReferencesBuilder.build(
        "Paper references: demo", all, Catalogs.of(CatalogFiles.bundled(), "bundled"));
  }

  /** One module, as the report of that module. */
  static References core() {
    return ReferencesBuilder.build(
        "Paper references: core", CORE, Catalogs.of(CatalogFiles.bundled(), "bundled"));
  }

  /**
   * Relative links for core, GitHub for train, and a javascript: link that must never become one.
   */
  static SourceLinks links() {
    SourceLinks base =
        SourceLinks.under(
            Map.of(
                "core", "../../core/src/main/java/",
                "train", "https://github.com/acme/ml/blob/main/train/src/main/java/"));
    return citation ->
        citation.element().endsWith("Evil")
            ? "javascript:alert(document.domain)"
            : base.link(citation);
  }

  /** A user catalog whose every field is hostile. */
  static References hostile() {
    CatalogEntry entry =
        new CatalogEntry(
            "evil2024",
            "<b>Bold</b> & \"quoted\" 100% $x^2$ a_b ~c #d {e} \\f",
            null,
            new Ids(
                null,
                null,
                null,
                null,
                List.of("javascript:alert(1)", "https://example.org/a_b%20c")),
            null,
            List.of("O'Brien", "<i>Eve</i>"),
            null,
            null,
            2024,
            null,
            "NeurIPS {2024} & co",
            null,
            null,
            List.of("x\"y"),
            null,
            null,
            null);
    return ReferencesBuilder.build(
        "<title>&",
        List.of(
            new Citation(
                "evil",
                "com.acme.Evil",
                "CLASS",
                "com/acme/Evil.java",
                1,
                "evil2024",
                "USES",
                null,
                null,
                null)),
        Catalogs.of(Catalog.of(List.of(entry), "team.json"), "team.json"));
  }
}
