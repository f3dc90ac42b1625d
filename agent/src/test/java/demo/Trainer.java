package demo;

import io.github.papertrail.Paper;

/**
 * The IT's small program: {@code lora} fine-tunes with LoRA, anything else with full Adam; the
 * agent must list only the papers of the path taken.
 */
public final class Trainer {

  private Trainer() {}

  public static void main(String[] args) {
    double loss = 1;
    for (int step = 0; step < 100; step++) {
      loss = args.length > 0 && args[0].equals("lora") ? Lora.step(loss) : Adam.step(loss);
    }
    System.out.println("loss " + loss);
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
