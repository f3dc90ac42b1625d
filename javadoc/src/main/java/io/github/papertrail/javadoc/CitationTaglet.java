package io.github.papertrail.javadoc;

import java.util.EnumSet;
import java.util.Set;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Taglet;

/** What both taglets share: a name, inline or not, where allowed, and javadoc's reporter. */
abstract class CitationTaglet implements Taglet {

  private final String name;
  private final boolean inline;
  private final Set<Location> locations;

  /** Until javadoc calls {@link #init}: problems go to the diagnostic stream. */
  TagletReporter reporter = new TagletReporter(null, null);

  CitationTaglet(String name, boolean inline, Set<Location> locations) {
    this.name = name;
    this.inline = inline;
    this.locations = EnumSet.copyOf(locations);
  }

  @Override
  public final void init(DocletEnvironment env, Doclet doclet) {
    reporter = new TagletReporter(env, doclet);
  }

  @Override
  public final Set<Location> getAllowedLocations() {
    return EnumSet.copyOf(locations);
  }

  @Override
  public final boolean isInlineTag() {
    return inline;
  }

  @Override
  public final String getName() {
    return name;
  }
}
