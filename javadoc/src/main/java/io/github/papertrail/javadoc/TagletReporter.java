package io.github.papertrail.javadoc;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.util.DocTreePath;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;
import jdk.javadoc.doclet.StandardDoclet;

/**
 * Reports a taglet's problems through javadoc's own {@link Reporter}, at the tag's place: the
 * standard doclet (JDK 17+) gives its reporter ({@link StandardDoclet#getReporter()}), and the tag
 * is found again in its element's doc comment, so javadoc prints {@code Lora.java:12: error: …} and
 * counts the error (javadoc then fails). Under another doclet, or when the tag cannot be found
 * again, it reports on the element, else on javadoc's diagnostic stream.
 */
final class TagletReporter {

  private final Reporter reporter;
  private final DocTrees trees;
  private final Set<String> reported = new HashSet<>();

  TagletReporter(DocletEnvironment env, Doclet doclet) {
    this.reporter = doclet instanceof StandardDoclet standard ? standard.getReporter() : null;
    this.trees = env == null ? null : env.getDocTrees();
  }

  void error(Element element, DocTree tag, String message) {
    print(Diagnostic.Kind.ERROR, element, tag, message);
  }

  void warning(Element element, DocTree tag, String message) {
    print(Diagnostic.Kind.WARNING, element, tag, message);
  }

  /** Once per message and place: javadoc may render a comment more than once (summaries). */
  void print(Diagnostic.Kind kind, Element element, DocTree tag, String message) {
    DocTreePath path = path(element, tag);
    String key = kind + "\0" + element + "\0" + message;
    if (!reported.add(key)) {
      return;
    }
    if (reporter == null) {
      System.err.println("papertrail: " + kind.name().toLowerCase(Locale.ROOT) + ": " + message);
    } else if (path != null) {
      reporter.print(kind, path, message);
    } else if (element != null) {
      reporter.print(kind, element, message);
    } else {
      reporter.print(kind, message);
    }
  }

  /** Reports a problem that has no place (the catalogs), once. */
  void error(String message) {
    if (reported.add("\0" + message)) {
      if (reporter == null) {
        System.err.println("papertrail: error: " + message);
      } else {
        reporter.print(Diagnostic.Kind.ERROR, message);
      }
    }
  }

  private DocTreePath path(Element element, DocTree tag) {
    if (trees == null || element == null || tag == null) {
      return null;
    }
    TreePath tree = trees.getPath(element);
    DocCommentTree comment = trees.getDocCommentTree(element);
    if (tree == null || comment == null) {
      return null;
    }
    return DocTreePath.getPath(tree, comment, tag);
  }
}
