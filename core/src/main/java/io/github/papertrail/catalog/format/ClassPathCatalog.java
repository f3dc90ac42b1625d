package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.Catalog;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Objects;

/**
 * A catalog found on a class path: the {@link io.github.papertrail.catalog.Catalog#RESOURCE} inside
 * a catalog jar (or a folder, as an IDE's module output).
 *
 * @param url where the catalog JSON is
 */
public record ClassPathCatalog(URL url) {

  public ClassPathCatalog {
    Objects.requireNonNull(url, "url");
  }

  /**
   * The jar's file name ({@code team-papers-1.0.jar}), as sources and keys name it; for a folder,
   * the folder's name.
   */
  public String name() {
    String path;
    try {
      path = url.toURI().getSchemeSpecificPart(); // decoded: a space is a space
    } catch (URISyntaxException e) {
      path = url.getPath();
    }
    int bang = path.indexOf("!/");
    String container = bang >= 0 ? path.substring(0, bang) : path;
    if (bang < 0 && container.endsWith(Catalog.RESOURCE)) {
      container = container.substring(0, container.length() - Catalog.RESOURCE.length());
    }
    while (container.endsWith("/")) {
      container = container.substring(0, container.length() - 1);
    }
    return container.substring(container.lastIndexOf('/') + 1);
  }

  /** {@code team-papers-1.0.jar!/META-INF/papertrail/catalog.json}, for messages. */
  @Override
  public String toString() {
    return name() + "!/" + Catalog.RESOURCE;
  }
}
