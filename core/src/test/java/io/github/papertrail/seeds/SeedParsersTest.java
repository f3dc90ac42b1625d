package io.github.papertrail.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each parser on its real seed: the count of records read by hand, and fields of several records.
 */
class SeedParsersTest {

  static final Path SEEDS = Path.of("../seeds");
  static final String JEKYLL = "000_796680ec3eaaa982.txt";
  static final String HUGO = "001_543df93a72074486.txt";
  static final String AWESOME = "002_89c78b728fec4105.txt";
  static final String DAILY = "003_9ce2c701b9764f21.txt";
  static final String DIGEST = "004_31ec21ef471e0944.txt";

  static List<SeedRecord> parse(String file) throws IOException {
    return SeedFormat.parse(file, Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8));
  }

  static SeedRecord atLine(List<SeedRecord> records, int line) {
    return records.stream()
        .filter(r -> r.line() == line)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no record at line "
                        + line
                        + "; lines: "
                        + records.stream()
                            .map(r -> Integer.toString(r.line()))
                            .collect(Collectors.joining(","))));
  }

  static List<String> ids(SeedRecord record) {
    return record.ids().stream().map(Object::toString).toList();
  }

  @Test
  void eachSeedIsRecognisedAsItsFormat() throws IOException {
    assertEquals(
        SeedFormat.JEKYLL_POST, SeedFormat.detect(Files.readString(SEEDS.resolve(JEKYLL))));
    assertEquals(SeedFormat.HUGO_PAGE, SeedFormat.detect(Files.readString(SEEDS.resolve(HUGO))));
    assertEquals(
        SeedFormat.AWESOME_LIST, SeedFormat.detect(Files.readString(SEEDS.resolve(AWESOME))));
    assertEquals(
        SeedFormat.DAILY_PAPERS, SeedFormat.detect(Files.readString(SEEDS.resolve(DAILY))));
    assertEquals(SeedFormat.DIGEST, SeedFormat.detect(Files.readString(SEEDS.resolve(DIGEST))));
  }

  @Test
  void jekyllPost() throws IOException {
    List<SeedRecord> records = parse(JEKYLL);
    // 17 bold titles; the "RL spinup" bare links and the Q&A list name no paper.
    assertEquals(17, records.size());
    assertEquals(
        List.of(12, 17, 24, 28, 34, 39, 63, 68, 73, 84, 88, 92, 95, 105, 110, 115, 120),
        records.stream().map(SeedRecord::line).toList());

    SeedRecord prefix = atLine(records, 12);
    assertEquals("Prefix-Tuning: Optimizing Continuous Prompts for Generation", prefix.title());
    assertEquals(List.of("Li", "Liang"), prefix.authors());
    assertEquals(false, prefix.moreAuthors());
    assertEquals("ACL", prefix.venue());
    assertEquals(2021, prefix.year());
    assertEquals(List.of("acl:2021.acl-long.353"), ids(prefix));
    assertEquals("Efficient Training: Low-Rank", prefix.section());
    assertTrue(
        prefix.summary().startsWith("Prefix-tuning: optimize a continuous prompt prefix per task"));

    SeedRecord lora = atLine(records, 24);
    assertEquals("LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS", lora.title());
    assertEquals(List.of("Hu"), lora.authors());
    assertTrue(lora.moreAuthors());
    assertEquals("ICLR", lora.venue());
    assertEquals(2022, lora.year());
    assertEquals(List.of("arxiv:2106.09685"), ids(lora));

    SeedRecord longLora = atLine(records, 34);
    assertNull(longLora.venue());
    assertEquals(2023, longLora.year());
    assertEquals(List.of("arxiv:2309.12307"), ids(longLora));

    SeedRecord aha = atLine(records, 63);
    assertEquals(
        "There May Not be Aha Moment in R1-Zero-like Training \u2014 A Pilot Study",
        aha.title(),
        "the mojibake â€” is repaired to an em dash");
    assertEquals(Kind.NOTES, aha.kind());
    assertEquals(List.of("https://oatllm.notion.site/oat-zero"), ids(aha));
    assertNull(aha.year());

    SeedRecord click = atLine(records, 120);
    assertEquals("ACL Findings", click.venue());
    assertEquals(2023, click.year());
    assertEquals(List.of("acl:2023.findings-acl.65"), ids(click));

    // The trap: one OpenReview id under two different papers.
    assertEquals(List.of("openreview:0qSOodKmJaN"), ids(atLine(records, 105)));
    assertEquals(List.of("openreview:0qSOodKmJaN"), ids(atLine(records, 115)));
    assertEquals("RL Training", atLine(records, 73).section());
  }

  @Test
  void hugoPage() throws IOException {
    List<SeedRecord> records = parse(HUGO);
    assertEquals(13, records.size());

    SeedRecord selfReward = atLine(records, 9);
    assertEquals("Self Rewarding Language Models", selfReward.title());
    assertEquals(List.of("Self-Reward"), selfReward.tags());
    assertEquals(
        List.of("arxiv:2401.10020"), ids(selfReward), "every link is written twice: one id");
    assertEquals("18 Jan 2024", selfReward.dateWritten());
    assertEquals("2024-01-18", selfReward.date());
    assertEquals("Meta", selfReward.organisation());
    assertTrue(
        selfReward.summary().startsWith("In this work, we study Self-Rewarding Language Models"));

    SeedRecord dpo = atLine(records, 47);
    assertEquals("Direct Preference Optimization: Your LM is Secretly a Reward Model", dpo.title());
    assertEquals(List.of("DPO"), dpo.tags());
    assertEquals("Stanford", dpo.organisation());
    assertEquals("2023-12-13", dpo.date());

    SeedRecord tokenFormer = atLine(records, 109);
    assertEquals(
        "Rethinking Transformer Scaling with Tokenized Model Parameters", tokenFormer.title());
    assertNull(tokenFormer.organisation());
    assertEquals("2024-10-30", tokenFormer.date());

    SeedRecord galore = atLine(records, 161);
    assertEquals(List.of("GaLore"), galore.tags());
    assertEquals(List.of("arxiv:2403.03507"), ids(galore));
  }

  @Test
  void awesomeList() throws IOException {
    List<SeedRecord> records = parse(AWESOME);
    // 74 list items with a linked title; the nested quote items (lines 28, 40, 41) are not papers.
    assertEquals(74, records.size());

    SeedRecord first = atLine(records, 6);
    assertEquals("Deconstructing What Makes a Good Optimizer for Language Models", first.title());
    assertEquals(List.of("arxiv:2407.07972"), ids(first));
    assertEquals("Jul. 10 2024", first.dateWritten());
    assertEquals("2024-07-10", first.date());
    assertEquals("Optimization", first.section());

    SeedRecord criticalBatch = atLine(records, 11);
    assertEquals(
        List.of("https://github.com/hlzhang109/critical-batch-size"), criticalBatch.links());

    SeedRecord warmup = atLine(records, 17);
    assertEquals(List.of("openreview:RveSp5oESA"), ids(warmup));
    assertEquals(List.of("learning dynamics"), warmup.tags());
    assertEquals(2024, warmup.year());
    assertEquals("2024", warmup.date());

    SeedRecord memorization = atLine(records, 23);
    assertEquals("NeurIPS", memorization.venue());
    assertEquals(2022, memorization.year());
    assertEquals(Kind.PAPER, memorization.kind());

    SeedRecord meco = atLine(records, 27);
    assertTrue(meco.summary().startsWith("\"MeCo first provides metadata"), meco.summary());

    SeedRecord loraLearns = atLine(records, 32);
    assertEquals(List.of("arxiv:2405.09673v1"), ids(loraLearns));

    assertEquals("2024-08", atLine(records, 38).date());
    assertEquals("2024-09-06", atLine(records, 39).date(), "two spaces in \"Sep. 6  2024\"");

    SeedRecord warp = atLine(records, 54);
    assertEquals(List.of("https://x.com/ramealexandre/status/1805525340699185493"), warp.links());
    assertEquals(Kind.PAPER, warp.kind());

    SeedRecord tweet = atLine(records, 60);
    assertEquals(Kind.TWEET, tweet.kind());
    assertEquals(List.of("tweet"), tweet.tags());

    assertEquals(List.of("post-training", "scaling law"), atLine(records, 55).tags());
    assertEquals(Kind.BLOG_POST, atLine(records, 76).kind());
    assertEquals(List.of("arxiv:2409.09603"), ids(atLine(records, 74)), "www.arxiv.org is arXiv");
    assertEquals(
        List.of("arxiv:2403.09472"), ids(atLine(records, 87)), "an empty fragment is ignored");

    SeedRecord prime = atLine(records, 91);
    assertEquals(Kind.NOTES, prime.kind());
    assertNull(prime.date());
    assertEquals(List.of("https://github.com/PRIME-RL/PRIME"), prime.links());
  }

  @Test
  void dailyPapers() throws IOException {
    List<SeedRecord> records = parse(DAILY);
    assertEquals(85, records.size());

    SeedRecord lowPrecision = atLine(records, 13);
    assertEquals(
        "Low-Precision Training of Large Language Models: Methods, Challenges, and Opportunities",
        lowPrecision.title());
    assertEquals(9, lowPrecision.authorCount());
    assertEquals("May 2", lowPrecision.dateWritten());
    assertEquals("--05-02", lowPrecision.date(), "no year: month and day only");
    assertEquals(3, lowPrecision.upvotes(), "\"May 2 3\" is May 2 with 3 upvotes");
    assertNull(lowPrecision.year());
    assertTrue(
        lowPrecision.abstractText().contains("several components\u2013such as weights"),
        "the bare entity x2013 is repaired to an en dash");

    SeedRecord transductive = atLine(records, 29);
    assertEquals("2021-06-16", transductive.date());
    assertEquals(2021, transductive.year());
    assertNull(transductive.upvotes());

    SeedRecord unified = atLine(records, 37);
    assertNull(unified.date(), "this card has no date line");
    assertNull(unified.authorCount());

    SeedRecord apple = atLine(records, 73);
    assertEquals("Apple", apple.organisation());
    assertEquals(2, apple.upvotes());
    assertEquals("--09-30", apple.date());

    SeedRecord tulu = atLine(records, 105);
    assertEquals("TÜLU 3: Pushing Frontiers in Open Language Model Post-Training", tulu.title());
    assertEquals(23, tulu.authorCount());
    assertEquals("2024-11-22", tulu.date());
    assertEquals(3, tulu.upvotes());

    assertEquals("AI at Meta", atLine(records, 497).organisation());
    SeedRecord galore = atLine(records, 345);
    assertEquals(15, galore.upvotes());
    assertEquals("2024-03-06", galore.date());
    assertEquals(List.of(), galore.ids(), "the cards link nothing; ids come from the table");

    SeedRecord last = atLine(records, 665);
    assertEquals(
        "Adaptive Guidance: Training-free Acceleration of Conditional Diffusion Models",
        last.title());
    assertEquals(8, last.authorCount());
  }

  @Test
  void digest() throws IOException {
    List<SeedRecord> records = parse(DIGEST);
    assertEquals(3, records.size());

    SeedRecord bridging = atLine(records, 2);
    assertEquals("Bridging Offline and Online Reinforcement Learning for LLMs", bridging.title());
    assertEquals(12, bridging.authors().size());
    assertEquals("Jack Lanchantin", bridging.authors().get(0));
    assertEquals("Ilia Kulikov", bridging.authors().get(11));
    assertEquals("2025년 6월 27일", bridging.dateWritten());
    assertEquals("2025-06-27", bridging.date());
    assertEquals(List.of("rl"), bridging.tags());
    assertTrue(bridging.abstractText().startsWith("We investigate the effectiveness"));
    assertTrue(bridging.summary().contains("Comparison of online vs offline RL"));

    SeedRecord efficacy = atLine(records, 8);
    assertEquals(List.of("llm", "pretraining"), efficacy.tags());
    assertEquals(9, efficacy.authors().size());

    SeedRecord grokking = atLine(records, 16);
    assertEquals(List.of("Ziyue Li", "Chenrui Fan", "Tianyi Zhou"), grokking.authors());
    assertEquals(List.of("generalization", "llm"), grokking.tags());
  }
}
