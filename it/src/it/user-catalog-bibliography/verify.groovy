// user-catalog-bibliography: papers only in the team's Scholar BibTeX export and its Markdown
// reading list compile, pass check, and the report lists each citing class under the paper's title.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('[PaperUnknownId]') : 'a paper of the user catalogs was reported unknown'
assert !log.contains('[WARNING] papertrail') : 'a catalog or citation warning: the files should read cleanly'
assert log.contains('papertrail: 7 citations checked, 0 problems, 0 failing the build') : 'check did not pass cleanly'

def dir = new File(basedir, 'target/papertrail')
def json = new JsonSlurper().parse(new File(dir, 'references.json'))
def byTitle = json.papers.collectEntries { [(it.title): it] }

// title (as the user's file writes it) -> the elements that cite it
def expected = [
  'Sparse mixture adapters for low-resource speech translation': ['com.acme.speech.SparseAdapters'],
  'Calibrated early exits for streaming speech recognition': ['com.acme.speech.SparseAdapters#exitEarly(float,float)'],
  'Tokenizer drift in continual pretraining of code models': ['com.acme.tokens.VocabularyGrowth'],
  'Vocabulary Surgery: Growing a Tokenizer Without Retraining the Model': ['com.acme.tokens.VocabularyGrowth#add(java.lang.String)'],
  'Byte Fallback Considered Harmful': ['com.acme.tokens.VocabularyGrowth#knows(java.lang.String)'],
  'SpokenBench-Lite: A Small Benchmark for On-Device Speech Models': ['com.acme.speech.SparseAdapters#benchmark()'],
]
expected.each { title, elements ->
  def paper = byTitle[title]
  assert paper != null : "references.json has no paper titled '$title': ${byTitle.keySet()}"
  assert paper.citations*.element == elements : "'$title' cited by ${paper.citations*.element}"
}
assert byTitle.size() == expected.size() + 1 : "papers: ${byTitle.keySet()}" // and LoRA, from the bundled catalog
assert json.papers.find { it.key == 'hu2021lora' } != null : 'the bundled catalog is still used'

def scholar = byTitle['Sparse mixture adapters for low-resource speech translation']
assert scholar.key == 'okafor2023sparse' : "the .bib key: ${scholar.key}"
assert scholar.authors[0] == 'Chinedu Okafor' : "Scholar's 'Last, First' read: ${scholar.authors}"
def accented = byTitle['Calibrated early exits for streaming speech recognition']
assert accented.key == 's{\\o}gaard2021calibrated' : "the accented key as BibTeX reads it: ${accented.key}"
assert accented.authors[0] == 'Mette S\u00f8gaard' : "LaTeX accents decoded: ${accented.authors}"

def html = new File(dir, 'references.html').text
def md = new File(dir, 'references.md').text
for (paper in expected) {
  def cls = paper.value[0].replaceFirst(/#.*/, '')
  assert html.contains(paper.key) : "references.html lacks '${paper.key}'"
  assert md.contains(paper.key) : "references.md lacks '${paper.key}'"
  assert html.contains(cls) && md.contains(cls.substring(cls.lastIndexOf('.') + 1)) : "the pages lack $cls"
}
