// plugin-check-passes: three citations, the unknown one allowed, no problem, the build succeeds.
def log = new File(basedir, 'build.log').text
assert log.contains('papertrail: 3 citations checked, 0 problems, 0 failing the build') : 'build.log lacks the clean count line'
assert !log.contains('[ERROR]') : 'the build logged an error'
