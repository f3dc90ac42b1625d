// plugin-baseline: the baseline accepts the known bad citation; a new one fails the build.
def log = new File(basedir, 'build.log').text

def baseline = new File(basedir, 'papertrail-baseline.json')
assert baseline.isFile() : 'papertrail:baseline wrote no papertrail-baseline.json'
def entries = new groovy.json.JsonSlurper().parse(baseline).problems
assert entries == [[tag: 'PaperUnknownId', element: 'com.acme.Known#merge()', identifier: '2106.09658']] : "baseline: $entries"
assert log.contains('papertrail: 1 problem written to ') : 'the baseline goal did not log what it wrote'

// 2. and 3. both accept the known problem in one line, not as an error
assert log.contains('[INFO] papertrail: 1 problem listed in papertrail-baseline.json (the baseline) does not fail the build')
assert !log.contains('[ERROR] com.acme.Known#merge()') : 'the known problem was logged as an error'
assert log.contains('papertrail: 1 citations checked, 0 problems, 0 failing the build') : 'check with the baseline did not pass'

// 3. the new citation fails
assert log.contains('[ERROR] com.acme.Fresh#up() (com/acme/Fresh.java): [PaperUnknownId] 2106.09658')
assert log.contains('papertrail: 1 citation problem (listed above) fail the build.')

def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/papertrail/papertrail.sarif')).runs[0].results
assert results.collect { [it.locations[0].physicalLocation.artifactLocation.uri, it.baselineState] } == [
  ['src/main/java/com/acme/Fresh.java', 'new'],
  ['src/main/java/com/acme/Known.java', 'unchanged'],
] : "results: $results"
