package demo;

import io.github.papertrail.Paper;
import java.util.function.IntSupplier;

/**
 * The IT's plugin, loaded by {@link Trainer} through its own class loaders from a folder that is
 * not on the class path.
 */
@Paper("2302.13971")
public final class Plugin implements IntSupplier {

  @Override
  @Paper("2307.09288")
  public int getAsInt() {
    return 7;
  }
}
