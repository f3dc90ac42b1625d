// plugin-aggregate: the parent's page lists both modules' classes with their modules.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/papertrail/references.json'))
def classes = json.classes.collect { "${it.module} ${it['class']}" }
assert classes == ['align com.acme.align.Dpo', 'core com.acme.core.Lora'] : "classes: $classes"
assert json.summary.modules == ['align', 'core'] : "modules: ${json.summary.modules}"
def html = new File(basedir, 'target/papertrail/references.html').text
assert html.contains('com.acme.align.Dpo') && html.contains('com.acme.core.Lora') : 'the page lacks a class'
def log = new File(basedir, 'build.log').text
assert log.contains('papertrail: 2 citations of 2 papers in 2 modules; wrote file:') : 'the aggregate did not print its path'
