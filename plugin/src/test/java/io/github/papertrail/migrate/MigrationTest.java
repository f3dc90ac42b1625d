package io.github.papertrail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan migrate makes: what it annotates, on which declaration, and the text it writes. */
class MigrationTest {

  private static final Catalogs BUNDLED = CatalogFiles.inUse(List.of());

  private final SourceParser parser = new SourceParser();

  private Migration.Plan plan(String path, String text) {
    return Migration.plan(List.of(parser.parse(Path.of(path), text)), BUNDLED);
  }

  private String edited(Migration.Plan plan) {
    return plan.edited().values().iterator().next();
  }

  @Test
  void annotatesTheDeclarationTheJavadocDocumentsWithTheImport() {
    String source =
        """
        package com.acme.peft;

        import java.util.List;

        /**
         * Low-rank adapters, as in
         * <a href="https://huggingface.co/papers/2106.09685">the LoRA paper</a>.
         */
        public final class Adapter {
          int rank;
        }
        """;
    Migration.Plan plan = plan("src/main/java/com/acme/peft/Adapter.java", source);

    assertEquals(1, plan.annotations().size());
    Migration.Annotation a = plan.annotations().get(0);
    assertEquals("com.acme.peft.Adapter", a.declaration().name());
    assertEquals("hu2021lora", a.entry().key());
    assertEquals("2106.09685", a.value());
    assertEquals(Migration.ResolvedBy.IDENTIFIER, a.resolvedBy());
    assertFalse(a.newEntry());
    assertEquals(
        source
            .replace(
                "import java.util.List;\n",
                "import io.github.papertrail.Paper;\nimport java.util.List;\n")
            .replace(" */\npublic final", " */\n@Paper(\"2106.09685\")\npublic final"),
        edited(plan));
  }

  @Test
  void aSecondRunOnTheEditedSourceProposesNothing() {
    String source =
        """
        package com.acme.peft;

        public final class Adapter {
          /** Merges the update, see arXiv:2106.09685 section 4.2. */
          void merge() {
            // scaling by alpha / r as in https://arxiv.org/abs/2106.09685v2
          }
        }
        """;
    Migration.Plan first = plan("Adapter.java", source);
    assertEquals(1, first.annotations().size(), "one paper on one method, once");
    assertEquals("com.acme.peft.Adapter#merge()", first.annotations().get(0).declaration().name());

    Migration.Plan second = plan("Adapter.java", edited(first));
    assertTrue(second.annotations().isEmpty());
    assertTrue(second.edited().isEmpty());
    assertEquals(1, second.alreadyCited());
  }

  @Test
  void anExistingCitationInAnyFormIsKeptAndNotProposedAgain() {
    String source =
        """
        package com.acme;

        import io.github.papertrail.Paper;

        /** Implements https://arxiv.org/abs/2106.09685. */
        @Paper("hu2021lora")
        class ByKey {}

        /** Implements https://arxiv.org/abs/2106.09685. */
        @Paper(Papers.HU2021LORA)
        class ByConstant {}

        /** Implements https://arxiv.org/abs/2106.09685. */
        @Paper("arXiv:2106.09685v1")
        class ById {}
        """;
    Migration.Plan plan = plan("ByKey.java", source);
    assertTrue(plan.annotations().isEmpty(), () -> plan.annotations().toString());
    assertEquals(3, plan.alreadyCited());
    assertTrue(plan.edited().isEmpty());
  }

  @Test
  void aLinkThatIsNoPaperIsLeftAlone() {
    String source =
        """
        package com.acme;

        /**
         * See the <a href="https://www.cs.toronto.edu/~hinton/coursera/lecture6/lec6.pdf">slides</a>,
         * the <a href="https://github.com/acme/optim">code</a> and https://acme.dev/docs/optim.html.
         */
        class Rmsprop {}
        """;
    Migration.Plan plan = plan("Rmsprop.java", source);
    assertEquals(0, plan.references());
    assertTrue(plan.edited().isEmpty());
    assertTrue(plan.needsPerson().isEmpty());
  }

