package io.github.papertrail.seeds;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a catalog build did, for the one-screen build log. */
public record BuildSummary(
    Map<String, Integer> recordsPerSeed,
    int records,
    int entries,
    int merged,
    int idsFromTable,
    int withoutPublicId,
    List<String> conflicts) {

  static BuildSummary of(List<SeedRecord> records, List<CatalogEntry> entries) {
    Map<String, Integer> perSeed = new TreeMap<>();
    for (SeedRecord record : records) {
      perSeed.merge(record.seed(), 1, Integer::sum);
    }
    int fromTable = 0;
    int withoutId = 0;
    List<String> conflicts = new ArrayList<>();
    for (CatalogEntry entry : entries) {
      for (Source source : entry.sources()) {
        fromTable += "table".equals(source.idFrom()) ? 1 : 0;
      }
      if (entry.ids().arxiv() == null
          && entry.ids().doi() == null
          && entry.ids().openreview() == null
          && entry.ids().acl() == null) {
        withoutId++;
      }
      for (String conflict : entry.conflicts()) {
        conflicts.add(entry.key() + ": " + conflict);
      }
    }
    return new BuildSummary(
        perSeed,
        records.size(),
        entries.size(),
        records.size() - entries.size(),
        fromTable,
        withoutId,
        conflicts);
  }

  /** The summary as log lines. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "papertrail catalog: "
            + records
            + " records from "
            + recordsPerSeed.size()
            + " seeds -> "
            + entries
            + " entries ("
            + merged
            + " records merged into others)");
    recordsPerSeed.forEach(
        (seed, count) -> lines.add(String.format("  %-28s %4d records", seed, count)));
    lines.add(
        "  arXiv ids from the table: "
            + idsFromTable
            + "; entries citable by key or URL only: "
            + withoutPublicId);
    lines.add("  conflicts flagged: " + conflicts.size());
    for (String conflict : conflicts) {
      lines.add("    " + conflict);
    }
    return lines;
  }
}
