// Before the first run: Sgd.java gets CRLF line endings (it is kept with LF in git, so that no
// checkout setting can change what the test sees), then the sources are copied, as they are, to
// target/pristine/src: verify.groovy applies the dry run's patch to that copy.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def crlf = new File(basedir, 'src/main/java/com/acme/optim/Sgd.java')
crlf.setBytes(crlf.getText('UTF-8').replace('\r\n', '\n').replace('\n', '\r\n').getBytes('UTF-8'))

def from = new File(basedir, 'src').toPath()
def to = new File(basedir, 'target/pristine/src').toPath()
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
return true
