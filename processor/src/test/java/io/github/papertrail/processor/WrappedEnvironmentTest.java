package io.github.papertrail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.github.papertrail.index.IndexedCitation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * The processor behind a wrapped processing environment, as IntelliJ (a {@link Proxy}) and Gradle
 * (a delegating class) run it: the index still has every source and line.
 */
class WrappedEnvironmentTest {

  /** IntelliJ's shape: a proxy whose handler holds javac's environment. */
  private static final class Handler implements InvocationHandler {
    private final ProcessingEnvironment delegate;

    Handler(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(delegate, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  /** Runs PaperProcessor, handing it a proxy of the environment javac gives. */
  private static final class Wrapping extends AbstractProcessor {
    private final PaperProcessor inner = new PaperProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      inner.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  new Handler(env)));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return inner.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return inner.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return inner.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return inner.process(annotations, round);
    }
  }

  @Test
  void behindAProxyTheIndexKeepsSourcesAndLines() throws Exception {
    Compilation compilation =
        javac()
            .withProcessors(new Wrapping())
            .withOptions("-Apapertrail.unknown=warning")
            .compile(PaperProcessorTest.LORA);
    assertThat(compilation).succeeded();
    List<IndexedCitation> index = PaperProcessorTest.index(compilation);
    IndexedCitation field =
        index.stream()
            .filter(c -> c.element().equals("com.acme.Lora#rank"))
            .findFirst()
            .orElseThrow();
    assertEquals("com/acme/Lora.java", field.source());
    assertEquals(8, field.line());
  }

  @Test
  void aProxyOfAProxyIsUnwrappedToo() {
    ProcessingEnvironment fake =
        (ProcessingEnvironment)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> null);
    assertEquals(null, JavacEnvironment.trees(fake), "no javac inside: no trees, no failure");
  }
}
