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
