package io.github.papertrail.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Keys grow a title word at a time until they differ; only the keys that changed are made again,
 * which gives the keys that remaking every key each round gives.
 */
class KeysTest {

  @Provide
  Arbitrary<List<Keys.Parts>> manyAlike() {
    // few words and years, so that keys collide, often more than once
    Arbitrary<String> title =
        Arbitraries.of("sparse", "attention", "low", "rank", "adapters", "the", "of", "lora", "x")
            .list()
            .ofMinSize(1)
            .ofMaxSize(5)
            .map(words -> String.join(" ", words));
    Arbitrary<List<String>> authors =
        Arbitraries.of(List.<String>of(), List.of("Edward Hu"), List.of("Yelong Shen"));
    Arbitrary<Integer> year = Arbitraries.of(2021, 2022).injectNull(0.2);
    return Combinators.combine(title, authors, year).as(Keys::parts).list().ofMaxSize(60);
  }

  @Property(tries = 500)
  void keysAreThoseOfRemakingEveryKeyEachRound(@ForAll("manyAlike") List<Keys.Parts> parts) {
    assertEquals(everyKeyEachRound(parts), Keys.assign(parts));
  }

  @Test
  void collidingKeysTakeWordsThenLetters() {
    List<Keys.Parts> parts =
        List.of(
            Keys.parts("Sparse attention for all", List.of("Edward Hu"), 2021),
            Keys.parts("Sparse adapters", List.of("Edward Hu"), 2021),
            Keys.parts("Sparse attention for all", List.of("Edward Hu"), 2021),
            Keys.parts("Sparse", List.of("Edward Hu"), 2021));
    assertEquals(
        List.of(
            "hu2021sparseattentionall",
            "hu2021sparseadapters",
            "hu2021sparseattentionallb",
            "hu2021sparse"),
        Keys.assign(parts));
  }

  /**
   * The keys as made before: every key made again and grouped again each round, until no shared key
   * can grow.
   */
  private static List<String> everyKeyEachRound(List<Keys.Parts> all) {
    int[] words = new int[all.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = all.get(i).minWords();
    }
    List<String> keys = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      keys.clear();
      for (int i = 0; i < all.size(); i++) {
        keys.add(Keys.key(all.get(i), words[i]));
      }
      for (List<Integer> same : Keys.groupByKey(keys).values()) {
        for (int i : same.size() > 1 ? same : List.<Integer>of()) {
          if (words[i] < all.get(i).words().size()) {
            words[i]++;
            changed = true;
          }
        }
      }
    }
    for (List<Integer> same : Keys.groupByKey(keys).values()) {
      for (int n = 1; n < same.size(); n++) {
        keys.set(same.get(n), keys.get(same.get(n)) + (char) ('a' + n));
      }
    }
    return keys;
  }
}
