// plugin-check-passes: four citations, the unknown one in Attention allowed, the one in Legacy
// suppressed in code (the processor records it in the index), no problem, the build succeeds.
def log = new File(basedir, 'build.log').text
assert log.contains('papertrail: 4 citations checked, 0 problems, 0 failing the build, 1 suppressed in code') : 'build.log lacks the clean count line'
assert !log.contains('[ERROR]') : 'the build logged an error'
assert !log.contains('2106.09658') : 'the suppressed unknown id was reported'
def index = new File(basedir, 'target/classes/META-INF/papertrail/citations.json').text
assert index.replaceAll(/\s+/, ' ').contains('"suppressed": [ "PaperUnknownId" ]') : 'the index does not record the suppression'
