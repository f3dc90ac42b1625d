// catalog-artifact: the team catalog jar resolves like a dependency, and its paper is known.
def log = new File(basedir, 'build.log').text
assert log.contains('papertrail: 1 citations checked, 0 problems, 0 failing the build') : 'check did not use the catalog artifact'
assert new File(basedir, 'app/target/papertrail/catalogs/com.acme_team-papers_1.0.json').isFile() : 'the catalog was not extracted'
