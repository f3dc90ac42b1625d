package io.github.papertrail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceFinderTest {

  /** A Javadoc comment written at {@code line}, its lines joined as in a file. */
  private static Comment javadoc(int line, String text) {
    return new Comment(Comment.Kind.JAVADOC, 0, text.length(), line, 1, text);
  }

  private static List<Reference> find(int line, String text) {
    return ReferenceFinder.find(javadoc(line, text));
  }

  private static Reference only(List<Reference> references) {
    assertEquals(1, references.size(), () -> references.toString());
    return references.get(0);
  }

  private static String id(Reference r) {
    return r.id() == null ? null : r.id().normalForm();
  }

  private static SourceFile parse(String path) {
    SourceFile file =
        new SourceParser().parse(SourceParserTest.fixture(path), StandardCharsets.UTF_8);
    assertTrue(file.parsed(), () -> path + ": " + file.problem());
    return file;
  }

  @Test
  void italicTitleInsideALinkOverSeveralLines() {
    Reference r =
        only(
            find(
                20,
                """
                /**
                 * Normalizes each mini-batch, as in
                 * <a href="https://arxiv.org/abs/1502.03167"><i>Batch Normalization:
                 * Accelerating Deep Network Training by Reducing
                 * Internal Covariate Shift</i></a>.
                 */"""));
    assertEquals("arxiv:1502.03167", id(r));
    assertEquals("https://arxiv.org/abs/1502.03167", r.written());
    assertEquals(22, r.line());
    assertEquals(
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate"
            + " Shift",
        r.title());
    assertEquals(List.of(), r.authors());
    assertNull(r.year());
    assertNull(r.venue());
  }

  @Test
  void bareLinkInASentenceGivesAuthorAndYearButNoTitle() {
    Reference r =
        only(
            find(
                7,
                """
                /**
                 * The running average of squared updates,
                 * as in http://arxiv.org/pdf/1212.5701v1.pdf (eq. 14) by Zeiler, 2012, is used.
                 */"""));
    assertEquals("arxiv:1212.5701", id(r));
    assertEquals(Integer.valueOf(1), r.id().version());
    assertEquals("http://arxiv.org/pdf/1212.5701v1.pdf", r.written());
    assertEquals(9, r.line());
    assertNull(r.title());
    assertEquals(List.of("Zeiler"), r.authors());
    assertEquals(Integer.valueOf(2012), r.year());
    assertNull(r.venue());
    assertEquals(
        "The running average of squared updates, as in http://arxiv.org/pdf/1212.5701v1.pdf"
            + " (eq. 14) by Zeiler, 2012, is used.",
        r.text());
  }

  @Test
  void preReferenceBlock() {
    Reference r =
        only(
            find(
                1,
                """
                /**
                 * Adam with decoupled weight decay.
                 *
                 * <pre>
                 * Loshchilov, I., and Hutter, F.
                 * "Decoupled Weight Decay Regularization"
                 * arXiv preprint arXiv:1711.05101, 2017.
                 * </pre>
                 */"""));
    assertEquals("arxiv:1711.05101", id(r));
    assertEquals("arXiv:1711.05101", r.written());
    assertEquals(7, r.line());
    assertEquals("Decoupled Weight Decay Regularization", r.title());
    assertEquals(List.of("I. Loshchilov", "F. Hutter"), r.authors());
    assertEquals(Integer.valueOf(2017), r.year());
    assertNull(r.venue());
    assertEquals(
        "Loshchilov, I., and Hutter, F. \"Decoupled Weight Decay Regularization\" arXiv preprint"
            + " arXiv:1711.05101, 2017.",
        r.text());
  }

  @Test
  void titleOnlyReferenceWithVenue() {
    Reference r =
        only(
            find(
                30,
                """
                /**
                 * Step sizes that satisfy the usual conditions.
                 *
                 * <p>Robbins, H., and Monro, S. "A Stochastic Approximation Method"
                 * The Annals of Mathematical Statistics, 1951, 400-407.
                 */"""));
    assertNull(r.id());
    assertEquals("A Stochastic Approximation Method", r.written());
    assertEquals(33, r.line());
    assertEquals("A Stochastic Approximation Method", r.title());
    assertEquals(List.of("H. Robbins", "S. Monro"), r.authors());
    assertEquals(Integer.valueOf(1951), r.year());
    assertEquals("The Annals of Mathematical Statistics", r.venue());
  }

  @Test
  void titleOnlyInAPreBlockAndInLineComment() {
    Reference pre =
        only(
            find(
                1,
                """
                /**
                 * <pre>
                 * I. Sutskever and J. Martens
                 * ``On the importance of initialization and momentum in deep learning''
                 * In: Proceedings of the 30th International Conference on Machine Learning, 2013.
                 * </pre>
                 */"""));
    assertNull(pre.id());
    assertEquals(4, pre.line());
    assertEquals("On the importance of initialization and momentum in deep learning", pre.title());
    assertEquals(List.of("I. Sutskever", "J. Martens"), pre.authors());
    assertEquals(Integer.valueOf(2013), pre.year());
    assertEquals(
        "Proceedings of the 30th International Conference on Machine Learning", pre.venue());

    Reference line =
        only(
            ReferenceFinder.find(
                new Comment(
                    Comment.Kind.LINE,
                    0,
                    0,
                    12,
                    5,
                    "// Kingma & Ba (2015), “Adam: A Method for Stochastic Optimization”, ICLR.")));
    assertNull(line.id());
    assertEquals(12, line.line());
    assertEquals("Adam: A Method for Stochastic Optimization", line.title());
    assertEquals(List.of("Kingma", "Ba"), line.authors());
    assertEquals(Integer.valueOf(2015), line.year());
  }

  @Test
  void quotedWordsInProseAreNoReferences() {
    assertEquals(
        List.of(),
        find(
            1,
            """
            /**
             * Step size; "eta" in the paper. During the "warmup" phase the rate grows,
             * see "the last step" in 2017 notes.
             */"""));
    // A title in quotes, but nothing else of a reference around it.
    assertEquals(List.of(), find(1, "/** Prints \"Training Loss Per Step\" to the log. */"));
  }

  @Test
  void proceedingsPdfWithItalicTitle() {
    Reference r =
        only(
            find(
                3,
                """
                /**
                 * Nesterov momentum, see
                 * <a href="http://proceedings.mlr.press/v28/sutskever13.pdf"><i>On the importance of
                 * initialization and momentum in deep learning</i></a> (Sutskever et al., ICML 2013).
                 */"""));
    assertEquals("http://proceedings.mlr.press/v28/sutskever13.pdf", id(r));
    assertEquals("URL", r.id().scheme().name());
    assertEquals(5, r.line());
    assertEquals("On the importance of initialization and momentum in deep learning", r.title());
    assertEquals(List.of("Sutskever"), r.authors());
    assertEquals(Integer.valueOf(2013), r.year());
    assertEquals("ICML", r.venue());
  }

  @Test
  void otherProceedingsAndPublisherPages() {
    List<Reference> refs =
        find(
            1,
            """
            /**
             * <ul>
             * <li><a href="https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html">NeurIPS page</a>
             * <li>https://www.jmlr.org/papers/v15/srivastava14a.html
             * <li>https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_CVPR_2016_paper.pdf
             * <li>https://ieeexplore.ieee.org/document/726791
             * <li>https://link.springer.com/article/10.1007/BF00994018
             * <li>https://dl.acm.org/doi/10.1145/3292500.3330701
             * <li>https://www.jmlr.org/about.html and https://ieeexplore.ieee.org/Xplore/home.jsp
             * </ul>
             */""");
    assertEquals(
        List.of(
            "https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html",
            "https://www.jmlr.org/papers/v15/srivastava14a.html",
            "https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_CVPR_2016_paper.pdf",
            "https://ieeexplore.ieee.org/document/726791",
            "doi:10.1007/bf00994018",
            "doi:10.1145/3292500.3330701"),
        refs.stream().map(ReferenceFinderTest::id).collect(Collectors.toList()));
    assertEquals(
        List.of(3, 4, 5, 6, 7, 8), refs.stream().map(Reference::line).collect(Collectors.toList()));
    assertTrue(refs.stream().allMatch(r -> r.title() == null), refs::toString);
  }

  @Test
  void doiLinkInASentence() {
    Reference r =
        only(
            find(
                40,
                """
                /**
                 * Gates of the cell; see
                 * Hochreiter, S., and Schmidhuber, J. "Long Short-Term Memory",
                 * Neural Computation, 1997 (https://doi.org/10.1162/neco.1997.9.8.1735).
                 */"""));
    assertEquals("doi:10.1162/neco.1997.9.8.1735", id(r));
    assertEquals("https://doi.org/10.1162/neco.1997.9.8.1735", r.written());
    assertEquals(43, r.line());
    assertEquals("Long Short-Term Memory", r.title());
    assertEquals(List.of("S. Hochreiter", "J. Schmidhuber"), r.authors());
    assertEquals(Integer.valueOf(1997), r.year());
    assertEquals("Neural Computation", r.venue());
  }

  @Test
  void linkTagAndSeeTagWithTitles() {
    List<Reference> refs =
        find(
            10,
            """
            /**
             * Low-rank updates as in {@link https://huggingface.co/papers/2106.09685 LoRA: Low-Rank
             * Adaptation of Large Language Models}.
             *
             * @see <a href="https://arxiv.org/abs/1412.6980">arXiv</a>
             * @see <a href="https://openreview.net/forum?id=Bkg6RiCqY7">paper</a>
             */""");
    assertEquals(3, refs.size(), refs::toString);
    assertEquals("arxiv:2106.09685", id(refs.get(0)));
    assertEquals(11, refs.get(0).line());
    assertEquals("LoRA: Low-Rank Adaptation of Large Language Models", refs.get(0).title());
    assertEquals("arxiv:1412.6980", id(refs.get(1)));
    assertEquals(14, refs.get(1).line());
    assertNull(refs.get(1).title());
    assertEquals("openreview:Bkg6RiCqY7", id(refs.get(2)));
    assertEquals(15, refs.get(2).line());
    assertNull(refs.get(2).title());
  }

  @Test
  void twoLinksInOneSentenceKeepTheirOwnTitles() {
    List<Reference> refs =
        find(
            1,
            """
            /**
             * <p>The update follows
             * <a href="https://arxiv.org/abs/1711.05101">
             * <i>Decoupled Weight Decay
             * Regularization</i></a>, which departs from
             * <a href="https://arxiv.org/abs/1412.6980"><i>Adam: A Method for
             * Stochastic Optimization</i></a> in where the decay is applied.
             */""");
    assertEquals(2, refs.size(), refs::toString);
    assertEquals("arxiv:1711.05101", id(refs.get(0)));
    assertEquals(3, refs.get(0).line());
    assertEquals("Decoupled Weight Decay Regularization", refs.get(0).title());
    assertEquals("arxiv:1412.6980", id(refs.get(1)));
    assertEquals(6, refs.get(1).line());
    assertEquals("Adam: A Method for Stochastic Optimization", refs.get(1).title());
  }

  @Test
  void samePaperInALinkAndAPreBlockIsOneMergedReference() {
    List<Reference> refs =
        find(
            100,
            """
            /**
             * Adam with decoupled weight decay, see https://arxiv.org/abs/1711.05101v3.
             *
             * <pre>
             * Loshchilov, I., and Hutter, F.
             * "Decoupled Weight Decay Regularization"
             * arXiv preprint arXiv:1711.05101, 2017.
             * </pre>
             *
             * @see <a href="https://openreview.net/forum?id=Bkg6RiCqY7">OpenReview</a>
             */""");
    assertEquals(2, refs.size(), refs::toString);
    Reference r = refs.get(0);
    assertEquals("arxiv:1711.05101", id(r));
    assertEquals("https://arxiv.org/abs/1711.05101v3", r.written());
    assertEquals(101, r.line());
    assertEquals("Decoupled Weight Decay Regularization", r.title());
    assertEquals(List.of("I. Loshchilov", "F. Hutter"), r.authors());
    assertEquals(Integer.valueOf(2017), r.year());
    assertEquals("openreview:Bkg6RiCqY7", id(refs.get(1)));
    assertEquals(109, refs.get(1).line());
  }

  @Test
  void commentsOfAParsedFile() {
    SourceFile file = parse("com/acme/refs/Schedules.java");
    List<Reference> refs =
        file.comments().stream()
            .flatMap(c -> ReferenceFinder.find(c).stream())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "openreview:Skq89Scxx",
            "acl:N19-1423",
            "doi:10.1162/neco.1997.9.8.1735",
            "arxiv:2106.09685"),
        refs.stream().map(ReferenceFinderTest::id).collect(Collectors.toList()));
    assertEquals(
        List.of(7, 14, 20, 23), refs.stream().map(Reference::line).collect(Collectors.toList()));

    Reference sgdr = refs.get(0);
    assertEquals("SGDR: Stochastic Gradient Descent with Warm Restarts", sgdr.title());
    assertEquals(List.of("Loshchilov", "Hutter"), sgdr.authors());
    assertEquals(Integer.valueOf(2017), sgdr.year());

    Reference bert = refs.get(1);
    assertEquals(
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        bert.title());

    Reference lstm = refs.get(2);
    assertEquals("https://doi.org/10.1162/neco.1997.9.8.1735", lstm.written());
    assertNull(lstm.title());
    assertEquals(List.of("Hochreiter", "Schmidhuber"), lstm.authors());
    assertEquals(Integer.valueOf(1997), lstm.year());

    Reference lora = refs.get(3);
    assertEquals("https://huggingface.co/papers/2106.09685", lora.written());
    assertNull(lora.title());
    assertEquals(List.of(), lora.authors());
  }

  @Test
  void nonPaperLinksAreLeftAlone() {
    assertEquals(
        List.of(),
        find(
            1,
            """
            /**
             * Slides: <a href="https://www.cs.example.edu/~someone/lecture6.pdf">Lecture 6 on
             * Optimization Methods</a>, Journal club notes 2019.
             * Blog: https://blog.example.com/2019/01/warmup.html, code:
             * {@link https://github.com/acme/schedules Acme Schedules Repository}, and
             * <a href="https://acme.example.org/docs/schedules.html">the Schedules Guide Page</a>.
             * A PDF on a personal page: https://people.example.edu/~ann/papers/warmup2018.pdf
             */"""));
  }

  @Test
  void numberedEntriesOfOnePreBlockKeepTheirOwnDetails() {
    List<Reference> refs =
        find(
            50,
            """
            /**
             * <pre>
             * [1] He, K., Zhang, X., Ren, S., and Sun, J. "Deep Residual Learning for Image
             * Recognition". In CVPR, 2016. doi:10.1109/CVPR.2016.90
             * [2] Vaswani, A. et al. "Attention Is All You Need". NeurIPS 2017. arXiv:1706.03762
             * </pre>
             */""");
    assertEquals(2, refs.size(), refs::toString);
    Reference resnet = refs.get(0);
    assertEquals("doi:10.1109/cvpr.2016.90", id(resnet));
    assertEquals(53, resnet.line());
    assertEquals("Deep Residual Learning for Image Recognition", resnet.title());
    assertEquals(List.of("K. He", "X. Zhang", "S. Ren", "J. Sun"), resnet.authors());
    assertEquals(Integer.valueOf(2016), resnet.year());
    assertEquals("CVPR", resnet.venue());
    assertEquals(
        "[1] He, K., Zhang, X., Ren, S., and Sun, J. \"Deep Residual Learning for Image"
            + " Recognition\". In CVPR, 2016. doi:10.1109/CVPR.2016.90",
        resnet.text());
    Reference transformer = refs.get(1);
    assertEquals("arxiv:1706.03762", id(transformer));
    assertEquals(54, transformer.line());
    assertEquals("Attention Is All You Need", transformer.title());
    assertEquals(List.of("A. Vaswani"), transformer.authors());
    assertEquals(Integer.valueOf(2017), transformer.year());
    assertEquals("NeurIPS", transformer.venue());
  }

  @Test
  void citedTitleWithoutIdentifier() {
    Reference r =
        only(
            find(
                1,
                "/** As described in <cite>Dropout: A Simple Way to Prevent Neural Networks from"
                    + " Overfitting</cite> (Srivastava et al., JMLR 2014). */"));
    assertNull(r.id());
    assertEquals("Dropout: A Simple Way to Prevent Neural Networks from Overfitting", r.title());
    assertEquals(List.of("Srivastava"), r.authors());
    assertEquals(Integer.valueOf(2014), r.year());
    assertEquals("JMLR", r.venue());
  }

  @Test
  void conservativeAboutTitlesAndAuthors() {
    Reference cited =
        only(
            find(
                1,
                "/** Implements <a href=\"https://arxiv.org/abs/1706.03762\">Vaswani et al."
                    + " (2017)</a>. */"));
    assertNull(cited.title());
    assertEquals(List.of("Vaswani"), cited.authors());
    assertEquals(Integer.valueOf(2017), cited.year());
    assertEquals("Implements Vaswani et al. (2017).", cited.text());

    Reference section = only(find(1, "/** Section A. Results are from arXiv:1711.05101. */"));
    assertEquals(List.of(), section.authors());
    assertNull(section.year());

    Reference venueless =
        only(find(1, "/** Buffer of 2048 entries, see arXiv:1711.05101 (The Annals, 2048 KB). */"));
    assertNull(venueless.title());

    assertEquals(
        List.of(),
        find(
            1,
            "/** The buffer holds 2048 items; \"Hello World Program Output\" is printed. In: main */"));
  }

  @Test
  void sentencesOfOneParagraphKeepTheirOwnAuthors() {
    List<Reference> refs =
        find(
            8,
            """
            /**
             * See arXiv:1412.6980 by Kingma & Ba, 2014. Decay is from Loshchilov and Hutter
             * (2019), arXiv:1711.05101. Smith, J. "A Survey of Step Size Rules", 2020 is older.
             */""");
    assertEquals(2, refs.size(), refs::toString);
    assertEquals("arxiv:1412.6980", id(refs.get(0)));
    assertEquals(9, refs.get(0).line());
    assertEquals(List.of("Kingma", "Ba"), refs.get(0).authors());
    assertEquals(Integer.valueOf(2014), refs.get(0).year());
    assertEquals("See arXiv:1412.6980 by Kingma & Ba, 2014.", refs.get(0).text());
    assertEquals("arxiv:1711.05101", id(refs.get(1)));
    assertEquals(10, refs.get(1).line());
    assertEquals(List.of("Loshchilov", "Hutter"), refs.get(1).authors());
    assertEquals(Integer.valueOf(2019), refs.get(1).year());
    assertNull(refs.get(1).title());
  }

  @Test
  void yearAtTheEndOfALine() {
    Reference r =
        only(
            find(
                1,
                """
                /**
                 * Bias correction as in Kingma & Ba, 2014
                 * gives the defaults (arXiv:1412.6980); a buffer of 2048 entries.
                 */"""));
    assertEquals("arxiv:1412.6980", id(r));
    assertEquals(3, r.line());
    assertEquals(List.of("Kingma", "Ba"), r.authors());
    assertEquals(Integer.valueOf(2014), r.year());
  }

  @Test
  void authorsInTheStylesOfRealReferenceBlocks() {
    Reference runTogether =
        only(
            find(
                1,
                """
                /**
                 * <pre>
                 * Zeiler, MD.
                 * "ADADELTA: an Adaptive Learning Rate Method"
                 * arXiv preprint arXiv:1212.5701.
                 * </pre>
                 */"""));
    assertEquals(List.of("M. D. Zeiler"), runTogether.authors());

    Reference vancouver =
        only(
            find(
                1,
                """
                /**
                 * <pre>
                 * Chen T, Guestrin C. "XGBoost: A Scalable Tree Boosting System"
                 * Proceedings of the 22nd ACM SIGKDD International Conference on Knowledge
                 * Discovery and Data Mining, 2016.
                 * </pre>
                 */"""));
    assertNull(vancouver.id());
    assertEquals("XGBoost: A Scalable Tree Boosting System", vancouver.title());
    assertEquals(List.of("T. Chen", "C. Guestrin"), vancouver.authors());
    assertEquals(2016, vancouver.year());

    Reference monthNoAuthor =
        only(
            find(
                1,
                """
                /**
                 * <pre>
                 * P. Geurts, D. Ernst, L. Wehenkel.
                 * "Extremely Randomized Trees"
                 * March 2006. <a href="https://doi.org/10.1007/s10994-006-6226-1">PDF</a>
                 * </pre>
                 */"""));
    assertEquals(List.of("P. Geurts", "D. Ernst", "L. Wehenkel"), monthNoAuthor.authors());
    assertEquals(2006, monthNoAuthor.year());

    Reference oneAuthorBeforeTheTitle =
        only(
            find(
                1,
                """
                /**
                 * <pre>
                 * J.L. Bentley "Multidimensional Binary Search Trees Used for Associative Searching",
                 * Commun. ACM, 1975. <a href="https://doi.org/10.1145/361002.361007">the paper</a>
                 * </pre>
                 */"""));
    assertEquals(List.of("J. L. Bentley"), oneAuthorBeforeTheTitle.authors());
    assertEquals(
        "Multidimensional Binary Search Trees Used for Associative Searching",
        oneAuthorBeforeTheTitle.title());
  }

  @Test
  void capitalisedWordsWithALetterInProseAreNoAuthors() {
    List<Reference> refs =
        find(
            1,
            """
            /**
             * Compare Model A, Model B. with the variant in
             * https://arxiv.org/abs/2106.09685, see Section A.
             */""");
    assertEquals(List.of(), only(refs).authors());
  }

  @Test
  void twoWordTitlesWhenMarkedAndCapitalised() {
    Reference link =
        only(
            find(
                1,
                "/** Normalizes as {@link https://arxiv.org/abs/1607.06450 Layer Normalization}. */"));
    assertEquals("Layer Normalization", link.title());
    Reference italicInAnchor =
        only(
            find(
                1,
                """
                /**
                 * <a href="https://doi.org/10.1007/978-3-030-01261-8_1">Wu and He, <i>Group
                 * Normalization</i>, ECCV 2018</a>
                 */"""));
    assertEquals("Group Normalization", italicInAnchor.title());
    Reference notATitle =
        only(
            find(
                1,
                "/** See the <a href=\"https://arxiv.org/abs/2106.09685\">Project Page</a>. */"));
    assertNull(notATitle.title());
    Reference lowerCase =
        only(find(1, "/** See <a href=\"https://arxiv.org/abs/2106.09685\">this method</a>. */"));
    assertNull(lowerCase.title());
  }
}
