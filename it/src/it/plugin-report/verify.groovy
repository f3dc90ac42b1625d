// plugin-report: the four files exist and say which class cites which paper, with source lines.
import groovy.json.JsonSlurper

def dir = new File(basedir, 'target/papertrail')
['references.html', 'references.md', 'references.json', 'references.bib'].each {
  assert new File(dir, it).isFile() : "target/papertrail/$it was not written"
}

def json = new JsonSlurper().parse(new File(dir, 'references.json'))
def keys = json.papers.collect { it.key }
assert keys == ['galore2024', 'hu2021lora', 'qlora2023'] : "papers in references.json: $keys"
def lora = json.papers.find { it.key == 'hu2021lora' }
assert lora.citations*.element == ['com.acme.peft.LoraAdapter'] : "LoRA cited by ${lora.citations*.element}"
assert lora.citations[0].line == 6 : "LoRA citation line ${lora.citations[0].line}"
def qlora = json.papers.find { it.key == 'qlora2023' }
assert qlora.citations[0].element == 'com.acme.peft.LoraAdapter#quantize(float[])'
assert qlora.citations[0].role == 'ADAPTS' && qlora.citations[0].section == '3' && qlora.citations[0].note == 'NF4 only'

def html = new File(dir, 'references.html').text
assert html.contains('GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection') : 'the page lacks the GaLore title'
assert html.contains('com.acme.optim.Galore') : 'the page lacks the class name'
assert html.contains('https://arxiv.org/abs/2106.09685') : 'the page lacks the arXiv link'

def bib = new File(dir, 'references.bib').text
assert bib.contains('@inproceedings{hu2021lora,') || bib.contains('@misc{hu2021lora,') : 'references.bib lacks hu2021lora'
assert bib.contains('eprint = {2106.09685}') || bib.contains('eprint={2106.09685}') : 'references.bib lacks the eprint'

def md = new File(dir, 'references.md').text
assert md.contains('LoraAdapter') : 'references.md lacks the class'

def log = new File(basedir, 'build.log').text
assert log.contains('papertrail: 3 citations of 3 papers; wrote file:') : 'the build did not print the page path'
