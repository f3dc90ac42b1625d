package io.github.papertrail.agent;

import java.util.ArrayList;
import java.util.List;

/**
 * The agent's options, the text after {@code =} in {@code
 * -javaagent:papertrail-agent.jar=out=target/papers-used.json,catalogs=team.json,refs.bib}: {@code
 * key=value} items separated by commas; an item without {@code =} continues the list of the option
 * before it, so {@code catalogs=a.bib,b.json} names two catalogs ({@code ;} separates them too).
 * Bad options never stop the program: each is a line in {@link #problems()} and is ignored.
 *
 * @param out the JSON file to write at exit (BibTeX beside it, {@code .bib}), null for none
 * @param catalogs catalog files as users write them ({@code refs.bib}, {@code bibtex:refs.txt}),
 *     relative to the working directory, read after the bundled catalog
 * @param problems one message per ignored option, saying what to write instead
 */
record AgentOptions(String out, List<String> catalogs, List<String> problems) {

  static final List<String> ACCEPTED = List.of("out", "catalogs");

  AgentOptions {
    catalogs = List.copyOf(catalogs);
    problems = List.copyOf(problems);
  }

  static AgentOptions parse(String text) {
    String out = null;
    List<String> catalogs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String last = null;
    for (String item : text == null ? new String[0] : text.split(",")) {
      item = item.strip();
      if (item.isEmpty()) {
        continue;
      }
      int equals = item.indexOf('=');
      String key = equals < 0 ? last : item.substring(0, equals).strip();
      String value = equals < 0 ? item : item.substring(equals + 1).strip();
      if (key == null) {
        problems.add(
            "option '" + item + "' has no name: write " + String.join("=…, ", ACCEPTED) + "=…");
        continue;
      }
      last = key;
      switch (key) {
        case "out" -> {
          if (equals < 0 || value.isEmpty() || out != null) {
            problems.add(
                "option out takes one file, as in out=target/papers-used.json; ignored '"
                    + item
                    + "'");
          } else {
            out = value;
          }
        }
        case "catalogs" -> {
          for (String catalog : value.split(";")) {
            if (!catalog.isBlank()) {
              catalogs.add(catalog.strip());
            }
          }
        }
        default -> {
          problems.add(
              "unknown option '"
                  + key
                  + "' (accepted: "
                  + String.join(", ", ACCEPTED)
                  + "); ignored");
          last = null;
        }
      }
    }
    return new AgentOptions(out, catalogs, problems);
  }
}
