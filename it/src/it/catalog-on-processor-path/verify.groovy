// catalog-on-processor-path: a team's catalog jar beside the processor is used by javac and by
// the goals, with no catalogs option and no catalogArtifacts.
def log = new File(basedir, 'build.log').text
assert !log.contains('[PaperUnknownId]') : 'javac or check did not see the catalog on the processor path'
assert log.contains('papertrail: 1 citations checked, 0 problems, 0 failing the build') : 'check did not use the processor path catalog'
def index = new File(basedir, 'app/target/classes/META-INF/papertrail/citations.json').text
assert index.contains('"entry" : "acme2025widget"') || index.contains('"entry": "acme2025widget"') : "the index has no team entry:\n" + index
def reports = new File(basedir, 'app/target/papertrail').listFiles().findAll { it.name.endsWith('.md') || it.name.endsWith('.html') }
assert reports.any { it.text.contains('Widget Attention for Sparse Transformers') } : 'the report lacks the team paper: ' + reports