  @Test
  void aCrlfFileGetsCrlfLinesAndNothingElseChanges() {
    String source =
        "package com.acme;\r\n"
            + "\r\n"
            + "/** LoRA: https://arxiv.org/abs/2106.09685 */\r\n"
            + "public class Lora {\r\n"
            + "}\r\n";
    String edited = edited(plan("Lora.java", source));
    assertEquals(
        "package com.acme;\r\n"
            + "\r\n"
            + "import io.github.papertrail.Paper;\r\n"
            + "\r\n"
            + "/** LoRA: https://arxiv.org/abs/2106.09685 */\r\n"
            + "@Paper(\"2106.09685\")\r\n"
            + "public class Lora {\r\n"
            + "}\r\n",
        edited);
  }

  @Test
  void anotherPaperTypeInScopeMeansTheQualifiedName() {
    String source =
        """
        package com.acme;

        import com.acme.docs.Paper;

        class Lora {
          /** https://arxiv.org/abs/2106.09685 */
          void update() {}
        }
        """;
    String edited = edited(plan("Lora.java", source));
    assertEquals(
        source.replace(
            "  /** https://arxiv.org/abs/2106.09685 */\n",
            "  /** https://arxiv.org/abs/2106.09685 */\n"
                + "  @io.github.papertrail.Paper(\"2106.09685\")\n"),
        edited);
  }

  @Test
  void aFileThatDoesNotParseIsSkippedAndNeverEdited() {
    Migration.Plan plan =
        plan(
            "Broken.java", "package com.acme;\n/** https://arxiv.org/abs/2106.09685 */\nclass {\n");
    assertEquals(1, plan.skipped().size());
    assertEquals(3, plan.skipped().get(0).problem().line());
    assertTrue(plan.edited().isEmpty());
    assertEquals(0, plan.references());
  }

  @Test
  void aReferenceOnNoDeclarationNeedsAPerson() {
    String source =
        """
        // Based on https://arxiv.org/abs/2106.09685

        package com.acme;

        class Lora {}
        """;
    Migration.Plan plan = plan("Lora.java", source);
    assertTrue(plan.annotations().isEmpty());
    assertEquals(1, plan.needsPerson().size());
    Migration.NeedsPerson n = plan.needsPerson().get(0);
    assertEquals(1, n.line());
    assertNull(n.element());
    assertTrue(n.reason().contains("documents no declaration"), n.reason());
  }

  @Test
  void aPackageInfoGetsThePackageAnnotationAndTheImportAfterThePackage() {
    String source =
        """
        /** Parameter-efficient fine-tuning, after https://arxiv.org/abs/2106.09685. */
        package com.acme.peft;
        """;
    Migration.Plan plan = plan("src/main/java/com/acme/peft/package-info.java", source);
    assertEquals("com.acme.peft", plan.annotations().get(0).declaration().name());
    assertEquals(
        """
        /** Parameter-efficient fine-tuning, after https://arxiv.org/abs/2106.09685. */
        @Paper("2106.09685")
        package com.acme.peft;

        import io.github.papertrail.Paper;
        """,
        edited(plan));
  }

  @Test
  void anIdentifierWithNoTitleAnywhereGetsAnEntryTitledByItAndIsFlagged() {
    String source =
        """
        package com.acme.optim;

        enum Rates {
          /** Per-dimension rates as in http://arxiv.org/pdf/1212.5701v1.pdf (eq. 14) by Zeiler, 2012. */
          ADADELTA
        }
        """;
    Migration.Plan plan = plan("Rates.java", source);
    assertEquals(1, plan.newEntries().size());
    io.github.papertrail.catalog.CatalogEntry entry = plan.newEntries().get(0);
    assertEquals("zeiler2012", entry.key());
    assertEquals("arXiv:1212.5701", entry.title());
    assertEquals(List.of("Zeiler"), entry.authors());
    assertEquals(java.util.Set.of("zeiler2012"), plan.untitled());
    assertEquals("1212.5701", plan.annotations().get(0).value());
    assertEquals("com.acme.optim.Rates#ADADELTA", plan.annotations().get(0).declaration().name());
  }

