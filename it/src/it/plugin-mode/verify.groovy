// plugin-mode: the citation index lists every @Paper exactly, the jar carries it, and papertrail reported nothing.
import groovy.json.JsonSlurper
import java.util.jar.JarFile

def index = new File(basedir, 'target/classes/META-INF/papertrail/citations.json')
assert index.isFile() : "the processor wrote no citation index: $index is missing"
def json = new JsonSlurper().parse(index)
assert json.schemaVersion == 1 : "schemaVersion should be 1, is ${json.schemaVersion}"

// In the index's order: by element, then line. Lines are those of the value argument in the sources.
def dpo = 'com.acme.dpo.DpoLoss'
def lora = 'com.acme.lora.LoraAdapter'
def expected = [
  [element: dpo, kind: 'CLASS', source: 'com/acme/dpo/DpoLoss.java', line: 7, id: '2305.18290',
   normalized: 'arxiv:2305.18290', version: null, entry: 'directpreference2023', role: 'IMPLEMENTS', section: null, note: null],
  [element: dpo + '#loss(double,double,double,double)', kind: 'METHOD', source: 'com/acme/dpo/DpoLoss.java', line: 20,
   id: '2305.18290', normalized: 'arxiv:2305.18290', version: null, entry: 'directpreference2023', role: 'IMPLEMENTS',
   section: 'Eq. 7', note: null],
  [element: dpo + '#loss(double,double,double,double)', kind: 'METHOD', source: 'com/acme/dpo/DpoLoss.java', line: 21,
   id: 'hu2021lora', normalized: 'hu2021lora', version: null, entry: 'hu2021lora', role: 'USES', section: null,
   note: 'reference model = base weights, adapter off'],
  [element: lora, kind: 'CLASS', source: 'com/acme/lora/LoraAdapter.java', line: 7, id: '2106.09685',
   normalized: 'arxiv:2106.09685', version: null, entry: 'hu2021lora', role: 'IMPLEMENTS', section: null, note: null],
  [element: lora + '#delta(double[][],double[][])', kind: 'METHOD', source: 'com/acme/lora/LoraAdapter.java', line: 19,
   id: '2106.09685v2', normalized: 'arxiv:2106.09685', version: 2, entry: 'hu2021lora', role: 'ADAPTS', section: '4.1',
   note: null],
]

def actual = json.citations.collect { c -> expected[0].keySet().collectEntries { [it, c[it]] } }
assert actual.size() == expected.size() : "expected ${expected.size()} citations, found ${actual.size()}:\n${actual.join('\n')}"
expected.eachWithIndex { want, i ->
  def found = actual[i]
  assert found == want : "citation #$i differs\n  expected: $want\n  found:    $found"
}

def jar = new File(basedir, 'target/plugin-mode-1.0.jar')
assert jar.isFile() : "the build made no jar: $jar is missing"
new JarFile(jar).withCloseable { j ->
  assert j.getEntry('META-INF/papertrail/citations.json') != null : "$jar does not contain META-INF/papertrail/citations.json"
}

def papertrailLines = new File(basedir, 'build.log').readLines().findAll { it.contains('[Paper') }
assert papertrailLines.isEmpty() : "valid citations, yet papertrail reported:\n${papertrailLines.join('\n')}"
