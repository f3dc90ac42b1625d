// build-cache: with a relative catalog path, the moved copy b/ is restored from the Maven Build Cache Extension's
// cache with the same index and reports as a/; the edited catalog of c/ is an input, so c/ is built again.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains("Apache Maven ${expectedMaven} ") : "build.log does not show Apache Maven ${expectedMaven}"
// one part per invocation: a/, b/, c/, r/
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 4 : "expected four builds in build.log, found ${runs.size()}"
def (a, b, c, r) = runs.toList()

def checksum = { String run ->
  def m = run =~ /XX checksum \[([0-9a-f]+)\]/
  assert m.find() : 'no checksum in the build: ' + run.readLines().take(20)
  m.group(1)
}
assert a.contains('Local build was not found by checksum') && a.contains('Compiling 1 source file')
assert !a.contains('[PaperOptions]') : 'the relative catalog path warned in a/'
assert b.contains("Found cached build, restoring com.acme:build-cache from cache by checksum ${checksum(a)}") :
    'b/ (a/ moved) was not restored from the cache: ' + b.readLines().findAll { it.contains('checksum') }
assert b.contains('Skipping plugin execution (cached): compiler:compile') && !b.contains('Compiling') :
    'b/ compiled again'
// aggregate after the restore reads the module's jar, the only thing restored
assert b.contains('papertrail: 1 citations of 1 papers in 1 modules') : 'aggregate did not read the restored jar'
def aggregated = new groovy.json.JsonSlurper().parse(new File(basedir, 'b/target/aggregate/references.json'))
assert aggregated.classes.collect { "${it.module} ${it['class']}" } == ['build-cache com.acme.Widget']
assert checksum(c) != checksum(a) : 'the edited catalog did not change the checksum'
assert c.contains('Local build was not found by checksum') && c.contains('Compiling 1 source file') :
    'c/ (catalog edited) was not built again'

def entry = { String module ->
  new ZipFile(new File(basedir, "$module/target/build-cache-1.0.jar")).withCloseable { zip ->
    zip.getInputStream(zip.getEntry('META-INF/papertrail/citations.json')).bytes
  }
}
def index = new File(basedir, 'a/target/classes/META-INF/papertrail/citations.json').bytes
assert entry('a') == index && entry('b') == index : 'the restored jar has another citations.json'
assert !new File(basedir, 'b/target/classes').exists() : 'b/ has target/classes: it was not a restore'
['references.html', 'references.md', 'references.json', 'references.bib'].each { name ->
  def made = new File(basedir, "a/target/papertrail/$name")
  def restored = new File(basedir, "b/target/papertrail/$name")
  assert restored.isFile() : "b/target/papertrail/$name was not restored"
  assert restored.bytes == made.bytes : "b/target/papertrail/$name differs from a/'s"
}
assert new File(basedir, 'a/target/papertrail/references.html').text.contains('Widgets for sparse adapters')
def edited = new File(basedir, 'c/target/papertrail/references.html').text
assert edited.contains('Widgets for dense adapters') && !edited.contains('sparse') : 'c/ shows the old title'

// from the reactor's root, app/'s relative catalog path still starts at app/, the module folder
assert !r.contains('[PaperOptions]') && !r.contains('[PaperUnknownId]') : 'r/ did not find app/src/papers/team.bib'
assert new File(basedir, 'r/app/target/papertrail/references.html').text.contains('Widgets for sparse adapters')
