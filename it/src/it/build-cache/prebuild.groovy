// build-cache: b/ is a/ moved (the same files in another folder); c/ is a/ with the catalog's title edited; r/ is a
// reactor whose module app/ is a/ without the build cache (no .mvn), to be built from r/.
import java.nio.file.Files
import java.nio.file.Path

def copy(Path from, Path to, boolean withMvn) {
  Files.walk(from).withCloseable { files ->
    files.sorted().each { file ->
      String relative = from.relativize(file).toString()
      if (!withMvn && relative.startsWith('.mvn')) {
        return
      }
      Path target = to.resolve(relative)
      if (Files.isDirectory(file)) {
        Files.createDirectories(target)
      } else {
        Files.copy(file, target)
      }
    }
  }
}

Path root = basedir.toPath()
Path a = root.resolve('a')
copy(a, root.resolve('b'), true)
copy(a, root.resolve('c'), true)
Path catalog = root.resolve('c/src/papers/team.bib')
String text = Files.readString(catalog)
assert text.contains('Widgets for sparse adapters')
Files.writeString(catalog, text.replace('Widgets for sparse adapters', 'Widgets for dense adapters'))
copy(a, root.resolve('r/app'), false)
Files.writeString(root.resolve('r/pom.xml'), '''<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>reactor</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>app</module>
  </modules>
</project>
''')
return true // the invoker takes any other last value for a failure
