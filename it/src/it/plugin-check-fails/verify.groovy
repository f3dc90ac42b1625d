// plugin-check-fails: every problem is logged with its element, then the build fails once with the count.
def log = new File(basedir, 'build.log').text

def unknown = '[ERROR] com.acme.Adapters#merge() (com/acme/Adapters.java): [PaperUnknownId] 2106.09658 is not in the bundled seed catalog. Did you mean 2106.09685 (hu2021lora'
assert log.contains(unknown) : "build.log lacks the unknown-id error: $unknown"

def malformed = '[ERROR] com.acme.Adapters#split() (com/acme/Adapters.java): [PaperMalformedId] "2106.09685.pdf" is not a paper identifier'
assert log.contains(malformed) : "build.log lacks the malformed-id error: $malformed"

def conflict = '[WARNING] com.acme.Adapters#fastForward() (com/acme/Adapters.java): [PaperConflict] fastforward2024'
assert log.contains(conflict) : "build.log lacks the conflict warning: $conflict"

assert log.contains('papertrail: 4 citations checked, 3 problems, 2 failing the build') : 'build.log lacks the count line'
assert log.contains('papertrail: 2 citation problems (listed above) fail the build.') : 'the build did not fail once with the count'

// The SARIF file for code scanning is written although the build fails, with paths from the
// repository's root (prebuild.groovy made the project one), fingerprints, and no absolute path.
def sarifFile = new File(basedir, 'target/papertrail/papertrail.sarif')
assert sarifFile.isFile() : "no SARIF file at $sarifFile"
def sarifText = sarifFile.getText('UTF-8')
def sarif = new groovy.json.JsonSlurper().parseText(sarifText)
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'papertrail'
assert run.tool.driver.rules*.id.contains('PaperUnknownId')
assert run.results*.ruleId == ['PaperConflict', 'PaperUnknownId', 'PaperMalformedId'] : "results: ${run.results*.ruleId}"
run.results.each { result ->
  def artifact = result.locations[0].physicalLocation.artifactLocation
  assert artifact.uri == 'src/main/java/com/acme/Adapters.java' : "uri: ${artifact.uri}"
  assert artifact.uriBaseId == '%SRCROOT%'
  assert result.partialFingerprints['papertrailFingerprint/v1'] ==~ /[0-9a-f]{32}/
}
assert run.results*.level == ['warning', 'error', 'error']
assert !sarifText.contains(basedir.absolutePath) : 'the SARIF file holds an absolute path'
