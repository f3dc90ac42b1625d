// migrate-optimizers: papertrail:migrate finds the papers an optimizer library cites in Javadoc and
// comments (every style: <pre> reference blocks, links with and without titles, bare URLs, DOI,
// OpenReview and Hugging Face pages, titles with no identifier, comments in method bodies, main and
// test sources, package-info.java), proposes @Paper for each, writes the new papers to
// src/papers/migrated.bib, and leaves alone what is not a paper, what is already cited, and the file
// that does not parse. The dry run changes nothing and its patch, applied with git to the untouched
// sources, gives exactly what the apply run wrote; a second run has nothing to do; the build with
// the configuration migrate printed passes.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.nio.file.Files

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
def summaryLine = { String run ->
  def m = run =~ /(?m)^\[INFO\] (papertrail: migrate.*)$/
  assert m.find() : "no 'papertrail: migrate' summary line in:\n$run"
  m.group(1)
}
println "dry run:    ${summaryLine(dryLog)}"
println "apply:      ${summaryLine(applyLog)}"
println "second run: ${summaryLine(secondLog)}"

// ---- what migrate proposes (the dry run's migrate.json)
def dry = json('target/dry/migrate.json')
def main = 'src/main/java/com/acme/optim/'
def test = 'src/test/java/com/acme/optim/'
// element -> papers proposed for it, in the order of the file
def expected = [
  'com.acme.optim'                                              : ['openreview:RveSp5oESA'],
  'com.acme.optim.Adadelta'                                     : ['1212.5701'],
  'com.acme.optim.AdamW'                                        : ['1711.05101', '1412.6980'],
  'com.acme.optim.GaLoreProjector'                              : ['2106.09685'],
  'com.acme.optim.Sgd'                                          : ['10.1214/aoms/1177729586'],
  'com.acme.optim.Sgd#momentum'                                 : ['http://proceedings.mlr.press/v28/sutskever13.pdf'],
  'com.acme.optim.init.Initializers#heNormal(int,int,java.util.Random)'     : ['10.1109/iccv.2015.123'],
  'com.acme.optim.init.Initializers#glorotUniform(int,int,java.util.Random)': ['glorot2010understanding'],
  'com.acme.optim.schedule.PowerSchedule'                       : ['2408.13359'],
  'com.acme.optim.schedule.WarmupCosine'                        : ['1608.03983'],
  'com.acme.optim.schedule.WarmupCosine#lr(int)'                : ['1706.02677'], // named twice in the body, proposed once
  'com.acme.optim.AdamWTest#decaysWeightsEvenWithZeroGradient()': ['1711.05101'],
  'com.acme.optim.schedule.WarmupCosineTest'                    : ['1608.03983'],
]
def actual = dry.annotations.groupBy { it.element }.collectEntries { e, as -> [(e): as*.paper] }
assert actual == expected : "annotations proposed:\n${show(dry.annotations)}"
// the title alone (Robbins and Monro; Power scheduler), or a link with no identifier and the title
// of a team.bib entry (Glorot and Bengio's PMLR paper)
def byTitle = ['com.acme.optim.Sgd', 'com.acme.optim.schedule.PowerSchedule',
               'com.acme.optim.init.Initializers#glorotUniform(int,int,java.util.Random)']
dry.annotations.each { a ->
  assert a.resolvedBy == (a.element in byTitle ? 'title' : 'identifier') : "resolvedBy of ${show(a)}"
  assert file(a.file).isFile() : "annotation in a file that does not exist: ${a.file}"
  assert a.file.startsWith(a.element.contains('Test') ? test : main) : "file of ${show(a)}"
}
assert dry.annotations.find { it.element == 'com.acme.optim.Sgd' }.key == 'robbins1951stochastic'
def seed = ['openreview:RveSp5oESA', '2106.09685', '2408.13359', '10.1214/aoms/1177729586', 'glorot2010understanding']
dry.annotations.each { a -> assert a.newEntry == !(a.paper in seed) : "newEntry of ${show(a)}" }

