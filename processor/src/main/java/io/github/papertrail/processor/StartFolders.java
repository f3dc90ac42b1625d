package io.github.papertrail.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.FileObject;

/**
 * Where a compilation starts looking for its module folder, where relative catalog paths start
 * ({@link io.github.papertrail.config.ModuleFolder}): the class output folder, then the folder of
 * the first compiled source file. Each is null when the compiler keeps it off the default file
 * system (an in-memory file manager).
 */
final class StartFolders {

  private StartFolders() {}

  /** The class output folder, then the first root element's source folder. */
  static List<Path> of(Path classOutput, Trees trees, Iterable<? extends Element> roots) {
    Path source = null;
    if (trees != null) {
      for (Element root : roots) {
        TreePath path = trees.getPath(root);
        source = path == null ? null : folderOf(path.getCompilationUnit().getSourceFile());
        if (source != null) {
          break;
        }
      }
    }
    return Arrays.asList(classOutput, source);
  }

  /** The folder of a file on the default file system, else null. */
  static Path folderOf(FileObject file) {
    try {
      return file != null && "file".equals(file.toUri().getScheme())
          ? Path.of(file.toUri()).getParent()
          : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }
}
