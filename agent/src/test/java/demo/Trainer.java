package demo;

import io.github.papertrail.Paper;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * The IT's small program: {@code lora} fine-tunes with LoRA, anything else with full Adam; the
 * agent must list only the papers of the path taken.
 */
public final class Trainer {

  private Trainer() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("plugins")) {
      plugins(Path.of(args[1]));
      return;
    }
    double loss = 1;
    for (int step = 0; step < 100; step++) {
      loss = args.length > 0 && args[0].equals("lora") ? Lora.step(loss) : Adam.step(loss);
    }
    System.out.println("loss " + loss);
  }

  /**
   * Runs {@link Plugin} from a folder through a loader whose parent is the application loader, then
   * through a parent-less one, which cannot see the agent's recorder.
   */
  private static void plugins(Path folder) throws Exception {
    URL[] urls = {folder.toUri().toURL()};
    for (ClassLoader parent : new ClassLoader[] {ClassLoader.getSystemClassLoader(), null}) {
      try (URLClassLoader loader = new URLClassLoader(urls, parent)) {
        Object plugin = loader.loadClass("demo.Plugin").getConstructor().newInstance();
        System.out.println("plugin " + ((IntSupplier) plugin).getAsInt());
      }
    }
  }

  /** Cited at the type: recorded when first initialised. */
  @Paper("2106.09685")
  static final class Lora {
    static double step(double loss) {
      return Attention.scale(loss) * 0.9;
    }
  }

  static final class Adam {
    @Paper("1412.6980")
    static double step(double loss) {
      return loss * 0.99;
    }
  }

  static final class Attention {
    @Paper(value = "1706.03762", section = "3.2.1")
    static double scale(double loss) {
      return loss / Math.sqrt(1);
    }
  }
}
