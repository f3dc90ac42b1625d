package io.github.papertrail.seeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.format.CatalogJson;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import io.github.papertrail.seeds.build.BuildCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog built from the real seeds: merges, the known traps, provenance, keys, bytes. */
class CatalogBuilderTest {

  static final Path SEEDS = Path.of("../seeds");
  static final Path TABLE = Path.of("../seeds/data/arxiv-ids-by-title.tsv");
  static final Path CORRECTIONS = Path.of("../seeds/data/title-corrections.tsv");

  static CatalogBuilder.Result result;
  static Catalog catalog;

  @BeforeAll
  static void build() {
    result = BuildCatalog.build(SEEDS, TABLE, CORRECTIONS);
    catalog = Catalog.of(result.entries(), "test");
  }

  static CatalogEntry only(String id) {
    ParsedId parsed = Identifier.parse(id);
    assertTrue(parsed instanceof ParsedId.Valid, () -> id + " should parse: " + parsed);
    List<CatalogEntry> found = catalog.lookup(((ParsedId.Valid) parsed).id());
    assertEquals(
        1,
        found.size(),
        () ->
            id + " should name one entry, names " + found.stream().map(CatalogEntry::key).toList());
    return found.get(0);
  }

  static List<String> where(CatalogEntry entry) {
    return entry.sources().stream().map(s -> s.seed().substring(0, 3) + ":" + s.line()).toList();
  }

