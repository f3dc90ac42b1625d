// dependency-citations: app's page has its own paper, and core's under "Papers cited by dependencies".
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'app/target/papertrail/references.json'))
assert json.papers*.key == ['directpreference2023'] : "app's own papers: ${json.papers*.key}"
assert json.dependencies.size() == 1 : "dependencies: ${json.dependencies}"
def dep = json.dependencies[0]
assert dep.key == 'hu2021lora' && dep.artifact == 'com.acme:core:1.0' && dep.element == 'com.acme.core.Lora' : "dependency citation: $dep"
def html = new File(basedir, 'app/target/papertrail/references.html').text
assert html.contains('Papers cited by dependencies') && html.contains('com.acme:core:1.0') : 'the page lacks the dependencies section'
