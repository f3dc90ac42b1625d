// plugin-check-patch: check -Dpapertrail.patch writes the one fix of each problem that has one (a
// close typo, a look-alike character, a PDF's file name, a title that is another paper's) as
// target/papertrail/fixes.patch and still fails; git apply, run where mvn ran, edits only the string
// literals (CRLF and the missing final newline kept); the check then passes and deletes the patch.
def file = { String path -> new File(basedir, path) }

// ---- the three runs' logs (build.log holds them one after the other)
def log = file('build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 3 : "expected 3 Maven runs in build.log, found ${runs.size()}"
def (checkLog, applyLog, againLog) = runs
assert checkLog.contains('BUILD FAILURE') : 'the first check did not fail'
assert applyLog.contains('BUILD SUCCESS') && againLog.contains('BUILD SUCCESS') : 'the apply run or the second check failed'
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'a stack trace in build.log'

// ---- the first check: the problems, the fixes it wrote, the command, and the failure all the same
def expectLine = { String run, String line -> assert run.contains(line) : "the log lacks: $line" }
expectLine(checkLog, 'papertrail: 5 citations checked, 5 problems, 4 failing the build')
expectLine(checkLog, '[INFO] papertrail: 4 fixes in 2 files written to target/papertrail/fixes.patch:')
expectLine(checkLog, '[INFO]   src/main/java/com/acme/Adapters.java: "2106.09658" -> "2106.09685" (hu2021lora)')
expectLine(checkLog, '[INFO]   src/main/java/com/acme/Preferences.java: "2106.09685" -> "2305.18290" (directpreference2023)')
expectLine(checkLog, '[INFO]   src/main/java/com/acme/Preferences.java: "2305.18290.pdf" -> "2305.18290" (directpreference2023)')
expectLine(checkLog, 'papertrail: apply them with `git apply target/papertrail/fixes.patch` in the folder mvn ran in, then build again')
expectLine(checkLog, 'papertrail: 4 citation problems (listed above) fail the build.')
assert !checkLog.contains('[WARNING] papertrail: fix ') : 'a fix was not written'
// the conflict has no fix, and nothing else is patched
assert (checkLog =~ /(?m)^\[INFO\]   src\/main\/java\//).size() == 4 : 'other fixes were written'

// ---- the patch (kept by the second run): plain unified diffs, one per file, in path order
def patch = file('target/fixes.patch')
assert patch.isFile() : 'the second run did not keep target/papertrail/fixes.patch'
def patchText = patch.getText('UTF-8')
assert !patchText.contains('diff --git') : 'a diff --git line: git apply would skip the files in a module folder'
def headers = patchText.readLines().findAll { it.startsWith('--- ') || it.startsWith('+++ ') }
assert headers == ['--- a/src/main/java/com/acme/Adapters.java', '+++ b/src/main/java/com/acme/Adapters.java',
                   '--- a/src/main/java/com/acme/Preferences.java', '+++ b/src/main/java/com/acme/Preferences.java'] : "headers: $headers"
assert patchText.contains('+      value = "2305.18290",\r\n') : 'the CRLF file\'s lines keep their CR in the patch'
assert patchText.endsWith('\n\\ No newline at end of file\n') : 'the last line without a newline is marked'

// ---- the sources: the pristine ones with the literals replaced, byte for byte, nothing else
def expected = [
  'main/java/com/acme/Adapters.java'   : ['"2106.09658"': '"2106.09685"', '"2106.\u041E9685"': '"2106.09685"'],
  'main/java/com/acme/Preferences.java': ['value = "2106.09685"': 'value = "2305.18290"', '"2305.18290.pdf"': '"2305.18290"'],
]
expected.each { path, replacements ->
  def text = file("target/pristine/src/$path").getText('UTF-8')
  replacements.each { from, to ->
    assert text.count(from) == 1 : "the pristine $path holds $from ${text.count(from)} times"
    text = text.replace(from, to)
  }
  assert file("src/$path").bytes == text.getBytes('UTF-8') : "src/$path is not the pristine file with the literals fixed:\n${file("src/$path").getText('UTF-8')}"
}
assert file('src/main/java/com/acme/Preferences.java').getText('UTF-8').contains('\r\n') : 'Preferences.java lost its CRLF'

// ---- the second check passes on the fixed sources, with the conflict warning left, and deletes the patch
expectLine(againLog, 'papertrail: 5 citations checked, 1 problem, 0 failing the build')
expectLine(againLog, '[INFO] papertrail: no fix to write (-Dpapertrail.patch): no problem has exactly one fix; no fixes.patch in target/papertrail')
assert !file('target/papertrail/fixes.patch').exists() : 'the stale fixes.patch was not deleted'