// each new paper once (the tests cite two of them again), with the title and key the comments give;
// Zeiler's, a bare arXiv PDF link in a sentence, has no title anywhere: the identifier stands for it
def newEntries = dry.newEntries.collectEntries { [(it.id): [it.key, it.title]] }
assert dry.newEntries.size() == newEntries.size() : "a paper is a new entry twice: ${show(dry.newEntries)}"
assert newEntries == [
  '1212.5701'            : ['zeiler2012', 'arXiv:1212.5701'],
  '1711.05101'           : ['loshchilov2017decoupled', 'Decoupled Weight Decay Regularization'],
  '1412.6980'            : ['adam2014', 'Adam: A Method for Stochastic Optimization'],
  'http://proceedings.mlr.press/v28/sutskever13.pdf': ['sutskever2013importance', 'On the importance of initialization and momentum in deep learning'],
  '10.1109/iccv.2015.123': ['delvingdeep', 'Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification'],
  '1608.03983'           : ['sgdr2016', 'SGDR: Stochastic Gradient Descent with Warm Restarts'],
  '1706.02677'           : ['goyal2017accurate', 'Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour'],
] : "new entries: ${show(dry.newEntries)}"
assert dry.newEntries.find { it.id == '1711.05101' }.authors == ['I. Loshchilov', 'F. Hutter']

assert dry.newEntries.findAll { !it.titleFound }*.key == ['zeiler2012'] : "untitled entries: ${show(dry.newEntries)}"
[dryLog, applyLog].each { run ->
  assert run.contains('papertrail: no comment gives the title of zeiler2012: their entries in src/papers/migrated.bib hold the identifier as title; write the real one there')
}
assert dry.needsPerson == [] : "needs a person: ${show(dry.needsPerson)}"

// the file that does not parse: reported with its line, never changed
assert dry.skipped.size() == 1 : "skipped: ${show(dry.skipped)}"
def skip = dry.skipped[0]
assert skip.file == main + 'experimental/Lion.java' && skip.line == 19 && skip.column == 41 : show(skip)
assert skip.message.contains('illegal start of expression') : show(skip)
[dryLog, applyLog, secondLog].each { run ->
  assert run.contains('[WARNING] papertrail: src/main/java/com/acme/optim/experimental/Lion.java:19:41: cannot parse (illegal start of expression): skipped, not changed.') :
      'no [WARNING] naming Lion.java and its line'
}
assert file(main + 'experimental/Lion.java').bytes == file('target/pristine/' + main + 'experimental/Lion.java').bytes

// the papers already cited are counted, not proposed again; links that are no paper are no reference
assert dry.summary.subMap(['files', 'skippedFiles', 'references', 'annotations', 'newEntries',
    'needsPerson', 'alreadyCited', 'changedFiles']) == [files: 12, skippedFiles: 1, references: 15, annotations: 14,
                                                       newEntries: 7, needsPerson: 0, alreadyCited: 1, changedFiles: 10] :
    "summary: ${show(dry.summary)}"
assert dry.catalog == 'src/papers/migrated.bib'
def dryPatch = file('target/dry/migrate.patch').getText('UTF-8')
['ruder.io', 'github.com', 'lecture_slides', 'acme-ml.github.io', '2403.03507', '2302.06675'].each {
  assert !(dryPatch =~ /(?m)^\+.*@Paper.*\Q$it\E/) : "the patch cites $it"
}
assert !dryPatch.contains('Lion.java') : 'the patch touches the file that does not parse'
// the pom names the generated catalog already (compiler argument and <catalogs>): nothing to add
assert !(dryLog + applyLog).contains('add the generated catalog') : 'migrate asks to add configuration the pom has'
assert dryLog.contains('papertrail: dry run, no file changed. Read target/dry/migrate.patch')
assert applyLog =~ /papertrail: applied: \d+ files changed, \d+ entries appended to src\/papers\/migrated\.bib/
assert secondLog.contains('papertrail: nothing to migrate: no @Paper to add')

// ---- the apply run applied exactly the dry run's patch, and wrote the catalog
def applied = json('target/papertrail/migrate.json')
assert applied.annotations == dry.annotations && applied.newEntries == dry.newEntries &&
    applied.needsPerson == dry.needsPerson && applied.summary == dry.summary :
    "the apply run did not do what the dry run proposed (did the dry run change something?):\n${show(applied)}"
