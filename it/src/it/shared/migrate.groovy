// What the migrate-* ITs' scripts share, evaluated by them (itScripts, set in it/pom.xml, is this
// folder): copying a source tree, and checking that the dry run's patch, applied with git to the
// untouched copy, gives the applied sources byte for byte.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def copyTree = { File fromDir, File toDir ->
  def from = fromDir.toPath()
  def to = toDir.toPath()
  Files.walk(from).withCloseable { paths ->
    paths.each { p ->
      def q = to.resolve(from.relativize(p).toString())
      if (Files.isDirectory(p)) {
        Files.createDirectories(q)
      } else {
        Files.copy(p, q, StandardCopyOption.COPY_ATTRIBUTES)
      }
    }
  }
}

def tree = { File root ->
  def files = [:]
  root.eachFileRecurse(groovy.io.FileType.FILES) { f -> files[root.toPath().relativize(f.toPath()).toString()] = f }
  files
}

// project: the IT's folder, with target/pristine/src (the untouched sources) and src (applied)
def patchGivesSources = { File project, File patch ->
  // into a copy of the untouched sources, so that the pristine copy stays as it was
  def patchedDir = new File(project, 'target/patched')
  patchedDir.deleteDir()
  copyTree(new File(project, 'target/pristine'), patchedDir)
  def git = { List<String> args ->
    // the copy lies in a subfolder of the build's own checkout, as a module lies in its repository:
    // the patch must apply there too (a `diff --git` patch would be skipped without a word)
    def p = new ProcessBuilder(['git'] + args).directory(patchedDir).redirectErrorStream(true).start()
    def out = p.inputStream.getText('UTF-8')
    [p.waitFor(), out]
  }
  def (checkCode, checkOut) = git(['apply', '--check', '--verbose', patch.absolutePath])
  assert checkCode == 0 : "git apply --check of the dry-run patch failed:\n$checkOut"
  def (applyCode, applyOut) = git(['apply', '--verbose', patch.absolutePath])
  assert applyCode == 0 && !applyOut.contains("Skipped patch") : "git apply failed:\n$applyOut"
  def patched = tree(new File(patchedDir, 'src'))
  def sources = tree(new File(project, 'src'))
  assert patched.keySet() == sources.keySet() : "files: patched copy ${patched.keySet() - sources.keySet()}, sources ${sources.keySet() - patched.keySet()}"
  sources.each { path, f ->
    assert f.bytes == patched[path].bytes : "src/$path differs from the dry-run patch applied to the untouched copy"
  }
  // and an edited file keeps its permissions (the pristine copy kept the originals')
  if (project.toPath().fileSystem.supportedFileAttributeViews().contains('posix')) {
    def perms = { File f -> Files.getPosixFilePermissions(f.toPath()) }
    tree(new File(project, 'target/pristine/src')).each { path, f ->
      assert perms(sources[path]) == perms(f) : "src/$path: permissions ${perms(f)} became ${perms(sources[path])}"
    }
  }
}

return [copyTree: copyTree, tree: tree, patchGivesSources: patchGivesSources]
