// plugin-export: papertrail:export, bound at package, wrote the three files with the three cited papers and no others.
import groovy.json.JsonSlurper

def dir = new File(basedir, 'target/papertrail')
['papers.bib', 'papers.csl.json', 'papers.cff.yaml'].each {
  assert new File(dir, it).isFile() : "target/papertrail/$it was not written"
}
def cited = ['directpreference2023', 'galore2024', 'hu2021lora']

def bib = new File(dir, 'papers.bib').text
def bibKeys = (bib =~ /(?m)^@\w+\{([^,]+),$/).collect { it[1] }
assert bibKeys == cited : "papers.bib has $bibKeys"
assert bib.contains('eprint = {2106.09685}') : 'papers.bib lacks the LoRA eprint'

def cslText = new File(dir, 'papers.csl.json').text
def csl = new JsonSlurper().parseText(cslText)
assert csl*.id == cited : "papers.csl.json has ${csl*.id}"
def lora = csl.find { it.id == 'hu2021lora' }
assert lora.type == 'paper-conference' && lora.number == 'arXiv:2106.09685' && lora.URL == 'https://arxiv.org/abs/2106.09685'
assert lora.issued.'date-parts' == [[2021]]

// No YAML library on the script's class path: read the block by its fixed layout (the unit tests parse it as YAML).
def cffText = new File(dir, 'papers.cff.yaml').text
def lines = cffText.readLines()
def topLevel = lines.findAll { it && !it.startsWith(' ') && !it.startsWith('#') }
assert topLevel == ['references:'] : "papers.cff.yaml has top-level lines $topLevel"
assert lines.count { it.startsWith('  - type: ') } == 3 : 'papers.cff.yaml should hold 3 references'
def titles = lines.findAll { it.startsWith('    title: ') }.collect { it.substring('    title: '.length()) }
assert titles == ['"Direct Preference Optimization: Your LM is Secretly a Reward Model"',
    '"GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection"',
    '"LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS"'] : "papers.cff.yaml has titles $titles"
def arxiv = (cffText =~ /value: "(arXiv:[^"]+)"/).collect { it[1] }
assert arxiv == ['arXiv:2305.18290', 'arXiv:2403.03507', 'arXiv:2106.09685'] : "papers.cff.yaml has $arxiv"
assert cffText.contains('  - type: "conference-paper"\n    title: "LORA') : 'LoRA is an ICLR conference paper'

// Nothing else of the 187 catalog entries: not a paper the catalog holds that the code does not cite.
[bib, cslText, cffText].each { text ->
  assert !text.contains('li2021prefix') && !text.contains('Prefix-Tuning') : 'an uncited paper was exported'
  assert !text.contains('2305.14314') : 'an uncited paper was exported'
}

def log = new File(basedir, 'build.log').text
assert log.contains('papertrail: exported 3 papers as bibtex: ') : 'the build did not print the bibtex path'
assert log.contains('papertrail: exported 3 papers as csl-json: ') : 'the build did not print the csl-json path'
assert log.contains('papertrail: exported 3 papers as cff: ') : 'the build did not print the cff path'
assert !log.contains('not exported') : 'every citation resolves, nothing should be left out'