assert file('target/papertrail/migrate.patch').bytes == file('target/dry/migrate.patch').bytes : 'the applied patch is not the dry run\'s'

def bib = file('src/papers/migrated.bib').getText('UTF-8')
dry.newEntries.each { e ->
  assert bib.contains("{${e.key},") : "migrated.bib lacks ${e.key}:\n$bib"
  if (e.title) {
    assert bib.contains(e.title) : "migrated.bib lacks the title '${e.title}':\n$bib"
  }
}
assert bib =~ /(?s)@misc\{zeiler2012,.*title = \{\{arXiv:1212\.5701\}\}.*write it in the title field/ : "the untitled entry's note:\n$bib"
assert !bib.contains('robbins1951') && !bib.contains('glorot2010') && !bib.contains('2106.09685') : "migrated.bib copies a catalog's paper:\n$bib"

// ---- git apply of the dry-run patch onto the untouched copy gives the applied sources, byte for byte,
// and an edited file keeps its permissions
def common = evaluate(new File(itScripts, 'migrate.groovy'))
common.patchGivesSources(basedir, file('target/dry/migrate.patch'))

// ---- the CRLF file got CRLF lines and only CRLF lines
def sgd = file(main + 'Sgd.java').getText('UTF-8')
assert sgd.contains('import io.github.papertrail.Paper;\r\n') && sgd.contains('@Paper("10.1214/aoms/1177729586")\r\n') : sgd
assert !(sgd =~ /(?<!\r)\n/) : 'Sgd.java has a line ending without CR after migrate'
assert !(sgd =~ /\r(?!\n)/)

// the existing @Paper is kept, once
def galore = file(main + 'GaLoreProjector.java').text
assert galore.count('@Paper("2403.03507")') == 1 : galore
assert galore.count('import io.github.papertrail.Paper;') == 1 : galore
assert file(main + 'AdamW.java').text.count('import io.github.papertrail.Paper;') == 1

// ---- the second run has nothing left to do
def second = json('target/second/migrate.json')
assert second.annotations == [] && second.newEntries == [] : "the second run proposes:\n${show(second)}"
assert second.summary.annotations == 0 && second.summary.newEntries == 0
assert second.summary.alreadyCited == dry.summary.annotations + dry.summary.alreadyCited : "second summary: ${show(second.summary)}"
// the same references still need a person (their lines moved down by the lines the apply run added)
def who = { it.collect { n -> [n.file, n.element, n.text, n.reason] } }
assert who(second.needsPerson) == who(dry.needsPerson) : "needs a person, second run: ${show(second.needsPerson)}"
def secondPatch = file('target/second/migrate.patch')
assert !secondPatch.exists() || secondPatch.length() == 0 : "the second run's patch:\n${secondPatch.text}"

// ---- the build with the printed configuration: processor, check and report
assert !buildLog.contains('[PaperUnknownId]') && !buildLog.contains('[PaperOptions]') : 'a citation or catalog problem'
assert buildLog.contains('papertrail: 13 citations checked, 0 problems, 0 failing the build') : 'check did not pass cleanly'
// and the drift check finds every Javadoc link cited
def uncited = (buildLog =~ /\[WARNING\] (\S+) \(\S+\): \[PaperUncitedMention\]/).collect { it[1] }
assert uncited == [] && !buildLog.contains('[PaperUncitedMention]') : "[PaperUncitedMention] from check on $uncited"

assert buildLog =~ /Tests run: 4, Failures: 0, Errors: 0/ : 'the tests did not run'
def refs = json('target/papertrail/references.json')
expected.findAll { e, p -> !e.contains('Test') }.each { element, papers ->
  papers.each { p ->
    def paper = refs.papers.find { it.citations.any { c -> c.element == element && c.id == p } }
    assert paper != null : "references.json has no citation of $p by $element: ${show(refs.papers.collect { [it.key, it.citations*.element] })}"
  }
}
assert refs.papers.find { it.key == 'robbins1951stochastic' }?.title == 'A Stochastic Approximation Method'
println "migrate-optimizers: ${dry.annotations.size()} annotations, ${dry.newEntries.size()} new entries, patch applied by git identical"
