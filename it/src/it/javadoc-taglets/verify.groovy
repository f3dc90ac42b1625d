// javadoc-taglets: mvn javadoc:javadoc with both taglets; the class page shows the papers.
def candidates = ['target/reports/apidocs/com/acme/Lora.html', 'target/site/apidocs/com/acme/Lora.html']
def page = candidates.collect { new File(basedir, it) }.find { it.isFile() }
assert page != null : "javadoc wrote no page for com.acme.Lora (looked at ${candidates})"
def html = page.getText('UTF-8')

def lora = '<cite>LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS</cite> (Hu et al., 2021), <a href="https://arxiv.org/abs/2106.09685">arXiv</a>'
def sparse = '<cite>Sparse Adapters for Acme Models</cite> (Ada Lovelace, Alan Turing, 2024), <a href="https://doi.org/10.5555/acme.2024">DOI</a>'
assert html.count(lora) == 2 : "the LoRA paper should appear inline and under Papers:\n${html}"
assert html.count(sparse) == 2 : "the team catalog's paper should appear inline and under Papers:\n${html}"
assert html.contains('<dt>Papers:</dt>') : "no Papers: section\n${html}"
assert html.contains('— <span class="papertrail-role">implements</span>, section 4.1: rank fixed at 8</li>')
assert html.contains('— <span class="papertrail-role">adapts</span></li>')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !(log =~ /(error|warning): \[Paper/) : "the taglets reported a problem:\n${log}"

// In a browser: headless Chromium renders the page, and the rendered DOM shows the titles and links.
def chromium = System.getenv('PATH').split(File.pathSeparator).collect { new File(it, 'chromium') }.find { it.canExecute() }
if (chromium == null) {
  assert System.getenv('CI') == null : 'chromium is not on PATH: .ci/run installs it (Debian package chromium)'
  println 'javadoc-taglets: chromium is not on PATH; the page was checked as HTML only'
  return true
}
def profile = new File(basedir, 'target/chromium-profile')
profile.deleteDir()
def command = [chromium.path, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
               '--disable-component-update', '--disable-sync', '--no-first-run', "--user-data-dir=${profile}",
               '--dump-dom', page.toURI().toString()]
def process = command.execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
def dom = out.toString()
assert process.exitValue() == 0 : "chromium failed: ${err}"
assert dom.count('LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS') >= 2 : "the rendered page lacks the LoRA title:\n${dom}"
assert dom.contains('href="https://arxiv.org/abs/2106.09685"') : 'the rendered page lacks the arXiv link'
assert dom.contains('Sparse Adapters for Acme Models') : 'the rendered page lacks the team paper'
return true
