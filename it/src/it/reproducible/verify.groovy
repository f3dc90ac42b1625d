// reproducible: the two builds (-T 1 and -T 2) wrote the same bytes, file by file.
def modules = ['core', 'optim', 'align', 'eval']
def compared = []
def same = { String a, String b ->
  def first = new File(basedir, a)
  def second = new File(basedir, b)
  assert first.isFile() : "$a was not written"
  assert second.isFile() : "$b was not written"
  assert first.bytes == second.bytes : "$a and $b differ"
  compared << a
}
modules.each { m ->
  same("$m/build1/classes/META-INF/papertrail/citations.json", "$m/build2/classes/META-INF/papertrail/citations.json")
  ['html', 'md', 'json', 'bib'].each { ext ->
    same("$m/build1/papertrail/references.$ext", "$m/build2/papertrail/references.$ext")
  }
  same("$m/build1/${m}-1.0.jar", "$m/build2/${m}-1.0.jar")
  same("$m/build1/papertrail/papertrail.sarif", "$m/build2/papertrail/papertrail.sarif")
}
['html', 'md', 'json', 'bib'].each { ext ->
  same("build1/papertrail/references.$ext", "build2/papertrail/references.$ext")
}
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'build2/papertrail/references.json'))
assert json.summary.modules == ['align', 'core', 'eval', 'optim'] : "the -T 2 aggregate lists modules ${json.summary.modules}"
assert json.summary.citations == 8 : "the -T 2 aggregate has ${json.summary.citations} citations, not 8"
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') : 'the second build did not run on two threads'
println "reproducible: ${compared.size()} files identical across the two builds"
