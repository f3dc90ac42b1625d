package bench;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The identifier parser alone, in a new JVM, as a build meets it: {@code Identifier.parse} over every form
 * the generated module cites and a set of look-alikes. It uses only that public method, so it runs as well
 * against another build's jar ({@code --baseline}). The first pass is cold (class loading, static set-up,
 * the interpreter), which is most of what a build pays; the warm passes show the steady state.
 *
 * <p>Usage: {@code IdentifierBench FORMS_FILE WARM_PASSES}; prints {@code RESULT name=value} lines.
 */
public final class IdentifierBench {

  /** Rejected inputs, one per kind of reason, so that the error paths are timed too. */
  static final List<String> LOOK_ALIKES = List.of(
      "2106.09685.pdf", "2106.09685V2", "2106.09685v01", "/2106.09685", "2106.09685#section", "2106.9685",
      "0808.05394", "0703.1234", "2113.12345", "2106.00000", "HEP-TH/9901001", "hepth/9901001", "hep-th9901001",
      "math.gt/0309136", "foo/9901001", "hep-th/1601.07616", "hep-th/9012001", "arXiv2106.09685", " 2106.09685",
      "arxiv:hello", "arXiv:https://arxiv.org/abs/2106.09685", "10/gf4gqc", "10.1000", "10.abc/def", "10.1000/a b",
      "https://doi.org/10.1000%ZZabc", "10.48550/arXiv.hello", "10.18653/v1/P18-1", "openreview:abcdefgh",
      "openreview:~First_Last1", "0qSOodKmJaN", "P19-10001", "p18-1007", "acl:2021.acl-long.0353", "P18-1",
      "2022.acl", "https://arxiv.org/list/cs.CL/recent", "https://openreview.net/group?id=ICLR.cc/2024/Conference",
      "https://aclanthology.org/events/acl-2022/", "arxiv.org/abs/2106.09685", "isbn:9780262035613",
      "https://example.com/a b", "hu2021lora!", "12345");

  private IdentifierBench() {}

  public static void main(String[] args) throws Exception {
    List<String> inputs = new ArrayList<>(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
    int forms = inputs.size();
    inputs.addAll(LOOK_ALIKES);
    int warmPasses = Integer.parseInt(args[1]);

    long t0 = System.nanoTime();
    ParsedId first = Identifier.parse(inputs.get(0));
    long t1 = System.nanoTime();
    int valid = first.isValid() ? 1 : 0;
    for (int i = 1; i < inputs.size(); i++) {
      valid += Identifier.parse(inputs.get(i)).isValid() ? 1 : 0;
    }
    long t2 = System.nanoTime();

    double[] warm = new double[warmPasses];
    int sink = 0;
    for (int p = 0; p < warmPasses; p++) {
      long w0 = System.nanoTime();
      for (String input : inputs) {
        sink += Identifier.parse(input).isValid() ? 1 : 0;
      }
      warm[p] = (double) (System.nanoTime() - w0) / inputs.size();
    }
    result("inputs", inputs.size());
    result("forms", forms);
    result("valid", valid);
    result("firstParseMillis", (t1 - t0) / 1e6);
    result("coldPassMillis", (t2 - t0) / 1e6);
    if (warmPasses > 0) {
      Arrays.sort(warm);
      result("warmNanosPerParseMedian", warm[warmPasses / 2]);
    }
    result("sink", sink);
  }

  private static void result(String name, Object value) {
    System.out.println("RESULT " + name + "=" + value);
  }
}
