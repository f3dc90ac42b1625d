// migrate-layers: normalisation layers and tokenizers that cite papers through ACL Anthology,
// OpenReview, DOI and Hugging Face links, multi-line <a href><i>title</i></a> Javadoc, {@link} and
// @see, and comments in method bodies (main and test sources, package-info.java, one CRLF file).
// papertrail:migrate, first as a dry run into the default target/papertrail, proposes @Paper for
// each paper; papers in no catalog go to src/papers/migrated.bib (a folder it creates); a title no
// catalog holds is left for a person; links that are not papers are left alone. The dry run's patch
// applied with git to the untouched sources gives exactly what the apply run wrote, a second run
// has nothing to do, and the build with the printed configuration passes.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def file = { String path -> new File(basedir, path) }
def json = { String path ->
  assert file(path).isFile() : "$path was not written"
  new JsonSlurper().parse(file(path), 'UTF-8')
}
def show = { Object o -> JsonOutput.prettyPrint(JsonOutput.toJson(o)) }

// ---- the four runs' logs (build.log holds them one after the other)
def log = file('build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 4 : "expected 4 Maven runs in build.log, found ${runs.size()}"
def (dryLog, applyLog, secondLog, buildLog) = runs
runs.eachWithIndex { run, i -> assert run.contains('BUILD SUCCESS') : "run ${i + 1} failed" }
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'a stack trace in build.log'
assert !(log =~ /(?m)^(\[\w+\] )?(Caused by: )?[\w$.]+(Exception|Error)(: |$)/) : 'an exception in build.log'
assert !(dryLog + applyLog + secondLog).contains('[WARNING]') : 'migrate warned, but every file parses'
def summaryLine = { String run ->
  def m = run =~ /(?m)^\[INFO\] (papertrail: migrate.*)$/
  assert m.find() : "no 'papertrail: migrate' summary line in:\n$run"
  m.group(1)
}
println "dry run:    ${summaryLine(dryLog)}"
println "apply:      ${summaryLine(applyLog)}"
println "second run: ${summaryLine(secondLog)}"

// ---- what migrate proposes (the dry run's migrate.json, in the default output folder)
def dry = json('target/papertrail/migrate.json')
def main = 'src/main/java/com/acme/'
def test = 'src/test/java/com/acme/'
// element -> papers proposed for it
def expected = [
  'com.acme.nn.BatchNorm'                                       : ['1502.03167'],
  'com.acme.nn.DoraLinear'                                      : ['2402.09353'],
  'com.acme.nn.DoraLinear#rank'                                 : ['2106.09685'],
  'com.acme.nn.GroupNorm#GroupNorm(int,int,float)'              : ['10.1007/978-3-030-01261-8_1'],
  'com.acme.nn.LayerNorm'                                       : ['1607.06450'],
  'com.acme.nn.LayerNorm#forward(float[])'                      : ['1910.07467'],
  'com.acme.text'                                               : ['acl:P16-1162'],
  'com.acme.text.BpeTokenizer#encode(java.lang.String)'         : ['acl:D18-2012'],
  'com.acme.text.PromptTemplate'                                : ['2101.00190'],
  'com.acme.nn.BatchNormTest#normalisesEachFeatureOverTheBatch()': ['1502.03167'],
  'com.acme.text.BpeTokenizerTest#mergesLowestRankFirst()'      : ['acl:P16-1162'],
]
def actual = dry.annotations.groupBy { it.element }.collectEntries { e, as -> [(e): as*.paper] }
assert actual == expected : "annotations proposed:\n${show(dry.annotations)}"
dry.annotations.each { a ->
  assert a.resolvedBy == 'identifier' : "resolvedBy of ${show(a)}"
  assert file(a.file).isFile() : "annotation in a file that does not exist: ${a.file}"
  assert a.file.startsWith(a.element.contains('Test') ? test : main) : "file of ${show(a)}"
}
// seed papers, cited by their arXiv id whatever page the comment links (OpenReview, ACL Anthology, Hugging Face)
def seed = ['2402.09353': 'liu2024dora', '2106.09685': 'hu2021lora', '2101.00190': 'li2021prefix']
dry.annotations.each { a ->
  assert a.newEntry == !seed.containsKey(a.paper) : "newEntry of ${show(a)}"
  if (seed.containsKey(a.paper)) {
    assert a.key == seed[a.paper] : "key of ${show(a)}"
  }
}

// each new paper once (the tests cite two again, one with a version), with the title the comments
// give (over three // lines for SentencePiece), else the identifier as title
def newEntries = dry.newEntries.collectEntries { [(it.id): [it.key, it.title]] }
assert dry.newEntries.size() == newEntries.size() : "a paper is a new entry twice: ${show(dry.newEntries)}"
assert newEntries == [
  '1502.03167'                 : ['batchnormalization2015', 'Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift'],
  // the italic inside the link is the title, two capitalised words are enough
  '10.1007/978-3-030-01261-8_1': ['groupnormalization2018', 'Group Normalization'],
  // {@link … Layer Normalization}: the two-word label is the title
  '1607.06450'                 : ['layernormalization2016', 'Layer Normalization'],
  '1910.07467'                 : ['rootmean2019', 'Root Mean Square Layer Normalization'],
  'acl:D18-2012'               : ['sentencepiece2018', 'SentencePiece: A simple and language independent subword tokenizer and detokenizer for Neural Text Processing'],
  // a link text that names authors is no title, but gives the key its name and year
  'acl:P16-1162'               : ['sennrich2016', 'acl:P16-1162'],
] : "new entries: ${show(dry.newEntries)}"

assert dry.newEntries.findAll { !it.titleFound }*.key == ['sennrich2016'] : "untitled entries: ${show(dry.newEntries)}"
[dryLog, applyLog].each { run ->
  assert run.contains('papertrail: no comment gives the title of sennrich2016: their entries in src/papers/migrated.bib hold the identifier as title; write the real one there')
}

// for a person: a title no catalog holds, with no identifier (GPT-2's report)
assert dry.needsPerson.size() == 1 : "needs a person: ${show(dry.needsPerson)}"
def gpt2 = dry.needsPerson[0]
assert gpt2.file == main + 'text/BpeTokenizer.java' && gpt2.line == 10 && gpt2.element == 'com.acme.text.BpeTokenizer' : show(gpt2)
assert gpt2.text.contains('Radford, A.') && gpt2.reason.startsWith('no catalog entry has this title') : show(gpt2)

assert dry.skipped == [] : "skipped: ${show(dry.skipped)}"
assert dry.summary.subMap(['files', 'skippedFiles', 'references', 'annotations', 'newEntries',
    'needsPerson', 'alreadyCited', 'changedFiles']) == [files: 10, skippedFiles: 0, references: 12, annotations: 11,
                                                       newEntries: 6, needsPerson: 1, alreadyCited: 0, changedFiles: 9] :
    "summary: ${show(dry.summary)}"
assert dry.catalog == 'src/papers/migrated.bib'
def dryPatch = file('target/papertrail/migrate.patch').getText('UTF-8')
['pytorch.org', 'theaisummer', 'cs231n', 'github.com', 'cs224n', 'nlp-course', 'acme-ml.github.io'].each {
  assert !(dryPatch =~ /(?m)^\+.*@Paper.*\Q$it\E/) : "the patch cites $it"
}
// the pom does not name the generated catalog (the profile that does is off): migrate says what to add
def toAdd = ['papertrail: add the generated catalog src/papers/migrated.bib to the build',
             '  maven-compiler-plugin <compilerArgs>: <arg>-Apapertrail.catalogs=src/papers/migrated.bib</arg>',
             '  papertrail-maven-plugin <configuration>: <catalogs><catalog>src/papers/migrated.bib</catalog></catalogs>']
toAdd.each { line ->
  assert dryLog.contains(line) && applyLog.contains(line) : "not printed: '$line'"
  assert !secondLog.contains(line) : "printed by the second run, which adds no entry: '$line'"
}
assert dryLog.contains('papertrail: dry run, no file changed. Read target/papertrail/migrate.patch')
assert applyLog =~ /papertrail: applied: \d+ files changed, \d+ entries appended to src\/papers\/migrated\.bib/
assert secondLog.contains('papertrail: nothing to migrate: no @Paper to add; the references above that need a person are not migrated')
assert !file('target/pristine/src/papers').exists() : 'the project had no src/papers: migrate creates it'

// ---- the apply run applied exactly the dry run's patch, and wrote the catalog
def applied = json('target/applied/migrate.json')
assert applied.annotations == dry.annotations && applied.newEntries == dry.newEntries &&
    applied.needsPerson == dry.needsPerson && applied.summary == dry.summary :
    "the apply run did not do what the dry run proposed (did the dry run change something?):\n${show(applied)}"
assert file('target/applied/migrate.patch').bytes == file('target/papertrail/migrate.patch').bytes : 'the applied patch is not the dry run\'s'
def bib = file('src/papers/migrated.bib').getText('UTF-8')
dry.newEntries.each { e ->
  assert bib.contains("{${e.key},") : "migrated.bib lacks ${e.key}:\n$bib"
  if (e.title) {
    assert bib.contains(e.title) : "migrated.bib lacks the title '${e.title}':\n$bib"
  }
}
assert bib =~ /(?s)@misc\{sennrich2016,.*title = \{\{acl:P16-1162\}\}.*write it in the title field/ : "the untitled entry's note:\n$bib"
assert !bib.contains('2106.09685') && !bib.contains('3d5CIRG1n2') && !bib.contains('2021.acl-long.353') : "migrated.bib copies a seed paper:\n$bib"

// ---- git apply of the dry-run patch onto the untouched copy gives the applied sources, byte for byte,
// and an edited file keeps its permissions
def common = evaluate(new File(itScripts, 'migrate.groovy'))
common.patchGivesSources(basedir, file('target/papertrail/migrate.patch'))

// ---- the CRLF file got CRLF lines and only CRLF lines
def layerNorm = file(main + 'nn/LayerNorm.java').getText('UTF-8')
assert layerNorm.contains('@Paper("1607.06450")\r\n') && layerNorm.contains('@Paper("1910.07467")\r\n') && layerNorm.contains('import io.github.papertrail.Paper;\r\n') : layerNorm
assert !(layerNorm =~ /(?<!\r)\n/) : 'LayerNorm.java has a line ending without CR after migrate'
assert !(layerNorm =~ /\r(?!\n)/)

// ---- the second run has nothing left to do
def second = json('target/second/migrate.json')
assert second.annotations == [] && second.newEntries == [] : "the second run proposes:\n${show(second)}"
assert second.summary.annotations == 0 && second.summary.newEntries == 0
assert second.summary.alreadyCited == dry.summary.annotations : "second summary: ${show(second.summary)}"
// the same references still need a person (their lines moved down by the lines the apply run added)
def who = { it.collect { n -> [n.file, n.element, n.text, n.reason] } }
assert who(second.needsPerson) == who(dry.needsPerson) : "needs a person, second run: ${show(second.needsPerson)}"
def secondPatch = file('target/second/migrate.patch')
assert !secondPatch.exists() || secondPatch.length() == 0 : "the second run's patch:\n${secondPatch.text}"

// ---- the build with the printed configuration: processor, check and report
assert !buildLog.contains('[PaperUnknownId]') && !buildLog.contains('[PaperOptions]') : 'a citation or catalog problem'
assert buildLog.contains('papertrail: 9 citations checked, 0 problems, 0 failing the build') : 'check did not pass cleanly'
// and the drift check finds every Javadoc link cited
def uncited = (buildLog =~ /\[WARNING\] (\S+) \(\S+\): \[PaperUncitedMention\]/).collect { it[1] }
assert uncited == [] && !buildLog.contains('[PaperUncitedMention]') : "[PaperUncitedMention] from check on $uncited"

assert buildLog =~ /Tests run: 3, Failures: 0, Errors: 0/ : 'the tests did not run'
def refs = json('target/papertrail/references.json')
expected.findAll { e, p -> !e.contains('Test') }.each { element, papers ->
  papers.each { p ->
    def paper = refs.papers.find { it.citations.any { c -> c.element == element && c.id == p } }
    assert paper != null : "references.json has no citation of $p by $element: ${show(refs.papers.collect { [it.key, it.citations*.element] })}"
  }
}
assert refs.papers.find { it.key == 'hu2021lora' }?.citations*.element == ['com.acme.nn.DoraLinear#rank']
println "migrate-layers: ${dry.annotations.size()} annotations, ${dry.newEntries.size()} new entries, patch applied by git identical"