  @Test
  void aTitleWithoutIdentifierResolvesOnlyToTheOneEntryWithThatTitle() {
    io.github.papertrail.catalog.CatalogEntry robbins =
        new io.github.papertrail.catalog.CatalogEntry(
            "robbins1951stochastic",
            "A Stochastic Approximation Method",
            List.of(),
            new io.github.papertrail.catalog.Ids(
                null, "doi:10.1214/aoms/1177729586", null, null, List.of()),
            List.of(),
            List.of("Herbert Robbins", "Sutton Monro"),
            null,
            null,
            1951,
            null,
            "The Annals of Mathematical Statistics",
            null,
            null,
            List.of(),
            null,
            List.of(),
            List.of());
    Catalogs team =
        Catalogs.of(
            io.github.papertrail.catalog.Catalog.of(List.of(robbins), "team.bib"), "team.bib");
    String source =
        """
        package com.acme.optim;

        /**
         * Plain stochastic approximation.
         *
         * <pre>
         * Robbins, H., and Monro, S. "A Stochastic Approximation Method"
         * The Annals of Mathematical Statistics, 1951, 400-407.
         * </pre>
         *
         * <p>The averaging follows Polyak, B. and Juditsky, A. "Acceleration of Stochastic
         * Approximation by Averaging", SIAM Journal on Control and Optimization, 1992.
         */
        class Sgd {}
        """;
    Migration.Plan plan = Migration.plan(List.of(parser.parse(Path.of("Sgd.java"), source)), team);
    assertEquals(1, plan.annotations().size());
    Migration.Annotation a = plan.annotations().get(0);
    assertEquals("robbins1951stochastic", a.entry().key());
    assertEquals("10.1214/aoms/1177729586", a.value());
    assertEquals(Migration.ResolvedBy.TITLE, a.resolvedBy());
    assertEquals(1, plan.needsPerson().size());
    Migration.NeedsPerson n = plan.needsPerson().get(0);
    assertEquals(11, n.line(), "the line the title starts on");
    assertEquals("com.acme.optim.Sgd", n.element());
    assertTrue(
        n.text().contains("Acceleration of Stochastic Approximation by Averaging"), n.text());
    assertTrue(n.reason().startsWith("no catalog entry has this title"), n.reason());
    assertTrue(plan.newEntries().isEmpty());
  }

  @Test
  void aReferenceOverSeveralLineCommentsIsReadWhole() {
    String source =
        """
        package com.acme.optim;

        class Momentum {
          void step() {
            // Nesterov momentum, from Sutskever, I., Martens, J., Dahl, G. and Hinton, G.
            // "On the importance of initialization and momentum in deep learning",
            // ICML 2013, http://proceedings.mlr.press/v28/sutskever13.pdf
            double mu = 0.9;
          }
        }
        """;
    Migration.Plan plan = plan("Momentum.java", source);
    assertEquals(1, plan.newEntries().size(), () -> plan.needsPerson().toString());
    io.github.papertrail.catalog.CatalogEntry entry = plan.newEntries().get(0);
    assertEquals(
        "On the importance of initialization and momentum in deep learning", entry.title());
    assertEquals(List.of("http://proceedings.mlr.press/v28/sutskever13.pdf"), entry.ids().url());
    assertEquals(2013, entry.year());
    assertEquals("com.acme.optim.Momentum#step()", plan.annotations().get(0).declaration().name());
    assertEquals(7, plan.annotations().get(0).reference().line());
  }

  @Test
  void anEnumConstantSharingItsLineGetsTheAnnotationInline() {
    String source =
        """
        package com.acme;

        import io.github.papertrail.Paper;

        enum Adapters { FULL, /** https://arxiv.org/abs/2106.09685 */ LORA, NONE }
        """;
    assertEquals(
        source.replace("*/ LORA", "*/ @Paper(\"2106.09685\") LORA"),
        edited(plan("Adapters.java", source)));
  }

