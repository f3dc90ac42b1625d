package io.github.papertrail.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CitationTransformerTest {

  @BeforeEach
  void forget() {
    Recorder.clear();
  }

  private static Map<String, PaperUse> used() {
    return PapersUsed.snapshot().stream()
        .collect(Collectors.toMap(PaperUse::paper, Function.identity()));
  }

  @Test
  void nothingIsListedBeforeTheClassIsInitialised() throws Exception {
    Class.forName("fixture.Pipeline", false, new Instrumented("fixture.Pipeline"));

    assertEquals(List.of(), PapersUsed.snapshot());
  }

  @Test
  void aTypeIsRecordedAtInitialisationAndACalledMethodOnceHowEverOftenItRuns() throws Exception {
    Class<?> pipeline = new Instrumented("fixture.Pipeline").loadClass("fixture.Pipeline");
    Object instance = pipeline.getConstructor(int.class).newInstance(3);
    Method merge = pipeline.getMethod("merge", int.class);
    for (int i = 0; i < 1000; i++) {
      assertEquals(6, merge.invoke(instance, 2));
    }

    List<PaperUse> papers = PapersUsed.snapshot();
    assertEquals(
        List.of("1706.03762", "2106.09685", "1412.6980"),
        papers.stream().map(PaperUse::paper).toList());
    PaperUse type = papers.get(0);
    assertEquals(
        List.of(new UsedElement("fixture.Pipeline", "type", "IMPLEMENTS", "3.2", "", 1)),
        type.elements());
    PaperUse lora = papers.get(1);
    assertEquals(
        List.of(
            new UsedElement(
                "fixture.Pipeline#Pipeline(int)", "constructor", "IMPLEMENTS", "", "", 2),
            new UsedElement("fixture.Pipeline#merge(int)", "method", "USES", "", "merge step", 3)),
        lora.elements());
    assertEquals(2, lora.distinctElements());
    assertEquals(2, lora.firstUse());
    assertEquals(1, papers.get(2).distinctElements());
  }

  @Test
  void aMethodThatIsNotCalledIsNotListed() throws Exception {
    Class<?> pipeline = new Instrumented("fixture.Pipeline").loadClass("fixture.Pipeline");
    pipeline.getConstructor().newInstance();

    Map<String, PaperUse> used = used();
    assertTrue(used.containsKey("2106.09685"), used.keySet().toString());
    assertNull(used.get("2305.14314"), "neverCalled did not run");
    assertNull(used.get("1412.6980"), "merge did not run");
  }

  @Test
  void aStaticMethodWithArrayParametersAndANestedTypeAreNamedAsTheIndexNamesThem()
      throws Exception {
    Instrumented loader = new Instrumented("fixture.Pipeline", "fixture.Pipeline$Inner");
    loader
        .loadClass("fixture.Pipeline")
        .getMethod("neverCalled", long.class, String[].class)
        .invoke(null, 1L, new String[0]);
    Class<?> inner = loader.loadClass("fixture.Pipeline$Inner");
    inner.getMethod("name", List.class).invoke(inner.getConstructor().newInstance(), List.of("a"));

    Map<String, PaperUse> used = used();
    assertEquals(
        "fixture.Pipeline#neverCalled(long,java.lang.String[])",
        used.get("2305.14314").elements().get(0).element());
    assertEquals(
        "fixture.Pipeline.Inner#name(java.util.List)",
        used.get("1810.04805").elements().get(0).element());
  }

  @Test
  void interfaceMethodsAreRecordedOnceThoughTheyCallTheRecorderEachTime() throws Exception {
    Class<?> scorer = new Instrumented("fixture.Scorer").loadClass("fixture.Scorer");
    Object plain = scorer.getMethod("plain").invoke(null);
    Method score = scorer.getMethod("score", double.class);
    for (int i = 0; i < 1000; i++) {
      score.invoke(plain, 1.0);
    }

    List<PaperUse> papers = PapersUsed.snapshot();
    assertEquals(List.of("2010.11929", "1312.6114"), papers.stream().map(PaperUse::paper).toList());
    assertEquals(1, papers.get(1).distinctElements());
    assertEquals("fixture.Scorer#score(double)", papers.get(1).elements().get(0).element());
  }

  @Test
  void aClassWithoutCitationsIsNotRewritten() {
    assertNull(CitationTransformer.instrument(Instrumented.bytes("fixture.Plain")));
    assertTrue(AnnotatedClass.mayCite(Instrumented.bytes("fixture.Scorer")));
  }

  @Test
  void theTransformerLeavesJdkAndAgentClassesAlone() {
    CitationTransformer transformer = new CitationTransformer();
    byte[] bytes = Instrumented.bytes("fixture.Pipeline");
    ClassLoader loader = getClass().getClassLoader();

    assertNull(transformer.transform(loader, "java/util/Fake", null, null, bytes));
    assertNull(transformer.transform(loader, "io/github/papertrail/agent/Fake", null, null, bytes));
    assertNull(transformer.transform(null, "fixture/Pipeline", null, null, bytes));
    assertTrue(transformer.transform(loader, "fixture/Pipeline", null, null, bytes).length > 0);
  }

  @Test
  void anExistingStaticInitialiserReportsFirstAndStillRunsWhole() throws Exception {
    Class<?> settings = new Instrumented("fixture.Settings").loadClass("fixture.Settings");

    assertEquals(List.of("FAST", "SLOW"), settings.getField("NAMES").get(null));
    List<PaperUse> papers = PapersUsed.snapshot();
    assertEquals(1, papers.size());
    assertEquals("2305.18290", papers.get(0).paper());
    assertEquals("Direct Preference Optimization", papers.get(0).title());
    assertEquals("fixture.Settings", papers.get(0).elements().get(0).element());
  }
}
