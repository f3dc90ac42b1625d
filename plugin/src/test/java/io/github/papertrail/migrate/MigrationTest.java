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
                "import java.util.List;\nimport io.github.papertrail.Paper;\n")
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
  void yearsOfArxivIdentifiers() {
    assertEquals(
        2017,
        Migration.arxivYear(
            io.github.papertrail.id.Identifier.parse("1711.05101").identifier().orElseThrow()));
    assertEquals(
        1999,
        Migration.arxivYear(
            io.github.papertrail.id.Identifier.parse("hep-th/9901001").identifier().orElseThrow()));
  }
}