  @Test
  void onlyFilesWhoseCommentsMayReferToAPaperAreParsed(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path plain = dir.resolve("Plain.java");
    Path citing = dir.resolve("Citing.java");
    java.nio.file.Files.writeString(
        plain,
        "/*\n * Licensed under the Apache License, Version 2.0 (the \"License\"); see\n"
            + " * http://www.apache.org/licenses/LICENSE-2.0\n */\n"
            + "package p;\n// no paper in this comment\nclass { String s = \"https://arxiv.org/abs/1\"\n");
    java.nio.file.Files.writeString(
        citing, "package p;\n/** https://arxiv.org/abs/2106.09685 */\nclass Citing {}\n");
    List<SourceFile> files =
        parser.parseAll(
            List.of(plain, citing),
            java.nio.charset.StandardCharsets.UTF_8,
            Migration.refersToAPaper());
    assertTrue(files.get(0).parsed(), "not parsed, so not reported broken: it is never edited");
    assertTrue(files.get(0).declarations().isEmpty());
    assertEquals(2, files.get(0).comments().size());
    assertEquals("p.Citing", files.get(1).declarations().get(0).name());

    Migration.Plan plan = Migration.plan(files, BUNDLED);
    assertEquals(1, plan.annotations().size());
    assertTrue(plan.skipped().isEmpty());
  }

  @Test
  void oneNewPaperUnderTwoIdentifiersInTwoFilesIsOneEntryWithBoth() {
    String a =
        """
        package com.acme;

        /** After <a href="https://arxiv.org/abs/1901.00001"><i>Deep Sparse Attention for Text
         * Generation</i></a>. */
        class A {}
        """;
    String b =
        """
        package com.acme;

        /** After <a href="https://doi.org/10.1145/1234567.7654321"><i>Deep Sparse Attention for
         * Text Generation</i></a>. */
        class B {}
        """;
    Migration.Plan plan =
        Migration.plan(
            List.of(parser.parse(Path.of("A.java"), a), parser.parse(Path.of("B.java"), b)),
            BUNDLED);
    assertEquals(1, plan.newEntries().size());
    io.github.papertrail.catalog.CatalogEntry entry = plan.newEntries().get(0);
    assertEquals("arxiv:1901.00001", entry.ids().arxiv());
    assertEquals("doi:10.1145/1234567.7654321", entry.ids().doi());
    assertEquals(
        List.of("1901.00001", "1901.00001"),
        plan.annotations().stream().map(Migration.Annotation::value).toList());
    assertEquals(
        List.of("com.acme.A", "com.acme.B"),
        plan.annotations().stream().map(x -> x.declaration().name()).toList());
  }

  @Test
  void aDeclarationWithThePaperListContainerIsLeftToAPerson() {
    String source =
        """
        package com.acme;

        import io.github.papertrail.Paper;

        class Adapters {
          /** LoRA, quantized: https://arxiv.org/abs/2305.14314 */
          @Paper.List({@Paper("2106.09685")})
          void quantize() {}
        }
        """;
    Migration.Plan plan = plan("Adapters.java", source);
    assertTrue(plan.edited().isEmpty(), "Java forbids @Paper.List beside more @Paper");
    assertEquals(1, plan.needsPerson().size());
    assertTrue(
        plan.needsPerson().get(0).reason().contains("add @Paper(\"2305.14314\") into the list"),
        plan.needsPerson().get(0).reason());
  }

  @Test
  void yearsOfArxivAndAclIdentifiers() {
    assertEquals(
        2017,
        Migration.arxivYear(
            io.github.papertrail.id.Identifier.parse("1711.05101").identifier().orElseThrow()));
    assertEquals(
        2016,
        Migration.aclYear(
            io.github.papertrail.id.Identifier.parse("acl:P16-1162").identifier().orElseThrow()));
    assertEquals(
        2021,
        Migration.aclYear(
            io.github.papertrail.id.Identifier.parse("https://aclanthology.org/2021.acl-long.353/")
                .identifier()
                .orElseThrow()));
    assertEquals(
        1999,
        Migration.arxivYear(
            io.github.papertrail.id.Identifier.parse("hep-th/9901001").identifier().orElseThrow()));
  }
}
