// user-catalog: the team's BibTeX catalog resolves its papers at compile time and in the report.
import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert !log.contains('[PaperUnknownId]') : 'a paper of the team catalog was reported unknown'
assert log.contains('papertrail: 3 citations checked, 0 problems, 0 failing the build') : 'check did not pass cleanly'
def index = new JsonSlurper().parse(new File(basedir, 'target/classes/META-INF/papertrail/citations.json'))
def entries = index.citations.collect { "${it.id} ${it.entry}".toString() }
assert entries.contains('1706.03762 vaswani2017attention') : "index: $entries"
assert entries.contains('10.1109/JPROC.2021.3058954 schoelkopf2021causal') : "index: $entries"
def json = new JsonSlurper().parse(new File(basedir, 'target/papertrail/references.json'))
def attention = json.papers.find { it.key == 'vaswani2017attention' }
assert attention != null : "the report lacks the team paper: ${json.papers*.key}"
assert attention.title == 'Attention Is All You Need'
assert attention.authors == ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'] && attention.moreAuthors
def causal = json.papers.find { it.key == 'schoelkopf2021causal' }
assert causal.authors[0] == 'Bernhard Sch\u00f6lkopf' : "LaTeX accents decoded: ${causal.authors}"
assert json.papers.find { it.key == 'hu2021lora' } != null : 'the bundled catalog is still used'
