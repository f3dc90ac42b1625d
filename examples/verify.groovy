// The demo's own check, run by papertrail's integration tests (it/pom.xml) after
// `mvn verify papertrail:aggregate` here: every citation is valid, and the pages say who cites what.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.findAll(/papertrail: \d+ citations checked, 0 problems, 0 failing the build/).size() == 2 : 'check did not pass in both modules'

def page = new File(basedir, 'target/papertrail/references.json')
assert page.isFile() : 'papertrail:aggregate wrote no target/papertrail/references.json'
def json = new JsonSlurper().parse(page)
assert json.summary.modules == ['ml-align', 'ml-core'] : "modules: ${json.summary.modules}"
assert json.summary.unknown == 0 : "unknown identifiers: ${json.summary.unknown}"
def keys = json.papers.collect { it.key }
['hu2021lora', 'qlora2023', 'galore2024', 'directpreference2023', 'selfrewarding2024', 'li2021prefix'].each {
  assert keys.contains(it) : "the aggregate page lacks $it; it has $keys"
}
assert keys.size() >= 12 : "only ${keys.size()} papers cited"
def lora = json.papers.find { it.key == 'hu2021lora' }
def loraCiters = lora.citations.collect { "${it.module} ${it.element}".toString() }
assert loraCiters.contains('ml-core com.acme.ml.peft.LoraAdapter#merge()') : "LoRA is cited by $loraCiters"

['ml-core', 'ml-align'].each {
  assert new File(basedir, "$it/target/papertrail/references.html").isFile() : "$it has no references page"
}
def html = new File(basedir, 'target/papertrail/references.html').text
assert html.contains('com.acme.ml.align.DpoLoss') && html.contains('LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS')
assert log.contains('papertrail: ') && log =~ /in 2 modules; wrote file:.*target\/papertrail\/references.html/ : 'the aggregate did not print the page path'