  @Test
  void everyRecordOfEverySeedIsInExactlyOneEntry() throws IOException {
    Set<String> recorded = new HashSet<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        for (SeedRecord record :
            SeedFormat.parse(file.getFileName().toString(), Files.readString(file))) {
          recorded.add(record.where());
        }
      }
    }
    List<String> sourced =
        result.entries().stream()
            .flatMap(e -> e.sources().stream())
            .map(s -> s.seed() + ":" + s.line())
            .toList();
    assertEquals(192, recorded.size());
    assertEquals(recorded.size(), sourced.size(), "no record is in two entries");
    assertEquals(recorded, new HashSet<>(sourced), "no record is lost");
    assertEquals(187, result.entries().size(), "five records merge into others");
    assertEquals(5, result.summary().merged());
    assertEquals(88, result.summary().idsFromTable(), "every row of the table is used once");
  }

  @Test
  void papersInTwoSeedsAreOneEntryWithBothSources() {
    CatalogEntry reft = only("2404.03592");
    assertEquals("wu2024reft", reft.key());
    assertEquals(List.of("000:39", "002:45"), where(reft));
    assertEquals(
        "openreview:fykjplMc0V",
        reft.ids().openreview(),
        "the 000 source links OpenReview, the 002 one arXiv");
    assertEquals("table", reft.sources().get(0).idFrom());
    assertEquals("seed", reft.sources().get(1).idFrom());
    assertEquals(reft, only("openreview:fykjplMc0V"));
    assertTrue(reft.conflicts().isEmpty());

    CatalogEntry galore = only("2403.03507");
    assertEquals("galore2024", galore.key());
    assertEquals(
        "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection", galore.title());
    assertEquals(List.of("001:161", "003:345"), where(galore));
    assertEquals(List.of("GaLore"), galore.tags());
    assertEquals(6, galore.authorCount());
    assertTrue(
        galore.conflicts().isEmpty(),
        "a title behind its tag is the same title: " + galore.conflicts());

    CatalogEntry grokking = only("2506.21551");
    assertEquals(List.of("003:361", "004:16"), where(grokking));
    assertEquals(List.of("Ziyue Li", "Chenrui Fan", "Tianyi Zhou"), grokking.authors());
    assertEquals(List.of("generalization", "llm"), grokking.tags());
  }

  @Test
  void oneOpenReviewIdForTwoPapersStaysOnTwoFlaggedEntries() {
    List<CatalogEntry> both =
        catalog.lookup(Identifier.parse("openreview:0qSOodKmJaN").orElseThrow());
    assertEquals(
        List.of("welleck2019neural", "zhao2022calibrating"),
        both.stream().map(CatalogEntry::key).sorted().toList());
    for (CatalogEntry entry : both) {
      assertTrue(
          entry.conflicts().stream()
              .anyMatch(c -> c.startsWith("openreview:0qSOodKmJaN is also given for")),
          entry.key() + ": " + entry.conflicts());
    }
    assertEquals("zhao2022calibrating", only("2210.00045").key());
  }

  @Test
  void aTitleThatIsNotItsPapersTitleIsCorrectedKeptAndFlagged() {
    CatalogEntry unlikelihood = only("1908.04319");
    assertEquals("Neural Text Generation with Unlikelihood Training", unlikelihood.title());
    assertEquals(
        List.of("NEURAL TEXT DEGENERATION WITH UNLIKELIHOOD TRAINING"), unlikelihood.otherTitles());
    assertEquals(
        "NEURAL TEXT DEGENERATION WITH UNLIKELIHOOD TRAINING",
        unlikelihood.sources().get(0).title());
    assertTrue(
        unlikelihood.conflicts().stream()
            .anyMatch(c -> c.contains("which is not this paper's title")));
  }

  @Test
  void oneArxivIdUnderTwoTitlesInOneSeedIsOneFlaggedEntry() {
    CatalogEntry fastForward = only("2409.04206");
    assertEquals(List.of("002:39", "002:44"), where(fastForward));
    assertEquals(List.of("Fast Forwarding Low-Rank Training"), fastForward.otherTitles());
    assertTrue(
        fastForward.conflicts().get(0).startsWith("the sources give this paper different titles"));

    CatalogEntry policy = only("2407.15762");
    assertEquals(List.of("002:61", "002:63"), where(policy));
    assertEquals(1, policy.conflicts().size());
  }

  @Test
  void nonPapersKeepTheirKindAndAreCitableByUrl() {
    CatalogEntry aha = only("https://oatllm.notion.site/oat-zero");
    assertEquals(Kind.NOTES, aha.kind());
    assertEquals(
        "There May Not be Aha Moment in R1-Zero-like Training \u2014 A Pilot Study", aha.title());
    assertEquals(
        Kind.TWEET, only("https://twitter.com/natolambert/status/1815412187617517612").kind());
    assertEquals(
        Kind.BLOG_POST,
        only("https://iclr-blogposts.github.io/2024/blog/the-n-implementation-details-of-rlhf-with-ppo/")
            .kind());
    CatalogEntry prime = only("2502.01456");
    assertEquals(
        Kind.NOTES,
        prime.kind(),
        "the seed links a Notion write-up; the table gives the paper's id");
    assertEquals("table", prime.sources().get(0).idFrom());
  }

  @Test
  void tableIdsAreAttachedWithProvenanceAndEverySeedLinkOnce() {
    CatalogEntry lowPrecision = only("2505.01043");
    assertEquals("lowprecision2025", lowPrecision.key());
    assertEquals(
        new Source("003_9ce2c701b9764f21.txt", 13, "table", null, null),
        lowPrecision.sources().get(0));
    assertEquals(
        2025, lowPrecision.year(), "the year comes from the arXiv id where the card has none");
    assertEquals("--05-02", lowPrecision.date());

    CatalogEntry selfRewarding = only("2401.10020");
    assertEquals(1, selfRewarding.sources().size(), "001 writes every link twice");
    assertEquals("2024-01-18", selfRewarding.date());
    assertEquals("Meta", selfRewarding.organisation());

    CatalogEntry ul2 =
        result.entries().stream()
            .filter(e -> e.title().startsWith("UL2"))
            .findFirst()
            .orElseThrow();
    assertNull(ul2.ids().arxiv(), "the table leaves UL2 out on purpose");
    assertEquals(only(ul2.key()), ul2, "citable by its key");
  }

  @Test
  void loraIsHu2021loraAndEveryFormOfItsIdResolvesToIt() {
    CatalogEntry lora = only("hu2021lora");
    for (String form :
        List.of(
            "2106.09685",
            "2106.09685v2",
            "arXiv:2106.09685",
            "https://arxiv.org/abs/2106.09685v1",
            "10.48550/arXiv.2106.09685",
            "https://doi.org/10.48550/arXiv.2106.09685")) {
      assertEquals(lora, only(form), form);
    }
    assertEquals(2021, lora.year(), "the arXiv id's year, before the venue's (ICLR'22)");
    assertEquals("ICLR", lora.venue());
    assertEquals(List.of("Hu"), lora.authors());
    assertEquals(Boolean.TRUE, lora.moreAuthors());
  }

  @Test
  void keysAreUniqueValidKeysAndEveryIdOfAnEntryFindsIt() {
    Set<String> keys = new HashSet<>();
    for (CatalogEntry entry : result.entries()) {
      assertTrue(keys.add(entry.key()), "duplicate key " + entry.key());
      ParsedId parsed = Identifier.parse(entry.key());
      assertTrue(
          parsed instanceof ParsedId.Valid valid && valid.id().scheme() == Scheme.KEY,
          entry.key() + " is not read as a catalog key: " + parsed);
      assertTrue(entry.key().matches("[a-z][a-z0-9]*"), entry.key());
      for (String id : entry.allIds()) {
        assertTrue(catalog.lookup(Identifier.parse(id).orElseThrow()).contains(entry), id);
      }
    }
  }

  @Test
  void twoBuildsGiveTheSameBytesAsTheBundledCatalog() throws IOException {
    byte[] first = CatalogJson.write(result.entries());
    byte[] second = CatalogJson.write(BuildCatalog.build(SEEDS, TABLE, CORRECTIONS).entries());
    assertArrayEquals(first, second);
    byte[] bundled = Files.readAllBytes(Path.of("target/classes/" + Catalog.RESOURCE));
    assertArrayEquals(first, bundled, "the build wrote what the builder builds");
    assertEquals(
        result.entries(), CatalogJson.read(new java.io.ByteArrayInputStream(first), "round trip"));
    assertEquals(187, CatalogFiles.bundled().size());
  }
}
