package io.github.papertrail.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each way ML code on the JVM writes a paper into Javadoc and comments, and links that are none.
 */
class PaperMentionsTest {

  /** "normal form @line written" of each mention, in order. */
  private static List<String> found(String text, int firstLine) {
    return PaperMentions.find(text, firstLine).stream()
        .map(m -> m.id().normalForm() + " @" + m.line() + " " + m.written())
        .toList();
  }

  @Test
  void anHrefWithAnItalicTitleOverSeveralLines() {
    // a Javadoc as Elements.getDocComment gives it: the leading stars gone
    String doc =
        """
         Batch normalization over the last axis, as in
         <a
           href="https://arxiv.org/abs/1502.03167"><i>Batch Normalization: Accelerating Deep
         Network Training by Reducing Internal Covariate Shift</i></a>.

         @param epsilon added to the variance
        """;
    assertEquals(List.of("arxiv:1502.03167 @12 https://arxiv.org/abs/1502.03167"), found(doc, 10));
  }

  @Test
  void aBareUrlInASentenceLosesItsPunctuationAndKeepsItsVersion() {
    String doc =
        "The update rule, as in http://arxiv.org/pdf/1212.5701v1.pdf (eq. 14) by Zeiler, 2012, is"
            + " used.\nSee also https://arxiv.org/abs/1412.6980.";
    List<Mention> mentions = PaperMentions.find(doc);
    assertEquals(2, mentions.size(), mentions::toString);
    assertEquals("arxiv:1212.5701", mentions.get(0).id().normalForm());
    assertEquals(Integer.valueOf(1), mentions.get(0).id().version());
    assertEquals("http://arxiv.org/pdf/1212.5701v1.pdf", mentions.get(0).written());
    assertEquals(doc.indexOf("http://"), mentions.get(0).offset());
    assertEquals("https://arxiv.org/abs/1412.6980", mentions.get(1).written());
    assertEquals(2, mentions.get(1).line());
  }

  @Test
  void aReferenceBlockInPre() {
    String doc =
        """
        AdamW: Adam with decoupled weight decay.
        <pre>
        Loshchilov, I., and Hutter, F.
        "Decoupled Weight Decay Regularization"
        arXiv preprint arXiv:1711.05101, 2017.
        </pre>
        """;
    assertEquals(List.of("arxiv:1711.05101 @5 arXiv:1711.05101"), found(doc, 1));
  }

  @Test
  void seeAndLinkTagsWithAUrl() {
    String doc =
        """
        Layer normalization, see {@link https://arxiv.org/abs/1607.06450 Ba et al.}.
        @see <a href="https://openreview.net/forum?id=rk6qdGgCZ&amp;noteId=rk6qdGgCZ">OpenReview</a>
        @see https://aclanthology.org/P18-1031/
        """;
    assertEquals(
        List.of(
            "arxiv:1607.06450 @1 https://arxiv.org/abs/1607.06450",
            "openreview:rk6qdGgCZ @2 https://openreview.net/forum?id=rk6qdGgCZ&amp;noteId=rk6qdGgCZ",
            "acl:P18-1031 @3 https://aclanthology.org/P18-1031/"),
        found(doc, 1));
  }

  @Test
  void doisInEveryForm() {
    String text =
        """
        // Glorot init: doi:10.1109/5.771073, or DOI: 10.1145/3292500.3330701; the Lancet one is
        // 10.1016/S0140-6736(20)30183-5. Publisher page: https://dl.acm.org/doi/10.1145/3065386
        // and https://doi.org/10.1038/nature14539.
        """;
    assertEquals(
        List.of(
            "doi:10.1109/5.771073 @1 doi:10.1109/5.771073",
            "doi:10.1145/3292500.3330701 @1 DOI: 10.1145/3292500.3330701",
            "doi:10.1016/s0140-6736(20)30183-5 @2 10.1016/S0140-6736(20)30183-5",
            "doi:10.1145/3065386 @2 https://dl.acm.org/doi/10.1145/3065386",
            "doi:10.1038/nature14539 @3 https://doi.org/10.1038/nature14539"),
        found(text, 1));
  }

  @Test
  void pagesAboutOneArxivPaperAndCorrIds() {
    String text =
        """
        /* Paper page: https://huggingface.co/papers/2106.09685, discussion on
         * https://www.alphaxiv.org/abs/2305.14314, HTML at https://ar5iv.labs.arxiv.org/html/1706.03762
         * (DBLP: CoRR abs/1512.03385) */
        """;
    assertEquals(
        List.of(
            "arxiv:2106.09685 @1 https://huggingface.co/papers/2106.09685",
            "arxiv:2305.14314 @2 https://www.alphaxiv.org/abs/2305.14314",
            "arxiv:1706.03762 @2 https://ar5iv.labs.arxiv.org/html/1706.03762",
            "arxiv:1512.03385 @3 abs/1512.03385"),
        found(text, 1));
  }

  @Test
  void linksThatAreNotPapersAreLeftAlone() {
    String text =
        """
        Nesterov momentum, see the lecture slides
        http://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf, the blog post
        <a href="https://ruder.io/optimizing-gradient-descent/">An overview</a>, the reference
        implementation https://github.com/pytorch/pytorch/blob/main/torch/optim/sgd.py, our docs
        at https://papertrail.example.org/docs/optimizers.html and the proceedings PDF
        <i>http://proceedings.mlr.press/v28/sutskever13.pdf</i>. Version 10.2 of the API, the
        arXiv team, doi-less, abs/value.
        """;
    assertEquals(List.of(), found(text, 1));
  }

  @Test
  void titleAndAuthorsWithoutAnIdentifierAreNoMention() {
    String text =
        "Robbins, H., and Monro, S. \"A Stochastic Approximation Method\" The Annals of"
            + " Mathematical Statistics, 1951, 400-407.";
    assertFalse(PaperMentions.mayMention(text));
    assertEquals(List.of(), PaperMentions.find(text));
  }

  @Test
  void theCheapTestSaysWhetherToLookAtAll() {
    assertFalse(PaperMentions.mayMention(null));
    assertFalse(PaperMentions.mayMention("Returns the learning rate at this step."));
    assertTrue(PaperMentions.mayMention("see ARXIV"));
    assertTrue(PaperMentions.mayMention("see Doi"));
    assertTrue(PaperMentions.mayMention("a link: ftp://x"));
    assertTrue(PaperMentions.mayMention("10.1145/1"));
    assertTrue(PaperMentions.mayMention("CoRR abs/1"));
  }

  @Test
  void aLinkIsOneMentionNotAlsoTheIdInItsPath() {
    String text = "https://arxiv.org/abs/2106.09685v2 and arXiv:2106.09685";
    List<Mention> mentions = PaperMentions.find(text);
    assertEquals(2, mentions.size(), mentions::toString);
    assertEquals(0, mentions.get(0).offset());
    assertEquals(text.indexOf("arXiv:"), mentions.get(1).offset());
  }

  @Test
  void trailingPunctuationGoesUnlessItClosesABracketOpenedInside() {
    assertEquals("1212.5701", PaperMentions.trimEnd("1212.5701.),"));
    assertEquals(
        "10.1016/S0140-6736(20)30183-5", PaperMentions.trimEnd("10.1016/S0140-6736(20)30183-5)."));
    assertEquals("https://x.org/a_(b)", PaperMentions.trimEnd("https://x.org/a_(b)"));
  }
}
